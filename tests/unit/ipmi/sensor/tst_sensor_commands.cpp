// SPDX-License-Identifier: GPL-3.0-or-later
// Sensor device commands (IPMI 2.0 chapter 35): requests byte for byte, and answers
// decoded from bytes laid out by hand from tables 35-x.
#include "ipmi/sensor/sensorcommands.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sensor;

namespace {

Response ok(const char *hex)
{
    return Response{0x00, *fromHex(hex)};
}

QString hexOf(const Request &request)
{
    // "netfn cmd lun : data", so one string pins all of it.
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd, request.lun}) + ":" +
                                  toHex(request.data));
}

} // namespace

class TestSensorCommands final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        sdr::Thresholds values;
        values.lowerNonCritical = 0x11;
        values.lowerCritical = 0x22;
        values.lowerNonRecoverable = 0x33;
        values.upperNonCritical = 0x44;
        values.upperCritical = 0x55;
        values.upperNonRecoverable = 0x66;
        namespace bit = sdr::thresholdbit;
        QTest::newRow("reading") << hexOf(getSensorReadingRequest(0x30)) << "042d00:30";
        QTest::newRow("reading lun 2") << hexOf(getSensorReadingRequest(0x30, 2)) << "042d02:30";
        QTest::newRow("factors") << hexOf(getSensorReadingFactorsRequest(0x31, 0x80)) << "042300:3180";
        QTest::newRow("get thresholds") << hexOf(getSensorThresholdsRequest(0x05, 1)) << "042701:05";
        QTest::newRow("set all thresholds")
            << hexOf(setSensorThresholdsRequest(0x05, 0x3F, values)) << "042600:053f112233445566";
        QTest::newRow("set UC only")
            << hexOf(setSensorThresholdsRequest(0x05, bit::UpperCritical, values)) << "042600:051000000000" "5500";
        QTest::newRow("set lower pair")
            << hexOf(setSensorThresholdsRequest(0x05, bit::LowerCritical | bit::LowerNonCritical, values))
            << "042600:050311220000" "0000";
        QTest::newRow("reserved mask bits dropped")
            << hexOf(setSensorThresholdsRequest(0x05, 0xC1, values)) << "042600:050111000000" "0000";
        QTest::newRow("get hysteresis") << hexOf(getSensorHysteresisRequest(0x07)) << "042500:07ff";
        QTest::newRow("set hysteresis")
            << hexOf(setSensorHysteresisRequest(0x07, Hysteresis{2, 3})) << "042400:07ff0203";
    }

    void requestsAreByteExact()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void readingWithAllBytes()
    {
        // Reading 45h, events and scanning on (C0h), UNC and UC reached (18h), byte 4 80h
        // (reserved for threshold sensors; kept as sent, ignored by the comparison).
        const auto reading = parseSensorReading(ok("45 c0 18 80"));
        QVERIFY(reading.ok());
        QCOMPARE(reading->raw, std::uint8_t(0x45));
        QVERIFY(reading->eventMessagesEnabled);
        QVERIFY(reading->scanningEnabled);
        QVERIFY(!reading->unavailable);
        QCOMPARE(*reading->states, std::uint16_t(0x8018));
        QCOMPARE(reading->thresholdComparison(), std::uint8_t(0x18));
    }

    void readingDiscreteStates()
    {
        // Discrete: states 0 and 1 in byte 3, state 14 (40h) in byte 4.
        const auto reading = parseSensorReading(ok("00 40 03 40"));
        QVERIFY(reading.ok());
        QVERIFY(!reading->eventMessagesEnabled);
        QCOMPARE(*reading->states, std::uint16_t(0x4003));
    }

    void readingWithoutOptionalBytes()
    {
        const auto twoBytes = parseSensorReading(ok("12 20"));
        QVERIFY(twoBytes.ok());
        QVERIFY(twoBytes->unavailable);
        QVERIFY(!twoBytes->scanningEnabled);
        QVERIFY(!twoBytes->states.has_value());
        QCOMPARE(twoBytes->thresholdComparison(), std::uint8_t(0));

        const auto threeBytes = parseSensorReading(ok("12 c0 01"));
        QVERIFY(threeBytes.ok());
        QCOMPARE(*threeBytes->states, std::uint16_t(0x0001));
    }

    void readingTooShort()
    {
        const auto reading = parseSensorReading(ok("12"));
        QVERIFY(!reading.ok());
        QCOMPARE(reading.error().kind, ErrorKind::MalformedResponse);
    }

    void unavailableCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("unavailable");
        QTest::addColumn<QString>("message");
        QTest::newRow("CB") << 0xCB << true << "Get Sensor Reading failed: the sensor is not present (CBh)";
        QTest::newRow("D3") << 0xD3 << true
                            << "Get Sensor Reading failed: the sensor's controller is unavailable (D3h)";
        QTest::newRow("D5") << 0xD5 << true
                            << "Get Sensor Reading failed: the sensor cannot be read in the present state (D5h)";
        QTest::newRow("CD") << 0xCD << true
                            << "Get Sensor Reading failed: the command does not apply to this sensor (CDh)";
        QTest::newRow("C0 busy") << 0xC0 << false << "Get Sensor Reading failed: node busy (C0h)";
        QTest::newRow("D4 privilege") << 0xD4 << false
                                      << "Get Sensor Reading failed: insufficient privilege level (D4h)";
    }

    void unavailableCodes()
    {
        QFETCH(int, code);
        QFETCH(bool, unavailable);
        QFETCH(QString, message);
        const auto reading = parseSensorReading(Response{std::uint8_t(code), {}});
        QVERIFY(!reading.ok());
        QCOMPARE(reading.error().kind, ErrorKind::CompletionCode);
        QCOMPARE(int(reading.error().completionCode), code);
        QCOMPARE(isSensorUnavailable(reading.error()), unavailable);
        QCOMPARE(QString::fromStdString(reading.error().message), message);
    }

    void readingFactors()
    {
        // Next reading 10h; M = 2, tolerance 5, B = -10, Rexp -1, Bexp 1 (the factor
        // bytes of the full record in tst_sdr_records).
        const auto factors = parseSensorReadingFactors(ok("10 02 05 f6 ca 19 f1"));
        QVERIFY(factors.ok());
        QCOMPARE(factors->nextReading, std::uint8_t(0x10));
        QCOMPARE(factors->factors.m, std::int16_t(2));
        QCOMPARE(factors->factors.tolerance, std::uint8_t(5));
        QCOMPARE(factors->factors.b, std::int16_t(-10));
        QCOMPARE(factors->factors.rExp, std::int8_t(-1));
        QCOMPARE(factors->factors.bExp, std::int8_t(1));
        QVERIFY(!parseSensorReadingFactors(ok("10 02 05 f6 ca 19")).ok());
    }

    void thresholds()
    {
        // Readable UNC, UC and LC (1Ah), then LNC..UNR.
        const auto thresholds = parseSensorThresholds(ok("da 01 02 03 04 05 06"));
        QVERIFY(thresholds.ok());
        QCOMPARE(thresholds->readable, std::uint8_t(0x1A)); // bits 7:6 reserved, dropped
        QCOMPARE(thresholds->raw.lowerNonCritical, std::uint8_t(1));
        QCOMPARE(thresholds->raw.lowerCritical, std::uint8_t(2));
        QCOMPARE(thresholds->raw.lowerNonRecoverable, std::uint8_t(3));
        QCOMPARE(thresholds->raw.upperNonCritical, std::uint8_t(4));
        QCOMPARE(thresholds->raw.upperCritical, std::uint8_t(5));
        QCOMPARE(thresholds->raw.upperNonRecoverable, std::uint8_t(6));
        const auto shortAnswer = parseSensorThresholds(ok("1a 01 02 03 04 05"));
        QVERIFY(!shortAnswer.ok());
        QCOMPARE(shortAnswer.error().kind, ErrorKind::MalformedResponse);
    }

    void hysteresis()
    {
        const auto hysteresis = parseSensorHysteresis(ok("02 03"));
        QVERIFY(hysteresis.ok());
        QCOMPARE(hysteresis->positiveGoing, std::uint8_t(2));
        QCOMPARE(hysteresis->negativeGoing, std::uint8_t(3));
        QVERIFY(!parseSensorHysteresis(ok("02")).ok());
    }

    void setAnswers()
    {
        QVERIFY(parseSetSensorThresholds(ok("")).ok());
        QVERIFY(parseSetSensorHysteresis(ok("")).ok());
        const auto refused = parseSetSensorThresholds(Response{0xCC, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().completionCode, std::uint8_t(0xCC));
    }
};

QTEST_APPLESS_MAIN(TestSensorCommands)
#include "tst_sensor_commands.moc"
