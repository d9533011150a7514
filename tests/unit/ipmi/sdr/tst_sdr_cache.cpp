// SPDX-License-Identifier: GPL-3.0-or-later
// The SDR cache codec: a round trip, and every single-byte change or truncation of an
// encoded cache is rejected.
#include "ipmi/sdr/sdrcache.h"
#include "ipmi/crypto/hash.h"
#include "sdr/sdrsamples.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sdr;

using namespace sdrsamples;

namespace {

SdrRepository sample()
{
    SdrRepository repository;
    repository.identity.guid = std::array<std::uint8_t, 16>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    repository.identity.deviceId = 0x20;
    repository.identity.deviceRevision = 1;
    repository.identity.manufacturerId = 0x0ABCDE;
    repository.identity.productId = 0x1234;
    repository.info.version = 0x51;
    repository.info.recordCount = 2;
    repository.info.freeSpace = 0x0800;
    repository.info.lastAddition = 0x60708090;
    repository.info.lastErase = 0x10203040;
    repository.info.overflow = true;
    repository.info.updateMode = 2;
    repository.info.supportsReserve = true;
    repository.rawRecords = {hex(fullHex), hex(compactHex)};
    for (const Bytes &raw : repository.rawRecords)
        repository.records.push_back(decodeRecord(raw).value());
    return repository;
}

} // namespace

class TestSdrCache final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const SdrRepository repository = sample();
        const Bytes encoded = encodeSdrCache(repository);
        // Magic, then version 2 little-endian.
        QCOMPARE(QString::fromStdString(toHex(ByteView(encoded).first(10))),
                 QStringLiteral("4250534452430d0a0200"));
        const auto decoded = decodeSdrCache(encoded);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QVERIFY(decoded->identity == repository.identity);
        QCOMPARE(decoded->info.recordCount, 2);
        QCOMPARE(decoded->info.freeSpace, 0x0800);
        QCOMPARE(decoded->info.lastAddition, 0x60708090u);
        QCOMPARE(decoded->info.lastErase, 0x10203040u);
        QVERIFY(decoded->info.overflow);
        QCOMPARE(decoded->info.updateMode, 2);
        QVERIFY(decoded->info.supportsReserve);
        QVERIFY(!decoded->info.supportsDelete);
        QCOMPARE(decoded->rawRecords, repository.rawRecords);
        QCOMPARE(decoded->records.size(), 2u);
        QCOMPARE(headerOf(decoded->records[0]).recordId, 0x0042);
        QCOMPARE(headerOf(decoded->records[1]).recordId, 0x0007);
        QVERIFY(decoded->matches(repository.identity, repository.info));
        // Encoding is deterministic: the same repository gives the same bytes.
        QCOMPARE(encodeSdrCache(repository), encoded);
    }

    void roundTripWithoutGuidAndDevice()
    {
        SdrRepository repository = sample();
        repository.identity.guid.reset();
        repository.info.source = SdrSource::Device;
        repository.info.dynamicPopulation = true;
        repository.info.deviceLunMask = 0x05;
        repository.rawRecords.clear();
        repository.records.clear();
        const auto decoded = decodeSdrCache(encodeSdrCache(repository));
        QVERIFY(decoded.ok());
        QVERIFY(!decoded->identity.guid);
        QCOMPARE(decoded->info.source, SdrSource::Device);
        QVERIFY(decoded->info.dynamicPopulation);
        QCOMPARE(decoded->info.deviceLunMask, 0x05);
        QVERIFY(decoded->rawRecords.empty());
    }

    void everySingleByteChangeIsRejected()
    {
        const Bytes encoded = encodeSdrCache(sample());
        for (std::size_t i = 0; i < encoded.size(); ++i) {
            for (const std::uint8_t flip : {std::uint8_t(0x01), std::uint8_t(0x80), std::uint8_t(0xFF)}) {
                Bytes changed = encoded;
                changed[i] ^= flip;
                const auto decoded = decodeSdrCache(changed);
                if (decoded.ok())
                    QFAIL(qPrintable(QStringLiteral("byte %1 ^ %2 accepted").arg(i).arg(flip)));
                QVERIFY(!decoded.error().message.empty());
            }
        }
    }

    void everyTruncationIsRejected()
    {
        const Bytes encoded = encodeSdrCache(sample());
        for (std::size_t length = 0; length < encoded.size(); ++length) {
            const auto decoded = decodeSdrCache(ByteView(encoded).first(length));
            if (decoded.ok())
                QFAIL(qPrintable(QStringLiteral("truncation to %1 bytes accepted").arg(length)));
        }
        Bytes longer = encoded;
        longer.push_back(0);
        QVERIFY(!decodeSdrCache(longer).ok());
    }

    void wrongVersionIsNamed()
    {
        Bytes encoded = encodeSdrCache(sample());
        encoded[8] = 1;
        // Re-seal so that only the version is wrong.
        encoded.resize(encoded.size() - 32);
        const Bytes sum = digest(HashAlgorithm::Sha256, {ByteView(encoded)});
        encoded.insert(encoded.end(), sum.begin(), sum.end());
        const auto decoded = decodeSdrCache(encoded);
        QVERIFY(!decoded.ok());
        QVERIFY(QString::fromStdString(decoded.error().message).contains("version 1"));
    }

    // What the reader kept raw stays raw, and the read's warnings come back with the copy.
    void undecodableRecordsAndWarningsAreKept()
    {
        SdrRepository repository = sample();
        repository.rawRecords.push_back(hex("05 00 51 08 03 17 01 80")); // association too short
        repository.warnings = {"SDR record 0005h (entity association) is too short.",
                               "SDR record 0042h (full sensor) has an ID string \"\xC3\xA9\"."};
        const auto decoded = decodeSdrCache(encodeSdrCache(repository));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QCOMPARE(decoded->rawRecords.size(), std::size_t(3));
        QCOMPARE(decoded->records.size(), std::size_t(2));
        QCOMPARE(decoded->warnings, repository.warnings);
    }

    void notACacheFile()
    {
        const auto decoded = decodeSdrCache(asBytes("hello, world"));
        QVERIFY(!decoded.ok());
        QVERIFY(QString::fromStdString(decoded.error().message).contains("not a BMC Pilot SDR cache"));
    }
};

QTEST_GUILESS_MAIN(TestSdrCache)
#include "tst_sdr_cache.moc"
