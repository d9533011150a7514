// SPDX-License-Identifier: GPL-3.0-or-later
// The sensor sweep against a scripted BMC: what it asks, how often, and how it copes
// with a sensor that fails and with a session that does.
#include "ipmi/sensor/sensorsweep.h"

#include "commandresponder.h"

#include <QTest>

#include <map>

using namespace ipmi;
using namespace ipmi::sensor;

namespace {

constexpr std::uint8_t SE = 0x04;
constexpr std::uint8_t GetReading = 0x2D;
constexpr std::uint8_t GetFactors = 0x23;
constexpr std::uint8_t GetThresholds = 0x27;

// Full threshold record, sensor 30h "CPU Tmp" (see tst_sensor_view): 0.2 * raw - 10.
const char *const linearHex = "42 00 51 01 32"
                              " 20 00 30 03 81 7f 68 01 01 80 0a 80 7a 3f 1b"
                              " 80 01 00 00 02 05 f6 ca 19 f1"
                              " 07 19 40 05 7f 80 5a 55 50 00 02 04 02 03 00 00 00"
                              " c7 43 50 55 20 54 6d 70";

// Non-linear (70h) full record, sensor 31h, readable LC and UC (12h).
const char *const nonLinearHex = "43 00 51 01 32"
                                 " 20 00 31 03 81 7f 68 01 01 80 0a 80 7a 12 1b"
                                 " 80 01 00 70 02 05 f6 ca 19 f1"
                                 " 07 19 40 05 7f 80 5a 55 50 00 02 04 02 03 00 00 00"
                                 " c7 43 50 55 20 54 6d 70";

// Four shared fans 40h-43h, owner 20h, channel 0, LUN 1, threshold, readable 3Fh.
const char *const fansHex = "07 00 51 02 1f"
                            " 20 01 40 1d 01 67 40 04 01 00 00 00 00 3f 00"
                            " 00 12 00 14 81 01 01 00 00 00 00"
                            " c4 46 61 6e 20";

// Power supply 60h, discrete 6Fh, owned by the controller at 82h: needs bridging.
const char *const bridgedPsuHex = "08 00 51 02 1e"
                                  " 82 00 60 0a 01 67 40 08 6f 00 00 00 00 00 00"
                                  " c0 00 00 01 00 00 00 00 00 00 00"
                                  " c3 50 53 31";

// Event-only 50h, system event.
const char *const eventOnlyHex = "09 00 51 03 0f"
                                 " 20 00 50 07 00 12 6f 00 00 00 00 83 a1 38 92";

std::vector<sdr::Record> records(std::initializer_list<const char *> hexes)
{
    std::vector<sdr::Record> result;
    for (const char *hex : hexes) {
        auto decoded = sdr::decodeRecord(*fromHex(hex));
        if (!decoded.ok())
            qFatal("test record does not decode: %s", decoded.error().message.c_str());
        result.push_back(decoded.value());
    }
    return result;
}

// A BMC whose sensors read `raw` with events and scanning on, nothing crossed.
void answerReadings(test::CommandResponder &bmc, std::map<std::uint8_t, std::uint8_t> raw = {})
{
    bmc.on(SE, GetReading, [raw](const Request &request) -> Result<Response> {
        const std::uint8_t number = request.data.at(0);
        const auto it = raw.find(number);
        return Response{0x00, Bytes{it == raw.end() ? std::uint8_t(0x64) : it->second, 0xC0, 0x00, 0x00}};
    });
}

int readsOf(const test::CommandResponder &bmc, std::uint8_t number)
{
    int count = 0;
    for (const auto &request : bmc.log())
        count += request.cmd == GetReading && request.data.at(0) == number;
    return count;
}

} // namespace

class TestSensorSweep final : public QObject
{
    Q_OBJECT

private slots:
    void eachSensorReadOnceFactorsOnlyForNonLinear()
    {
        test::CommandResponder bmc;
        answerReadings(bmc);
        bmc.on(SE, GetFactors, [](const Request &request) -> Result<Response> {
            if (request.data != Bytes{0x31, 0x64})
                return Response{0xCC, {}};
            return Response{0x00, *fromHex("65 01 00 00 00 00 00")}; // M = 1: value = raw
        });
        SensorSweep sweep(records({linearHex, nonLinearHex, fansHex, eventOnlyHex}));
        QCOMPARE(sweep.progress().total, std::size_t(1 + 1 + 4 + 1));
        const auto views = test::runOperation(sweep, std::ref(bmc));
        QVERIFY(views.ok());
        QCOMPARE(views->size(), std::size_t(7));
        for (std::uint8_t number : {0x30, 0x31, 0x40, 0x41, 0x42, 0x43, 0x50})
            QCOMPARE(readsOf(bmc, number), 1);
        QCOMPARE(bmc.count(SE, GetFactors), 1);
        QCOMPARE(bmc.count(SE, GetThresholds), 0); // not asked for
        QCOMPARE(*(*views)[0].reading, 10.0);
        QCOMPARE(*(*views)[1].reading, 100.0);
        // The fans' LUN 1 goes into the request.
        for (const auto &request : bmc.log())
            QCOMPARE(int(request.lun), request.data.at(0) >= 0x40 && request.data.at(0) <= 0x43 ? 1 : 0);
        QCOMPARE(sweep.progress().done, std::size_t(7));
    }

    void onlyNumbersAndThresholds()
    {
        test::CommandResponder bmc;
        answerReadings(bmc);
        // UNC only, at raw 5Fh = 9.
        bmc.on(SE, GetThresholds, [](const Request &) -> Result<Response> {
            return Response{0x00, *fromHex("08 00 00 00 5f 00 00")};
        });
        SensorSweep sweep(records({linearHex, nonLinearHex, fansHex, eventOnlyHex}),
                          SweepOptions{{0x30, 0x50}, true});
        const auto views = test::runOperation(sweep, std::ref(bmc));
        QVERIFY(views.ok());
        QCOMPARE(views->size(), std::size_t(2));
        QCOMPARE((*views)[0].number, std::uint8_t(0x30));
        QCOMPARE((*views)[1].number, std::uint8_t(0x50));
        // Thresholds for the threshold sensor only, not for the discrete one.
        QCOMPARE(bmc.count(SE, GetThresholds), 1);
        QCOMPARE(*(*views)[0].thresholds.unc, 9.0);
        QVERIFY(!(*views)[0].thresholds.uc);
    }

    void oneFailingSensorDoesNotStopTheRest()
    {
        test::CommandResponder bmc;
        bmc.on(SE, GetReading, [](const Request &request) -> Result<Response> {
            if (request.data.at(0) == 0x41)
                return Response{0xCB, {}};
            if (request.data.at(0) == 0x42)
                return Response{0x00, Bytes{0x01}}; // too short
            return Response{0x00, Bytes{0x64, 0xC0, 0x00}};
        });
        SensorSweep sweep(records({fansHex, linearHex}));
        const auto views = test::runOperation(sweep, std::ref(bmc));
        QVERIFY(views.ok());
        QCOMPARE(views->size(), std::size_t(5));
        QVERIFY(!(*views)[0].unavailable);
        QVERIFY((*views)[1].unavailable);
        QVERIFY(QString::fromStdString((*views)[1].note).contains("not present"));
        QVERIFY((*views)[2].unavailable);
        QVERIFY(!(*views)[3].unavailable);
        QCOMPARE(*(*views)[4].reading, 10.0);
    }

    void failedFactorsLeaveNoValue()
    {
        test::CommandResponder bmc;
        answerReadings(bmc);
        bmc.on(SE, GetFactors, [](const Request &) -> Result<Response> { return Response{0xC1, {}}; });
        SensorSweep sweep(records({nonLinearHex, linearHex}));
        const auto views = test::runOperation(sweep, std::ref(bmc));
        QVERIFY(views.ok());
        QCOMPARE(views->size(), std::size_t(2));
        QVERIFY(!(*views)[0].reading);
        QVERIFY(QString::fromStdString((*views)[0].note).contains("Get Sensor Reading Factors"));
        QVERIFY((*views)[1].reading.has_value());
    }

    void timeoutEndsTheSweep()
    {
        test::CommandResponder bmc;
        bmc.on(SE, GetReading, [](const Request &request) -> Result<Response> {
            if (request.data.at(0) == 0x41)
                return Error{ErrorKind::Timeout, "The BMC did not answer."};
            return Response{0x00, Bytes{0x64, 0xC0, 0x00}};
        });
        SensorSweep sweep(records({fansHex, linearHex}));
        const auto views = test::runOperation(sweep, std::ref(bmc));
        QVERIFY(!views.ok());
        QCOMPARE(views.error().kind, ErrorKind::Timeout);
        QCOMPARE(bmc.log().size(), std::size_t(2)); // 40h, then 41h; nothing after
        QVERIFY(!sweep.nextRequest());
    }

    void bridgedSensorIsNotAskedFor()
    {
        test::CommandResponder bmc;
        answerReadings(bmc);
        SensorSweep sweep(records({bridgedPsuHex, linearHex}));
        const auto views = test::runOperation(sweep, std::ref(bmc));
        QVERIFY(views.ok());
        QCOMPARE(views->size(), std::size_t(2));
        QCOMPARE(readsOf(bmc, 0x60), 0);
        QVERIFY((*views)[0].unavailable);
        QVERIFY(QString::fromStdString((*views)[0].note).contains("bridging"));
        QCOMPARE(readsOf(bmc, 0x30), 1);
    }

    void emptyRepositoryFinishesAtOnce()
    {
        SensorSweep sweep({});
        QVERIFY(!sweep.nextRequest());
        const auto views = sweep.takeResult();
        QVERIFY(views.ok());
        QVERIFY(views->empty());
    }

    void neverLoopsOnAnUnhelpfulBmc()
    {
        // Every command is refused (C1h): each sensor is tried once and the sweep ends.
        test::CommandResponder bmc;
        SensorSweep sweep(records({linearHex, nonLinearHex, fansHex}), SweepOptions{{}, true});
        const auto views = test::runOperation(sweep, std::ref(bmc), 50);
        QVERIFY(views.ok());
        QCOMPARE(views->size(), std::size_t(6));
        QCOMPARE(bmc.log().size(), std::size_t(6));
    }
};

QTEST_APPLESS_MAIN(TestSensorSweep)
#include "tst_sensor_sweep.moc"
