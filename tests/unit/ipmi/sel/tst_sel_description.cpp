// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sel/seldescription.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sel;

namespace {

SystemEvent eventFrom(const char *hex)
{
    return std::get<SystemEvent>(decodeEntry(*fromHex(hex)).value().body);
}

// A temperature sensor 08h owned by the BMC (20h, LUN 0), y = 1 * x degrees C, signed.
sdr::FullSensor temperatureSensor()
{
    sdr::FullSensor sensor;
    sensor.owner.id = 0x20;
    sensor.sensorNumber = 0x08;
    sensor.sensorType = 0x01;
    sensor.eventReadingType = 0x01;
    sensor.id.text = "CPU Temp";
    sensor.units.format = sdr::AnalogFormat::TwosComplement;
    sensor.units.baseUnit = 1; // degrees C
    sensor.factors.m = 1;
    return sensor;
}

} // namespace

class TestSelDescription final : public QObject
{
    Q_OBJECT

private slots:
    void isoTimestamps()
    {
        // 1600000000 = 2020-09-13 12:26:40 UTC.
        QCOMPARE(isoTimestamp(Timestamp{1600000000}, 0), std::string("2020-09-13T12:26:40+00:00"));
        QCOMPARE(isoTimestamp(Timestamp{1600000000}, 19800), std::string("2020-09-13T17:56:40+05:30"));
        QCOMPARE(isoTimestamp(Timestamp{1600000000}, -13 * 3600), std::string("2020-09-12T23:26:40-13:00"));
        // 1714521600 = 2024-05-01 00:00:00 UTC, and one second before midnight of a leap day.
        QCOMPARE(isoTimestamp(Timestamp{1714521600}, 0), std::string("2024-05-01T00:00:00+00:00"));
        QCOMPARE(isoTimestamp(Timestamp{1709251199}, 0), std::string("2024-02-29T23:59:59+00:00"));
        QCOMPARE(isoTimestamp(Timestamp{123}, 3600), std::string("pre-init +123s"));
        QCOMPARE(isoTimestamp(Timestamp{0x20000000}, 0), std::string("pre-init +536870912s"));
        QCOMPARE(isoTimestamp(Timestamp{0xffffffff}, 0), std::string("unspecified"));
    }

    void thresholdEventWithSdr()
    {
        // Sensor 08h, upper non-critical going high (offset 7), reading 5Ch (92) over
        // threshold 5Ah (90); data 1 = 57h says bytes 2 and 3 hold them.
        const SystemEvent event = eventFrom("4e 00 02 00 10 5e 5f 20 00 04 01 08 01 57 5c 5a");
        const SensorDirectory directory({sdr::Record{temperatureSensor()}});
        const EventDescription description = describeEvent(event, &directory);
        QCOMPARE(description.sensorType, std::string("Temperature"));
        QCOMPARE(description.sensorName, std::string("CPU Temp"));
        QCOMPARE(description.direction, std::string("Asserted"));
        QCOMPARE(description.detail, std::string("Reading 92 > Threshold 90 degrees C"));
        QVERIFY(!description.event.empty());
    }

    void thresholdDeassertionGoingLowNegative()
    {
        // Lower non-critical going low (offset 0), deasserted, reading F0h (-16) back
        // above threshold ECh (-20).
        const SystemEvent event = eventFrom("0d 00 02 00 10 5e 5f 20 00 04 01 08 81 50 f0 ec");
        QCOMPARE(thresholdDetail(event, temperatureSensor()), std::string("Reading -16 > Threshold -20 degrees C"));
        const SystemEvent asserted = eventFrom("0c 00 02 00 10 5e 5f 20 00 04 01 08 01 50 ea ec");
        QCOMPARE(thresholdDetail(asserted, temperatureSensor()), std::string("Reading -22 < Threshold -20 degrees C"));
    }

    void fractionalValuesHaveTwoDecimals()
    {
        // y = 0.016 x volts (M = 16, Rexp = -3): raw A7h = 2.672 V, A9h = 2.704 V.
        sdr::FullSensor battery = temperatureSensor();
        battery.units.format = sdr::AnalogFormat::Unsigned;
        battery.units.baseUnit = 4; // Volts
        battery.factors.m = 16;
        battery.factors.rExp = -3;
        const SystemEvent event = eventFrom("10 00 02 00 10 5e 5f 20 00 04 02 08 01 50 a7 a9");
        QCOMPARE(thresholdDetail(event, battery), std::string("Reading 2.67 < Threshold 2.70 Volts"));
    }

    void noDetailWithoutTriggerBytes()
    {
        // Data 1 = 07h: bytes 2 and 3 unspecified.
        const SystemEvent event = eventFrom("4e 00 02 00 10 5e 5f 20 00 04 01 08 01 07 ff ff");
        QVERIFY(thresholdDetail(event, temperatureSensor()).empty());
    }

    void unknownSensorHasNoName()
    {
        const SystemEvent event = eventFrom("4e 00 02 00 10 5e 5f 20 00 04 01 09 01 57 5c 5a");
        const SensorDirectory directory({sdr::Record{temperatureSensor()}});
        QVERIFY(directory.find(event) == nullptr);
        const EventDescription description = describeEvent(event, &directory);
        QVERIFY(description.sensorName.empty());
        QVERIFY(description.detail.empty());
        QCOMPARE(describeEvent(event).sensorType, std::string("Temperature"));
    }

    void deassertedDiscrete()
    {
        // Power supply (08h) sensor-specific offset 3 (AC lost), deasserted.
        const SystemEvent event = eventFrom("0a 00 02 00 10 5e 5f 20 00 04 08 41 ef 03 ff ff");
        const EventDescription description = describeEvent(event);
        QCOMPARE(description.direction, std::string("Deasserted"));
        QCOMPARE(description.sensorType, std::string("Power Supply"));
        QVERIFY(QString::fromStdString(description.event).contains("AC lost"));
    }

    void oemType()
    {
        QCOMPARE(oemTypeText(0xc1), std::string("OEM record c1"));
    }
};

QTEST_APPLESS_MAIN(TestSelDescription)
#include "tst_sel_description.moc"
