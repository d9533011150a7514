// SPDX-License-Identifier: GPL-3.0-or-later
// Sensor type and event state words against IPMI 2.0 tables 42-2 and 42-3.
#include "ipmi/sensor/eventtext.h"

#include <QTest>

using namespace ipmi::sensor;

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

class TestSensorEventText final : public QObject
{
    Q_OBJECT

private slots:
    void sensorTypeNames_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("00 reserved") << 0x00 << "Unknown";
        QTest::newRow("01") << 0x01 << "Temperature";
        QTest::newRow("07") << 0x07 << "Processor";
        QTest::newRow("08") << 0x08 << "Power Supply";
        QTest::newRow("0D") << 0x0D << "Drive Slot / Bay";
        QTest::newRow("23") << 0x23 << "Watchdog2";
        QTest::newRow("2C last") << 0x2C << "FRU State";
        QTest::newRow("2D reserved") << 0x2D << "Unknown";
        QTest::newRow("BF reserved") << 0xBF << "Unknown";
        QTest::newRow("C0 OEM") << 0xC0 << "OEM reserved";
        QTest::newRow("FF OEM") << 0xFF << "OEM reserved";
    }

    void sensorTypeNames()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        QCOMPARE(q(sensorTypeName(std::uint8_t(type))), name);
    }

    void stateTexts_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("readingType");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("text");
        QTest::newRow("threshold 0") << 0x01 << 0x01 << 0 << "Lower Non-critical going low";
        QTest::newRow("threshold 9") << 0x01 << 0x01 << 9 << "Upper Critical going high";
        QTest::newRow("threshold 11") << 0x02 << 0x01 << 11 << "Upper Non-recoverable going high";
        QTest::newRow("threshold 12 reserved") << 0x01 << 0x01 << 12 << "";
        QTest::newRow("usage busy") << 0x00 << 0x02 << 2 << "Transition to Busy";
        QTest::newRow("digital asserted") << 0x00 << 0x03 << 1 << "State Asserted";
        QTest::newRow("digital 2 reserved") << 0x00 << 0x03 << 2 << "";
        QTest::newRow("severity monitor") << 0x00 << 0x07 << 7 << "Monitor";
        QTest::newRow("presence") << 0x25 << 0x08 << 1 << "Device Present";
        QTest::newRow("install error") << 0x00 << 0x0A << 8 << "Install Error";
        QTest::newRow("redundancy lost") << 0x00 << 0x0B << 1 << "Redundancy Lost";
        QTest::newRow("D3") << 0x00 << 0x0C << 3 << "D3 Power State";
        QTest::newRow("0D generic reserved") << 0x00 << 0x0D << 0 << "";
        QTest::newRow("intrusion") << 0x05 << 0x6F << 0 << "General Chassis intrusion";
        QTest::newRow("IERR") << 0x07 << 0x6F << 0 << "IERR";
        QTest::newRow("CPU correctable MCE") << 0x07 << 0x6F << 0x0C << "Correctable machine check error";
        QTest::newRow("PSU presence") << 0x08 << 0x6F << 0 << "Presence detected";
        QTest::newRow("PSU failure") << 0x08 << 0x6F << 1 << "Failure detected";
        QTest::newRow("PSU inactive") << 0x08 << 0x6F << 7 << "Power Supply Inactive";
        QTest::newRow("PSU 8 reserved") << 0x08 << 0x6F << 8 << "";
        QTest::newRow("memory overtemp") << 0x0C << 0x6F << 0x0A << "Critical Overtemperature";
        QTest::newRow("drive fault") << 0x0D << 0x6F << 1 << "Drive Fault";
        QTest::newRow("firmware progress") << 0x0F << 0x6F << 2 << "System Firmware Progress";
        QTest::newRow("log cleared") << 0x10 << 0x6F << 2 << "Log area reset/cleared";
        QTest::newRow("timestamp sync") << 0x12 << 0x6F << 5 << "Timestamp Clock Sync";
        QTest::newRow("bus degraded") << 0x13 << 0x6F << 0x0B << "Bus Degraded";
        QTest::newRow("boot restart") << 0x1D << 0x6F << 7 << "System Restart";
        QTest::newRow("slot spare") << 0x21 << 0x6F << 9 << "Spare Device";
        QTest::newRow("ACPI 0D reserved") << 0x22 << 0x6F << 0x0D << "";
        QTest::newRow("ACPI unknown") << 0x22 << 0x6F << 0x0E << "Unknown";
        QTest::newRow("watchdog2 reserved") << 0x23 << 0x6F << 4 << "";
        QTest::newRow("watchdog2 interrupt") << 0x23 << 0x6F << 8 << "Timer interrupt";
        QTest::newRow("entity absent") << 0x25 << 0x6F << 1 << "Absent";
        QTest::newRow("MC offline") << 0x28 << 0x6F << 2 << "Management controller off-line";
        QTest::newRow("battery failed") << 0x29 << 0x6F << 1 << "Failed";
        QTest::newRow("session activated") << 0x2A << 0x6F << 0 << "Session Activated";
        QTest::newRow("version change success")
            << 0x2B << 0x6F << 7 << "Firmware or software change success";
        QTest::newRow("FRU comm lost") << 0x2C << 0x6F << 7 << "Communication lost";
        QTest::newRow("no specific: cooling") << 0x0A << 0x6F << 0 << "";
        QTest::newRow("OEM sensor type") << 0xC0 << 0x6F << 0 << "";
        QTest::newRow("OEM reading type") << 0x08 << 0x70 << 0 << "";
        QTest::newRow("OEM reading type 7F") << 0x08 << 0x7F << 1 << "";
    }

    void stateTexts()
    {
        QFETCH(int, type);
        QFETCH(int, readingType);
        QFETCH(int, offset);
        QFETCH(QString, text);
        QCOMPARE(q(eventStateText(std::uint8_t(type), std::uint8_t(readingType), std::uint8_t(offset))), text);
    }

    void readingTypeNames()
    {
        QCOMPARE(q(eventReadingTypeName(0x00)), "Unspecified");
        QCOMPARE(q(eventReadingTypeName(0x01)), "Threshold");
        QCOMPARE(q(eventReadingTypeName(0x02)), "Generic Discrete");
        QCOMPARE(q(eventReadingTypeName(0x0C)), "Generic Discrete");
        QCOMPARE(q(eventReadingTypeName(0x0D)), "Reserved");
        QCOMPARE(q(eventReadingTypeName(0x6F)), "Sensor-specific Discrete");
        QCOMPARE(q(eventReadingTypeName(0x70)), "OEM");
        QCOMPARE(q(eventReadingTypeName(0x80)), "Reserved");
    }

    void assertedStatesInBitOrder()
    {
        // Power supply: presence (bit 0) and failure (bit 1) asserted, plus bit 12 and
        // bit 15, which have no words.
        const auto texts = assertedStateTexts(0x08, 0x6F, 0x9003);
        QCOMPARE(texts.size(), std::size_t(2));
        QCOMPARE(q(texts[0]), "Presence detected");
        QCOMPARE(q(texts[1]), "Failure detected");
        QVERIFY(assertedStateTexts(0x08, 0x6F, 0x0000).empty());
        // Bit 14 is the last state bit: threshold has none there, ACPI has "Unknown".
        QVERIFY(assertedStateTexts(0x01, 0x01, 0x4000).empty());
        const auto acpi = assertedStateTexts(0x22, 0x6F, 0x4001);
        QCOMPARE(acpi.size(), std::size_t(2));
        QCOMPARE(q(acpi[1]), "Unknown");
    }

    void eventDataDetails_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("data2");
        QTest::addColumn<int>("data3");
        QTest::addColumn<int>("data1");
        QTest::addColumn<QString>("detail");
        QTest::newRow("POST error, no memory") << 0x0F << 0 << 0x01 << 0xFF << 0xC0 << "No system memory installed";
        QTest::newRow("progress, memory init") << 0x0F << 2 << 0x01 << 0xFF << 0xC2 << "Memory initialization";
        QTest::newRow("hang, video") << 0x0F << 1 << 0x09 << 0xFF << 0xC1 << "Video initialization";
        QTest::newRow("progress 15h reserved") << 0x0F << 2 << 0x15 << 0xFF << 0xC2 << "";
        QTest::newRow("progress, data2 unspecified") << 0x0F << 2 << 0x01 << 0xFF << 0x02 << "";
        QTest::newRow("logging disabled for type")
            << 0x10 << 1 << 0x6F << 0x23 << 0xF1 << "Event/reading type 6Fh, offset 03h, assertion events";
        QTest::newRow("log almost full") << 0x10 << 5 << 0xFF << 80 << 0x35 << "Log 80% full";
        QTest::newRow("PEF action") << 0x12 << 4 << 0x05 << 0xFF << 0xC4 << "Alert, Reset";
        QTest::newRow("clock sync") << 0x12 << 5 << 0x81 << 0xFF << 0xC5 << "second of pair, SDR timestamp clock updated";
        QTest::newRow("session activated") << 0x2A << 0 << 0x03 << 0x01 << 0xF0 << "User ID 3, channel 1";
        QTest::newRow("session deactivated, timeout")
            << 0x2A << 1 << 0x02 << 0x21 << 0xF1 << "User ID 2, channel 1, timeout";
        QTest::newRow("version change BIOS")
            << 0x2B << 7 << 0x09 << 0xFF << 0xC7 << "system firmware (EFI / BIOS) change";
        QTest::newRow("temperature: nothing") << 0x01 << 0 << 0x01 << 0x01 << 0xF0 << "";
    }

    void eventDataDetails()
    {
        QFETCH(int, type);
        QFETCH(int, offset);
        QFETCH(int, data2);
        QFETCH(int, data3);
        QFETCH(int, data1);
        QFETCH(QString, detail);
        QCOMPARE(QString::fromStdString(eventDataDetail(std::uint8_t(type), std::uint8_t(offset),
                                                        std::uint8_t(data2), std::uint8_t(data3),
                                                        std::uint8_t(data1))),
                 detail);
    }
};

QTEST_APPLESS_MAIN(TestSensorEventText)
#include "tst_sensor_eventtext.moc"
