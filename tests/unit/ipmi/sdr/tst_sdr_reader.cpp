// SPDX-License-Identifier: GPL-3.0-or-later
// SdrRepositoryReader against simulated repositories: whole and partial reads, BMCs that
// refuse whole reads (CAh, FFh), cancelled reservations, cache hits and stale caches,
// looping record chains and device SDRs.
#include "ipmi/sdr/sdrreader.h"
#include "sdr/sdrsamples.h"

#include "commandresponder.h"

#include <QTest>

#include <array>
#include <map>

using namespace ipmi;
using namespace ipmi::sdr;

using sdrsamples::hex;

namespace {

// A full sensor record (IPMI 2.0 table 43-1) and a compact one (table 43-2) as in
// tst_sdr_records.cpp, with the record ID patched per use.
const char *const fullHex = "00 00 51 01 32"
                            " 20 00 30 03 81 7f 68 01 01 80 0a 80 7a 3f 1b"
                            " 80 01 00 00 02 05 f6 ca 19 f1"
                            " 07 19 40 05 7f 80 5a 55 50 00 02 04 02 03 00 00 00"
                            " c7 43 50 55 20 54 6d 70";
const char *const compactHex = "00 00 51 02 1f"
                               " 20 21 40 1d 01 67 40 04 01 00 00 00 00 3f 00"
                               " 00 12 00 14 81 01 01 00 00 00 00"
                               " c4 46 61 6e 20";
// A FRU device locator (table 43-7), 26 bytes: short enough for one answer of ipmi_sim's.
const char *const fruLocatorHex = "00 00 51 11 15"
                                  " 20 00 80 00 00 10 00 07 01 00"
                                  " ca 53 79 73 74 65 6d 20 46 52 55";

Bytes record(const char *base, std::uint16_t id)
{
    Bytes bytes = hex(base);
    bytes[0] = std::uint8_t(id & 0xFF);
    bytes[1] = std::uint8_t(id >> 8);
    return bytes;
}

constexpr std::uint8_t Storage = 0x0a;
constexpr std::uint8_t SensorEvent = 0x04;
constexpr std::uint8_t App = 0x06;

// A BMC with an SDR repository, scripted by its public fields.
struct SimRepository
{
    std::vector<std::pair<std::uint16_t, Bytes>> records; // in chain order
    std::map<std::uint16_t, std::uint16_t> nextOverride;  // record ID -> next ID it reports
    std::uint32_t lastAddition = 0x60000000;
    std::uint32_t lastErase = 0x50000000;
    std::optional<std::uint16_t> reportedCount;
    std::uint8_t wholeRefusal = 0;   // CAh or FFh: answer whole reads with it
    std::uint8_t maxChunk = 0xFF;    // partial reads above this get CAh
    std::size_t shortWhole = 0;      // answer whole reads with only this many bytes
    std::size_t maxAnswer = 0;       // any read returning more record bytes gets CAh (0: no cap)
    bool refuseOverread = false;     // partial reads past the record's end get CAh
    int cancelAtGetSdr = -1;         // the reservation is lost before this Get SDR
    bool cancelAlways = false;
    bool withGuid = true;
    bool deviceSdrsOnly = false;     // Get Device ID: device SDRs, no repository device
    std::uint16_t reservation = 0;
    int getSdrCount = 0;

    test::CommandResponder responder()
    {
        test::CommandResponder bmc;
        bmc.on(App, 0x01, [this](const Request &) {
            // Device 20h rev 1, fw 2.10, IPMI 2.0, manufacturer 343 product 1234h.
            Bytes data = hex("20 01 02 10 02 2f 57 01 00 34 12");
            if (deviceSdrsOnly) {
                data[1] = 0x81;  // provides device SDRs
                data[5] = 0x01;  // sensor device only: no SDR repository device
            }
            return Result<Response>(Response{0, data});
        });
        bmc.on(App, 0x37, [this](const Request &) {
            if (!withGuid)
                return Result<Response>(Response{0xC1, {}});
            return Result<Response>(Response{0, hex("01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10")});
        });
        bmc.on(Storage, 0x20, [this](const Request &) {
            ByteWriter w;
            w.u8(0x51).u16le(count()).u16le(0x1000).u32le(lastAddition).u32le(lastErase).u8(0x02);
            return Result<Response>(Response{0, w.take()});
        });
        bmc.on(SensorEvent, 0x20, [this](const Request &) {
            ByteWriter w;
            w.u8(std::uint8_t(count())).u8(0x81).u32le(lastAddition);
            return Result<Response>(Response{0, w.take()});
        });
        const auto reserve = [this](const Request &) {
            ++reservation;
            ByteWriter w;
            w.u16le(reservation);
            return Result<Response>(Response{0, w.take()});
        };
        bmc.on(Storage, 0x22, reserve);
        bmc.on(SensorEvent, 0x22, reserve);
        const auto get = [this](const Request &request) { return getSdr(request); };
        bmc.on(Storage, 0x23, get);
        bmc.on(SensorEvent, 0x21, get);
        return bmc;
    }

    std::uint16_t count() const { return reportedCount.value_or(std::uint16_t(records.size())); }

    Result<Response> getSdr(const Request &request)
    {
        ByteReader in(request.data);
        const std::uint16_t res = in.u16le();
        const std::uint16_t id = in.u16le();
        const std::uint8_t offset = in.u8();
        const std::uint8_t bytes = in.u8();
        if (!in.ok())
            return Response{0xC7, {}};
        if (cancelAlways || getSdrCount++ == cancelAtGetSdr)
            ++reservation; // another client reserved, or the repository changed
        if (res != reservation)
            return Response{0xC5, {}};
        std::size_t index = 0;
        if (id != 0) {
            while (index < records.size() && records[index].first != id)
                ++index;
        }
        if (index >= records.size())
            return Response{0xCB, {}};
        const Bytes &data = records[index].second;
        std::uint16_t next = index + 1 < records.size() ? records[index + 1].first : LastRecordId;
        if (auto it = nextOverride.find(records[index].first); it != nextOverride.end())
            next = it->second;
        if (bytes == 0xFF && offset == 0 && wholeRefusal != 0)
            return Response{wholeRefusal, {}};
        if (bytes != 0xFF && bytes > maxChunk)
            return Response{0xCA, {}};
        if (offset > data.size())
            return Response{0xC9, {}};
        if (refuseOverread && bytes != 0xFF && offset + std::size_t(bytes) > data.size())
            return Response{0xCA, {}};
        std::size_t take = bytes == 0xFF ? data.size() : std::min<std::size_t>(bytes, data.size() - offset);
        if (maxAnswer != 0 && take > maxAnswer)
            return Response{0xCA, {}};
        if (bytes == 0xFF && shortWhole != 0)
            take = std::min(take, shortWhole);
        ByteWriter out;
        out.u16le(next).bytes(ByteView(data).subspan(offset, take));
        return Response{0, out.take()};
    }
};

SimRepository threeRecords()
{
    SimRepository sim;
    sim.records = {{0x0001, record(fullHex, 0x0001)},
                   {0x0002, record(compactHex, 0x0002)},
                   {0x0010, record(fullHex, 0x0010)}};
    return sim;
}

// Four records of 55, 26, 36 and 55 bytes.
SimRepository mixedLengths()
{
    SimRepository sim;
    sim.records = {{0x0001, record(fullHex, 0x0001)},
                   {0x0002, record(fruLocatorHex, 0x0002)},
                   {0x0003, record(compactHex, 0x0003)},
                   {0x0004, record(fullHex, 0x0004)}};
    return sim;
}

// Get SDR requests of the log as (record ID, offset, bytes).
std::vector<std::array<int, 3>> getSdrReads(const test::CommandResponder &bmc)
{
    std::vector<std::array<int, 3>> reads;
    for (const Request &request : bmc.log()) {
        if (request.netFn == Storage && request.cmd == 0x23)
            reads.push_back({request.data[2] | request.data[3] << 8, request.data[4], request.data[5]});
    }
    return reads;
}

Result<SdrRepository> read(test::CommandResponder &bmc, SdrCacheLookup lookup = {})
{
    SdrRepositoryReader reader(std::move(lookup));
    return test::runOperation<SdrRepository>(reader, std::ref(bmc), 10000);
}

void verifyRecords(const SdrRepository &repository, const SimRepository &sim)
{
    QCOMPARE(repository.rawRecords.size(), sim.records.size());
    QCOMPARE(repository.records.size(), sim.records.size());
    for (std::size_t i = 0; i < sim.records.size(); ++i) {
        QCOMPARE(repository.rawRecords[i], sim.records[i].second);
        QCOMPARE(headerOf(repository.records[i]).recordId, sim.records[i].first);
    }
}

SdrCache cacheOf(const SdrRepository &repository)
{
    return SdrCache{repository.identity, repository.info, repository.rawRecords, repository.records,
                    repository.warnings};
}

} // namespace

class TestSdrReader final : public QObject
{
    Q_OBJECT

private slots:
    void wholeReads()
    {
        SimRepository sim = threeRecords();
        auto bmc = sim.responder();
        SdrRepositoryReader reader;
        auto result = test::runOperation<SdrRepository>(reader, std::ref(bmc));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        verifyRecords(*result, sim);
        QVERIFY(!result->fromCache);
        QVERIFY(result->warnings.empty());
        QCOMPARE(bmc.count(Storage, 0x22), 1);
        QCOMPARE(bmc.count(Storage, 0x23), 3);
        QCOMPARE(result->info.recordCount, 3);
        QCOMPARE(result->info.lastAddition, sim.lastAddition);
        QCOMPARE(reader.progress().done, 3u);
        QCOMPARE(reader.progress().total, 3u);
        // Every read asked for the whole record from offset 0, following the chain.
        std::vector<std::uint16_t> asked;
        for (const Request &request : bmc.log()) {
            if (request.netFn == Storage && request.cmd == 0x23) {
                QCOMPARE(request.data[4], 0);
                QCOMPARE(request.data[5], 0xFF);
                asked.push_back(std::uint16_t(request.data[2] | request.data[3] << 8));
            }
        }
        QCOMPARE(asked, (std::vector<std::uint16_t>{0x0000, 0x0002, 0x0010}));
    }

    void refusedWholeReadsFallBackToChunks_data()
    {
        QTest::addColumn<int>("refusal");
        QTest::addColumn<int>("maxChunk");
        QTest::newRow("CAh, any piece size") << 0xCA << 0xFF;
        QTest::newRow("FFh, any piece size") << 0xFF << 0xFF;
        QTest::newRow("CAh, BMC takes 8") << 0xCA << 8;
        QTest::newRow("FFh, BMC takes 5") << 0xFF << 5;
    }

    void refusedWholeReadsFallBackToChunks()
    {
        QFETCH(int, refusal);
        QFETCH(int, maxChunk);
        SimRepository sim = threeRecords();
        sim.wholeRefusal = std::uint8_t(refusal);
        sim.maxChunk = std::uint8_t(maxChunk);
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        verifyRecords(*result, sim);
        QVERIFY(result->warnings.empty());
        // Only the first record is asked for whole; what the BMC refused there is not
        // asked again: every later read fits the BMC, and none asks for more than 32 bytes.
        int partial = 0;
        for (const auto &[id, offset, bytes] : getSdrReads(bmc)) {
            QVERIFY(bytes >= 1);
            if (id == 0)
                continue;
            QVERIFY(bytes <= SdrRepositoryReader::FirstChunkSize);
            QVERIFY(bytes <= maxChunk);
            ++partial;
        }
        QVERIFY(partial >= 2);
    }

    // ipmi_sim answers at most 33 record bytes: whole reads of its long records, and pieces
    // over 33 bytes, get CAh. After one refusal each record costs ceil(length / 32) reads.
    void answerCapLearntOnce()
    {
        SimRepository sim = mixedLengths();
        sim.maxAnswer = 33;
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        verifyRecords(*result, sim);
        const std::vector<std::array<int, 3>> expected{
            {0x0000, 0, 0xFF}, {0x0000, 0, 32}, {0x0000, 32, 23}, // 55 bytes: refused whole, then two pieces
            {0x0002, 0, 32},                                     // 26 bytes: one piece
            {0x0003, 0, 32}, {0x0003, 32, 4},                    // 36 bytes
            {0x0004, 0, 32}, {0x0004, 32, 23}};
        QCOMPARE(getSdrReads(bmc), expected);
    }

    // A BMC that refuses to read past a record's end gets the header asked for first.
    void overreadRefusalReadsHeadersFirst()
    {
        SimRepository sim = mixedLengths();
        sim.wholeRefusal = 0xCA;
        sim.refuseOverread = true;
        std::swap(sim.records[0], sim.records[1]); // the short record first
        sim.records[0].second[0] = 0x01;
        sim.records[1].second[0] = 0x02;
        sim.records[0].first = 0x0001;
        sim.records[1].first = 0x0002;
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        verifyRecords(*result, sim);
        const std::vector<std::array<int, 3>> expected{
            {0x0000, 0, 0xFF}, {0x0000, 0, 32}, {0x0000, 0, 5}, {0x0000, 5, 21}, // 26 bytes
            {0x0002, 0, 5}, {0x0002, 5, 32}, {0x0002, 37, 18},                  // 55
            {0x0003, 0, 5}, {0x0003, 5, 31},                                    // 36
            {0x0004, 0, 5}, {0x0004, 5, 32}, {0x0004, 37, 18}};
        QCOMPARE(getSdrReads(bmc), expected);
    }

    void shortWholeAnswerFallsBackToChunks()
    {
        SimRepository sim = threeRecords();
        sim.shortWhole = 20; // the BMC cuts whole records at 20 bytes
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(result.ok());
        verifyRecords(*result, sim);
    }

    void reservationCancelledMidRead()
    {
        SimRepository sim = threeRecords();
        sim.wholeRefusal = 0xCA;
        sim.cancelAtGetSdr = 4; // the second piece of the second record (whole, 2 + 2 pieces)
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        verifyRecords(*result, sim);
        QCOMPARE(bmc.count(Storage, 0x22), 2);
    }

    void reservationAlwaysCancelledFails()
    {
        SimRepository sim = threeRecords();
        sim.cancelAlways = true;
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(!result.ok());
        QVERIFY(QString::fromStdString(result.error().message).contains("cancelled"));
        QCOMPARE(bmc.count(Storage, 0x22), 1 + SdrRepositoryReader::MaxReservationRetries);
    }

    void cacheHitSendsNoSdrTraffic()
    {
        SimRepository sim = threeRecords();
        auto bmc = sim.responder();
        auto first = read(bmc);
        QVERIFY(first.ok());
        const SdrCache cache = cacheOf(*first);

        bmc.clearLog();
        int lookups = 0;
        auto second = read(bmc, [&](const BmcIdentity &identity) -> std::optional<SdrCache> {
            ++lookups;
            if (identity.cacheKey() != cache.identity.cacheKey())
                return std::nullopt;
            return cache;
        });
        QVERIFY(second.ok());
        QCOMPARE(lookups, 1);
        QVERIFY(second->fromCache);
        verifyRecords(*second, sim);
        QCOMPARE(bmc.count(Storage, 0x22), 0);
        QCOMPARE(bmc.count(Storage, 0x23), 0);
        QCOMPARE(bmc.count(Storage, 0x20), 1);
    }

    void staleCacheIsReadAgain_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("record count") << 0;
        QTest::newRow("last addition") << 1;
        QTest::newRow("last erase") << 2;
        QTest::newRow("other BMC") << 3;
    }

    void staleCacheIsReadAgain()
    {
        QFETCH(int, change);
        SimRepository sim = threeRecords();
        auto bmc = sim.responder();
        auto first = read(bmc);
        QVERIFY(first.ok());
        SdrCache cache = cacheOf(*first);
        switch (change) {
        case 0: sim.records.pop_back(); break;
        case 1: ++sim.lastAddition; break;
        case 2: ++sim.lastErase; break;
        case 3: cache.identity.guid->at(0) ^= 0xFF; break;
        }
        bmc.clearLog();
        auto second = read(bmc, [&](const BmcIdentity &) { return std::optional<SdrCache>(cache); });
        QVERIFY(second.ok());
        QVERIFY(!second->fromCache);
        verifyRecords(*second, sim);
        QCOMPARE(bmc.count(Storage, 0x22), 1);
        QCOMPARE(bmc.count(Storage, 0x23), int(sim.records.size()));
    }

    void loopingChainStopsWithWarning()
    {
        SimRepository sim = threeRecords();
        sim.nextOverride[0x0010] = 0x0002; // the last record points back
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(result.ok());
        verifyRecords(*result, sim);
        QCOMPARE(result->warnings.size(), 1u);
        QVERIFY(QString::fromStdString(result->warnings[0]).contains("loops"));
        QCOMPARE(bmc.count(Storage, 0x23), 3);
    }

    void chainLongerThanCountStops()
    {
        SimRepository sim;
        for (std::uint16_t id = 1; id <= 40; ++id)
            sim.records.push_back({id, record(compactHex, id)});
        sim.reportedCount = 2;
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(result.ok());
        QCOMPARE(result->rawRecords.size(), 2 + SdrRepositoryReader::RecordSlack);
        QCOMPARE(result->warnings.size(), 1u);
        QVERIFY(QString::fromStdString(result->warnings[0]).contains("more records"));
    }

    void undecodableRecordKeptRaw()
    {
        SimRepository sim = threeRecords();
        // A full sensor record with a 2-byte body: not even its sensor number.
        sim.records.insert(sim.records.begin() + 1, {0x0005, hex("05 00 51 01 02 20 00")});
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(result.ok());
        QCOMPARE(result->rawRecords.size(), 4u);
        QCOMPARE(result->records.size(), 3u);
        QCOMPARE(result->rawRecords[1], sim.records[1].second);
        QCOMPARE(result->warnings.size(), 1u);
        QVERIFY(QString::fromStdString(result->warnings[0]).contains("0005h"));
    }

    // Damaged sensor records stay sensors, each with one warning; a read from the cache
    // brings the same warnings back.
    void damagedSensorRecordsKeptWithWarnings()
    {
        SimRepository sim = threeRecords();
        sim.records.insert(sim.records.begin() + 1, {0x0005, hex("05 00 51 01 03 20 00 31")}); // cut short
        Bytes badName = record(fullHex, 0x0006);
        badName[5 + 42] = 0xDF; // 31 bytes of text in a record that holds 7
        sim.records.insert(sim.records.begin() + 2, {0x0006, badName});
        auto bmc = sim.responder();
        auto first = read(bmc);
        QVERIFY(first.ok());
        QCOMPARE(first->records.size(), 5u);
        QCOMPARE(first->warnings.size(), 2u);
        QVERIFY(QString::fromStdString(first->warnings[0]).contains("0005h"));
        QVERIFY(QString::fromStdString(first->warnings[1]).contains("0006h"));
        QCOMPARE(std::get<FullSensor>(first->records[1]).id.text, std::string("Sensor 31h"));

        auto second = read(bmc, [&](const BmcIdentity &) -> std::optional<SdrCache> { return cacheOf(*first); });
        QVERIFY(second.ok());
        QVERIFY(second->fromCache);
        QCOMPARE(second->warnings, first->warnings);
    }

    void missingGuidIsNotFatal()
    {
        SimRepository sim = threeRecords();
        sim.withGuid = false;
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(result.ok());
        QVERIFY(!result->identity.guid);
        QCOMPARE(QString::fromStdString(result->identity.cacheKey()), QStringLiteral("dev-32-1-343-4660-32"));
    }

    void cacheKey()
    {
        BmcIdentity identity;
        identity.guid = std::array<std::uint8_t, 16>{0x01, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFE};
        QCOMPARE(QString::fromStdString(identity.cacheKey()), QStringLiteral("010200000000000000000000000000fe"));
        identity.guid->fill(0x00);
        identity.deviceId = 0x20;
        identity.manufacturerId = 10876;
        identity.productId = 0x0902;
        QCOMPARE(QString::fromStdString(identity.cacheKey()), QStringLiteral("dev-32-0-10876-2306-32"));
        identity.guid->fill(0xFF);
        QCOMPARE(QString::fromStdString(identity.cacheKey()), QStringLiteral("dev-32-0-10876-2306-32"));
    }

    void deviceSdrs()
    {
        SimRepository sim = threeRecords();
        sim.deviceSdrsOnly = true;
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        verifyRecords(*result, sim);
        QCOMPARE(result->info.source, SdrSource::Device);
        QCOMPARE(result->info.lastAddition, sim.lastAddition);
        QCOMPARE(bmc.count(SensorEvent, 0x20), 1);
        QCOMPARE(bmc.count(SensorEvent, 0x22), 1);
        QCOMPARE(bmc.count(SensorEvent, 0x21), 3);
        QCOMPARE(bmc.count(Storage, 0x20) + bmc.count(Storage, 0x22) + bmc.count(Storage, 0x23), 0);
    }

    void emptyRepository()
    {
        SimRepository sim;
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(result.ok());
        QVERIFY(result->rawRecords.empty());
        QCOMPARE(bmc.count(Storage, 0x23), 0);
    }

    void transportErrorFails()
    {
        SimRepository sim = threeRecords();
        auto bmc = sim.responder();
        bmc.on(Storage, 0x23, [](const Request &) -> Result<Response> {
            return makeError(ErrorKind::Timeout, "no answer");
        });
        auto result = read(bmc);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Timeout);
    }

    void missingRecordFails()
    {
        SimRepository sim = threeRecords();
        sim.nextOverride[0x0002] = 0x0777; // points to a record that is not there (CBh)
        auto bmc = sim.responder();
        auto result = read(bmc);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().completionCode, 0xCB);
    }
};

QTEST_GUILESS_MAIN(TestSdrReader)
#include "tst_sdr_reader.moc"
