// SPDX-License-Identifier: GPL-3.0-or-later
// A sensor's record plus one reading, decoded for display.
#include "ipmi/sensor/sensorview.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sensor;

namespace {

// The full record of tst_sdr_records: sensor 30h "CPU Tmp", temperature, threshold,
// readable 3Fh, two's complement, degrees C, M = 2, B = -10, Rexp -1, Bexp 1, so
// value = 0.2 * raw - 10. Thresholds UNR 5Ah, UC 55h, UNC 50h, LNR 00h, LC 02h, LNC 04h.
const char *const fullHex = "42 00 51 01 32"
                            " 20 00 30 03 81 7f 68 01 01 80 0a 80 7a 3f 1b"
                            " 80 01 00 00 02 05 f6 ca 19 f1"
                            " 07 19 40 05 7f 80 5a 55 50 00 02 04 02 03 00 00 00"
                            " c7 43 50 55 20 54 6d 70";

// The same with linearization 70h (non-linear) and readable mask 12h (LC, UC).
const char *const nonLinearHex = "42 00 51 01 32"
                                 " 20 00 31 03 81 7f 68 01 01 80 0a 80 7a 12 1b"
                                 " 80 01 00 70 02 05 f6 ca 19 f1"
                                 " 07 19 40 05 7f 80 5a 55 50 00 02 04 02 03 00 00 00"
                                 " c7 43 50 55 20 54 6d 70";

// Compact record of tst_sdr_records: 4 fan sensors 40h-43h shared, owner 20h,
// channel 2, LUN 1, threshold, RPM.
const char *const sharedFanHex = "07 00 51 02 1f"
                                 " 20 21 40 1d 01 67 40 04 01 00 00 00 00 3f 00"
                                 " 00 12 00 14 81 01 01 00 00 00 00"
                                 " c4 46 61 6e 20";

// Compact power supply: sensor 60h, entity 0Ah/1, type 08h, reading type 6Fh, no
// analog reading (units1 C0h), unshared, ID "PS1".
const char *const psuHex = "08 00 51 02 1e"
                           " 20 00 60 0a 01 67 40 08 6f 00 00 00 00 00 00"
                           " c0 00 00 01 00 00 00 00 00 00 00"
                           " c3 50 53 31";

// Event-only record: sensor 50h, system event (12h), 6Fh, ID "ABCD".
const char *const eventOnlyHex = "09 00 51 03 0f"
                                 " 20 00 50 07 00 12 6f 00 00 00 00 83 a1 38 92";

// A FRU device locator: no sensor.
const char *const fruHex = "0c 00 51 11 11 20 05 88 70 00 10 00 07 01 00 c6 42 6f e9 72 64 00";

sdr::Record record(const char *hex)
{
    auto decoded = sdr::decodeRecord(*fromHex(hex));
    if (!decoded.ok())
        qFatal("test record does not decode: %s", decoded.error().message.c_str());
    return decoded.value();
}

Result<SensorReading> reading(const char *hex)
{
    return parseSensorReading(Response{0x00, *fromHex(hex)});
}

SensorView describeOne(const sdr::Record &rec, const Result<SensorReading> &answer,
                       const std::optional<sdr::Factors> &factors = {},
                       const std::optional<ThresholdReading> &thresholds = {})
{
    const auto sensors = sensorsOf({rec});
    if (sensors.empty())
        qFatal("record has no sensor");
    return describe(sensors.front(), rec, answer, factors, thresholds);
}

} // namespace

class TestSensorView final : public QObject
{
    Q_OBJECT

private slots:
    void sensorsOfExpandsSharedAndSkipsOthers()
    {
        const std::vector<sdr::Record> records = {record(fullHex), record(fruHex), record(sharedFanHex),
                                                  record(eventOnlyHex)};
        const auto sensors = sensorsOf(records);
        QCOMPARE(sensors.size(), std::size_t(1 + 4 + 1));
        QCOMPARE(sensors[0].recordIndex, std::size_t(0));
        QCOMPARE(sensors[0].number, std::uint8_t(0x30));
        QCOMPARE(QString::fromStdString(sensors[0].name), "CPU Tmp");
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(sensors[1 + i].recordIndex, std::size_t(2));
            QCOMPARE(sensors[1 + i].number, std::uint8_t(0x40 + i));
        }
        QCOMPARE(QString::fromStdString(sensors[1].name), "Fan 1");
        QCOMPARE(sensors[2].entity.instance, std::uint8_t(2)); // instance increments
        QCOMPARE(sensors[5].recordIndex, std::size_t(3));
        QCOMPARE(sensors[5].number, std::uint8_t(0x50));
    }

    void analogOk()
    {
        // Raw 64h = 100: 0.2 * 100 - 10 = 10; events and scanning on, no threshold reached.
        const auto view = describeOne(record(fullHex), reading("64 c0 00 00"));
        QCOMPARE(QString::fromStdString(view.name), "CPU Tmp");
        QCOMPARE(view.number, std::uint8_t(0x30));
        QCOMPARE(view.ownerId, std::uint8_t(0x20));
        QCOMPARE(view.sensorType, std::uint8_t(0x01));
        QVERIFY(view.analog);
        QCOMPARE(*view.raw, std::uint8_t(0x64));
        QCOMPARE(*view.reading, 10.0);
        QCOMPARE(QString::fromStdString(view.unit), QStringLiteral("°C"));
        QCOMPARE(view.health, SensorView::Health::Ok);
        QCOMPARE(QString::fromStdString(view.status), "ok");
        QVERIFY(!view.unavailable);
        QVERIFY(!view.eventMessagesDisabled);
        QVERIFY(view.states.empty());
        // All six thresholds readable: 0.2 * raw - 10.
        QCOMPARE(*view.thresholds.unr, 8.0);
        QCOMPARE(*view.thresholds.uc, 7.0);
        QCOMPARE(*view.thresholds.unc, 6.0);
        QCOMPARE(*view.thresholds.lnr, -10.0);
        QVERIFY(qFuzzyCompare(*view.thresholds.lc, -9.6));
        QVERIFY(qFuzzyCompare(*view.thresholds.lnc, -9.2));
    }

    void thresholdStatus_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("UNC") << "50 c0 08" << "nc" << "Upper Non-Critical";
        QTest::newRow("UNC+UC") << "55 c0 18" << "cr" << "Upper Critical";
        QTest::newRow("UNR") << "5a c0 38" << "nr" << "Upper Non-Recoverable";
        QTest::newRow("LNC") << "04 c0 01" << "nc" << "Lower Non-Critical";
        QTest::newRow("LC") << "02 c0 03" << "cr" << "Lower Critical";
        QTest::newRow("LNR before UNR") << "00 c0 24" << "nr" << "Lower Non-Recoverable";
        QTest::newRow("no byte 3") << "40 c0" << "ok" << "ok";
        QTest::newRow("unavailable") << "00 e0 00" << "ns" << "Not Available";
        QTest::newRow("scanning disabled") << "00 80 00" << "ns" << "Not Available";
    }

    void thresholdStatus()
    {
        QFETCH(QString, answer);
        QFETCH(QString, status);
        QFETCH(QString, words);
        const auto view = describeOne(record(fullHex), reading(answer.toLatin1().constData()));
        QCOMPARE(QString::fromStdString(view.status), status);
        QCOMPARE(QString::fromStdString(view.statusText), words);
        QCOMPARE(view.unavailable, status == "ns");
        QCOMPARE(view.reading.has_value(), status != "ns");
    }

    void failedReadingIsUnavailableWithNote()
    {
        const auto failed = parseSensorReading(Response{0xCB, {}});
        const auto view = describeOne(record(fullHex), failed);
        QVERIFY(view.unavailable);
        QCOMPARE(QString::fromStdString(view.status), "ns");
        QCOMPARE(QString::fromStdString(view.note), "Get Sensor Reading failed: the sensor is not present (CBh)");
        QVERIFY(!view.reading);
        QVERIFY(view.thresholds.uc.has_value()); // still known from the record
    }

    void nonLinearNeedsFactors()
    {
        // Without factors: no value, an honest note; with M = 1, B = 0: value = raw.
        const auto without = describeOne(record(nonLinearHex), reading("20 c0 00"));
        QVERIFY(!without.reading);
        QCOMPARE(*without.raw, std::uint8_t(0x20));
        QVERIFY(QString::fromStdString(without.note).contains("non-linear"));
        sdr::Factors identity;
        identity.m = 1;
        const auto with = describeOne(record(nonLinearHex), reading("20 c0 00"), identity);
        QCOMPARE(*with.reading, 32.0);
        // Readable mask 12h: only LC and UC.
        QCOMPARE(*with.thresholds.uc, 85.0);
        QCOMPARE(*with.thresholds.lc, 2.0);
        QVERIFY(!with.thresholds.unr && !with.thresholds.unc && !with.thresholds.lnc && !with.thresholds.lnr);
    }

    void thresholdsFromBmcReplaceTheRecords()
    {
        // The BMC says only UNC (08h) is readable, at raw 64h = 10.
        ThresholdReading fromBmc;
        fromBmc.readable = sdr::thresholdbit::UpperNonCritical;
        fromBmc.raw.upperNonCritical = 0x64;
        const auto view = describeOne(record(fullHex), reading("10 c0 00"), std::nullopt, fromBmc);
        QCOMPARE(*view.thresholds.unc, 10.0);
        QVERIFY(!view.thresholds.uc && !view.thresholds.unr && !view.thresholds.lc);
    }

    void compactThresholdHasNoValue()
    {
        const auto view = describeOne(record(sharedFanHex), reading("30 c0 00"));
        QVERIFY(!view.analog);
        QVERIFY(!view.reading);
        QCOMPARE(view.ownerLun, std::uint8_t(1));
        QCOMPARE(view.channel, std::uint8_t(2));
        QCOMPARE(QString::fromStdString(view.unit), "RPM");
        QCOMPARE(QString::fromStdString(view.status), "ok");
    }

    void discreteStates_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("status");
        QTest::newRow("present") << "00 c0 01 00" << QStringList{"Presence detected"} << "ok";
        QTest::newRow("failed") << "00 c0 03 00" << QStringList{"Presence detected", "Failure detected"} << "cr";
        QTest::newRow("predictive") << "00 c0 05 00" << QStringList{"Presence detected", "Predictive failure"}
                                    << "nc";
        QTest::newRow("inactive, no byte 4") << "00 c0 81" << QStringList{"Presence detected", "Power Supply Inactive"}
                                             << "ok";
        QTest::newRow("no state bytes") << "00 c0" << QStringList{} << "ok";
    }

    void discreteStates()
    {
        QFETCH(QString, answer);
        QFETCH(QStringList, states);
        QFETCH(QString, status);
        const auto view = describeOne(record(psuHex), reading(answer.toLatin1().constData()));
        QVERIFY(!view.analog);
        QVERIFY(!view.reading);
        QStringList actual;
        for (const auto &state : view.states)
            actual << QString::fromStdString(state);
        QCOMPARE(actual, states);
        QCOMPARE(QString::fromStdString(view.status), status);
        QVERIFY(view.unit.empty());
    }

    void eventOnlyDescribes()
    {
        const auto view = describeOne(record(eventOnlyHex), reading("00 c0 01 00"));
        QCOMPARE(view.number, std::uint8_t(0x50));
        QCOMPARE(view.states.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(view.states[0]), "System Reconfigured");
    }

    void nonSensorRecordIsUnavailable()
    {
        const auto view = describe(SensorDescriptor{}, record(fruHex), reading("00 c0"), {}, {});
        QVERIFY(view.unavailable);
    }
};

QTEST_APPLESS_MAIN(TestSensorView)
#include "tst_sensor_view.moc"
