// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandresponder.h"

#include "ipmi/cmd/netfn.h"
#include "ipmi/fru/frureader.h"

#include <QTest>

#include <algorithm>

using namespace ipmi;
using namespace ipmi::fru;
using ipmi::test::CommandResponder;

namespace {

constexpr std::uint8_t AreaInfo = 0x10;
constexpr std::uint8_t ReadData = 0x11;

// A FRU image with a header naming a board area at 8 of 16 bytes, padded with FFh
// (erased EEPROM) to `size`.
Bytes smallImage(std::size_t size)
{
    Bytes bytes = *fromHex("01000001000000fe" "0102000000000000c1000000000000" "3c");
    bytes.resize(size, 0xFF);
    return bytes;
}

Bytes patternImage(std::size_t size)
{
    // Whose header does not decode, so the reader takes the whole device.
    Bytes bytes(size);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<std::uint8_t>(i * 7 + 3);
    bytes[0] = 0xFF;
    return bytes;
}

// A BMC holding `image` for device 0. maxBytes limits what it returns per read (fewer
// bytes than asked, as the spec allows); refuseAbove answers longer reads with `code`.
struct FakeFru
{
    explicit FakeFru(Bytes bytes) : image(std::move(bytes)) {}

    Bytes image;
    bool words = false;
    std::size_t maxBytes = 255;
    std::size_t refuseAbove = 255;
    std::uint8_t refuseCode = 0xCA;
    std::vector<std::size_t> asked; // bytes asked per read

    void install(CommandResponder &bmc)
    {
        bmc.on(netfn::Storage, AreaInfo, [this](const Request &request) -> Result<Response> {
            if (request.data != Bytes{0x00})
                return Response{0xCB, {}};
            const auto size = static_cast<std::uint16_t>(image.size());
            return Response{0, Bytes{std::uint8_t(size & 0xFF), std::uint8_t(size >> 8), std::uint8_t(words)}};
        });
        bmc.on(netfn::Storage, ReadData, [this](const Request &request) -> Result<Response> {
            const std::size_t unit = words ? 2 : 1;
            const std::size_t offset = (request.data[1] | (request.data[2] << 8)) * unit;
            const std::size_t count = request.data[3] * unit;
            asked.push_back(count);
            if (count > refuseAbove)
                return Response{refuseCode, {}};
            if (offset >= image.size())
                return Response{0xC9, {}};
            const std::size_t n = std::min({count, maxBytes, image.size() - offset});
            Bytes data{std::uint8_t(n / unit)};
            data.insert(data.end(), image.begin() + std::ptrdiff_t(offset), image.begin() + std::ptrdiff_t(offset + n));
            return Response{0, data};
        });
    }
};

Result<Bytes> readWith(FakeFru &device, FruReader::Options options = {}, std::uint8_t id = 0)
{
    CommandResponder bmc;
    device.install(bmc);
    FruReader reader(id, options);
    return test::runOperation<Bytes>(reader, std::ref(bmc), 10000);
}

FruReader::Options wholeDevice()
{
    FruReader::Options options;
    options.stopAfterAreas = false;
    return options;
}

} // namespace

class TestFruReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsInChunksOf32()
    {
        FakeFru device{patternImage(100)};
        auto bytes = readWith(device);
        QVERIFY2(bytes, bytes ? "" : bytes.error().message.c_str());
        QCOMPARE(*bytes, device.image);
        QCOMPARE(device.asked, (std::vector<std::size_t>{32, 32, 32, 4}));
    }

    void stopsAfterTheAreasNamedInTheHeader()
    {
        FakeFru device{smallImage(2048)};
        auto bytes = readWith(device);
        QVERIFY(bytes);
        QCOMPARE(*bytes, Bytes(device.image.begin(), device.image.begin() + 24));
        QCOMPARE(device.asked, (std::vector<std::size_t>{32}));

        FakeFru whole{smallImage(300)};
        auto all = readWith(whole, wholeDevice());
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(300));
    }

    void backsOffOnLengthComplaints_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("C7h") << 0xC7;
        QTest::newRow("C8h") << 0xC8;
        QTest::newRow("CAh") << 0xCA;
        QTest::newRow("FFh") << 0xFF;
    }

    void backsOffOnLengthComplaints()
    {
        QFETCH(int, code);
        FakeFru device{patternImage(40)};
        device.refuseAbove = 10;
        device.refuseCode = std::uint8_t(code);
        auto bytes = readWith(device, wholeDevice());
        QVERIFY(bytes);
        QCOMPARE(*bytes, device.image);
        // 32 and 16 refused, then 8 at a time; the chunk stays small once it worked.
        QCOMPARE(device.asked, (std::vector<std::size_t>{32, 16, 8, 8, 8, 8, 8}));
    }

    void givesUpAtTheSmallestChunk()
    {
        FakeFru device{patternImage(40)};
        device.refuseAbove = 4;
        auto bytes = readWith(device, wholeDevice());
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().kind, ErrorKind::MalformedResponse);
        QVERIFY(QString::fromStdString(bytes.error().message).contains("smallest chunk"));
        QCOMPARE(device.asked, (std::vector<std::size_t>{32, 16, 8}));
    }

    void advancesByTheCountReturned()
    {
        FakeFru device{patternImage(50)};
        device.maxBytes = 20;
        auto bytes = readWith(device, wholeDevice());
        QVERIFY(bytes);
        QCOMPARE(*bytes, device.image);
        QCOMPARE(device.asked, (std::vector<std::size_t>{32, 30, 10}));
    }

    void truncatedResponseShrinksTheChunk()
    {
        // The count says 32 but only 16 bytes follow: a response cut by the BMC's buffer.
        CommandResponder bmc;
        const Bytes image = patternImage(64);
        std::vector<std::size_t> asked;
        bmc.on(netfn::Storage, AreaInfo, [](const Request &) { return Result<Response>(Response{0, {64, 0, 0}}); });
        bmc.on(netfn::Storage, ReadData, [&](const Request &request) {
            const std::size_t offset = request.data[1];
            const std::size_t count = request.data[3];
            asked.push_back(count);
            Bytes data{std::uint8_t(count)};
            data.insert(data.end(), image.begin() + std::ptrdiff_t(offset),
                        image.begin() + std::ptrdiff_t(offset + std::min<std::size_t>(count, 16)));
            return Result<Response>(Response{0, data});
        });
        FruReader reader(0, wholeDevice());
        auto bytes = test::runOperation<Bytes>(reader, std::ref(bmc));
        QVERIFY(bytes);
        QCOMPARE(*bytes, image);
        QCOMPARE(asked, (std::vector<std::size_t>{32, 16, 16, 16, 16}));
    }

    void zeroCountIsAnError()
    {
        CommandResponder bmc;
        bmc.on(netfn::Storage, AreaInfo, [](const Request &) { return Result<Response>(Response{0, {64, 0, 0}}); });
        bmc.on(netfn::Storage, ReadData, [](const Request &) { return Result<Response>(Response{0, {0x00}}); });
        FruReader reader(0);
        auto bytes = test::runOperation<Bytes>(reader, std::ref(bmc), 100);
        QVERIFY(!bytes);
        QVERIFY(QString::fromStdString(bytes.error().message).contains("returned no data"));
        QCOMPARE(bmc.count(netfn::Storage, ReadData), 1);
    }

    void wordAccessDevice()
    {
        FakeFru device{patternImage(70)};
        device.words = true;
        auto bytes = readWith(device, wholeDevice());
        QVERIFY(bytes);
        QCOMPARE(*bytes, device.image);
        QCOMPARE(device.asked, (std::vector<std::size_t>{32, 32, 6}));

        CommandResponder bmc;
        device.install(bmc);
        FruReader reader(0, wholeDevice());
        (void)test::runOperation<Bytes>(reader, std::ref(bmc));
        // Offsets and counts on the wire are in words: the second read starts at word 16.
        const Request &second = bmc.log().at(2);
        QCOMPARE(second.data, (Bytes{0x00, 16, 0, 16}));
        QVERIFY(reader.areaInfo().wordAccess);
    }

    void absentDevice()
    {
        FakeFru device{patternImage(16)};
        auto bytes = readWith(device, {}, 7);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().completionCode, std::uint8_t(0xCB));
        QVERIFY(QString::fromStdString(bytes.error().message).contains("FRU device 7"));
        QVERIFY(device.asked.empty());
    }

    void emptyArea()
    {
        FakeFru device{Bytes{}};
        auto bytes = readWith(device);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().kind, ErrorKind::Unsupported);
        QVERIFY(device.asked.empty());
    }

    void busyIsRetriedThenReported()
    {
        CommandResponder bmc;
        int reads = 0;
        bmc.on(netfn::Storage, AreaInfo, [](const Request &) { return Result<Response>(Response{0, {8, 0, 0}}); });
        bmc.on(netfn::Storage, ReadData, [&](const Request &) {
            ++reads;
            if (reads < 3)
                return Result<Response>(Response{0x81, {}});
            return Result<Response>(Response{0, {8, 1, 0, 0, 0, 0, 0, 0, 0xFF}});
        });
        FruReader reader(0);
        auto bytes = test::runOperation<Bytes>(reader, std::ref(bmc));
        QVERIFY(bytes);
        QCOMPARE(reads, 3);

        CommandResponder alwaysBusy;
        alwaysBusy.on(netfn::Storage, AreaInfo, [](const Request &) { return Result<Response>(Response{0x81, {}}); });
        FruReader busy(0);
        auto failed = test::runOperation<Bytes>(busy, std::ref(alwaysBusy));
        QVERIFY(!failed);
        QVERIFY(QString::fromStdString(failed.error().message).contains("busy"));
        QCOMPARE(alwaysBusy.count(netfn::Storage, AreaInfo), 6);
    }

    void transportErrorEndsTheRead()
    {
        CommandResponder bmc;
        bmc.on(netfn::Storage, AreaInfo, [](const Request &) { return Result<Response>(Response{0, {64, 0, 0}}); });
        bmc.on(netfn::Storage, ReadData,
               [](const Request &) { return Result<Response>(makeError(ErrorKind::Timeout, "no answer")); });
        FruReader reader(0);
        auto bytes = test::runOperation<Bytes>(reader, std::ref(bmc));
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().kind, ErrorKind::Timeout);
    }

    void progressCountsBytes()
    {
        FakeFru device{patternImage(64)};
        CommandResponder bmc;
        device.install(bmc);
        FruReader reader(0, wholeDevice());
        QCOMPARE(reader.progress().total, std::size_t(0));
        std::vector<std::size_t> done;
        while (auto request = reader.nextRequest()) {
            reader.onResponse(bmc(*request));
            done.push_back(reader.progress().done);
            QCOMPARE(reader.progress().total, std::size_t(64));
        }
        QCOMPARE(done, (std::vector<std::size_t>{0, 32, 64}));
        QVERIFY(reader.takeResult());
    }
};

QTEST_APPLESS_MAIN(TestFruReader)
#include "tst_fru_reader.moc"
