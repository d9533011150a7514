// SPDX-License-Identifier: GPL-3.0-or-later
// SDR repository commands (IPMI 2.0 sections 33.9-33.12, 35.2-35.4), byte for byte.
#include "ipmi/sdr/repository.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sdr;

namespace {

Response ok(const char *hex)
{
    return Response{0x00, *fromHex(hex)};
}

QString hexOf(const Request &request)
{
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

} // namespace

class TestSdrRepository final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("repository info") << hexOf(getSdrRepositoryInfoRequest()) << "0a20:";
        QTest::newRow("reserve") << hexOf(reserveSdrRepositoryRequest()) << "0a22:";
        // Reservation 1234h, record 0102h, offset 5, 16 bytes: all little-endian.
        QTest::newRow("get sdr partial") << hexOf(getSdrRequest({0x1234, 0x0102, 5, 16})) << "0a23:3412020105" "10";
        QTest::newRow("get sdr whole") << hexOf(getSdrRequest({0, 0, 0, 0xFF})) << "0a23:00000000" "00ff";
        QTest::newRow("device info") << hexOf(getDeviceSdrInfoRequest()) << "0420:01";
        QTest::newRow("device reserve") << hexOf(reserveDeviceSdrRepositoryRequest()) << "0422:";
        QTest::newRow("device get sdr") << hexOf(getDeviceSdrRequest({0xBEEF, 0x0007, 0, 0xFF})) << "0421:efbe070000ff";
        QTest::newRow("dispatch repository") << hexOf(reserveRequest(SdrSource::Repository)) << "0a22:";
        QTest::newRow("dispatch device") << hexOf(getRecordRequest(SdrSource::Device, {1, 2, 3, 4})) << "0421:0100020003" "04";
    }

    void requestsAreByteExact()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void repositoryInfo()
    {
        // Version 51h, 0123h records, 0800h bytes free, added 5F5E1000h, erased
        // 00000000h, support A6h: overflow, modal and non-modal (01b) ... = 1 01 0 0 1 1 0.
        const auto info = parseSdrRepositoryInfo(ok("51 23 01 00 08 00 10 5e 5f 00 00 00 00 a6"));
        QVERIFY(info.ok());
        QCOMPARE(info->source, SdrSource::Repository);
        QCOMPARE(info->version, 0x51);
        QCOMPARE(info->recordCount, 0x0123);
        QCOMPARE(info->freeSpace, 0x0800);
        QCOMPARE(info->lastAddition, 0x5F5E1000u);
        QCOMPARE(info->lastErase, 0u);
        QVERIFY(info->overflow);
        QCOMPARE(info->updateMode, 1);
        QVERIFY(!info->supportsDelete);
        QVERIFY(info->supportsPartialAdd);
        QVERIFY(info->supportsReserve);
        QVERIFY(!info->supportsAllocationInfo);
    }

    void repositoryInfoOtherBits()
    {
        const auto info = parseSdrRepositoryInfo(ok("51 00 00 ff ff ff ff ff ff 01 02 03 04 69"));
        QVERIFY(info.ok());
        QCOMPARE(info->recordCount, 0);
        QCOMPARE(info->freeSpace, 0xFFFF);
        QCOMPARE(info->lastAddition, 0xFFFFFFFFu);
        QCOMPARE(info->lastErase, 0x04030201u);
        QVERIFY(!info->overflow);
        QCOMPARE(info->updateMode, 3);
        QVERIFY(info->supportsDelete);
        QVERIFY(!info->supportsPartialAdd);
        QVERIFY(!info->supportsReserve);
        QVERIFY(info->supportsAllocationInfo);
    }

    void repositoryInfoShort()
    {
        const auto info = parseSdrRepositoryInfo(ok("51 23 01 00 08 00 10 5e 5f 00 00 00 00"));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::MalformedResponse);
        QVERIFY(QString::fromStdString(info.error().message).contains("Get SDR Repository Info"));
    }

    void repositoryInfoCompletionCode()
    {
        const auto info = parseSdrRepositoryInfo(Response{0xC1, {}});
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::CompletionCode);
        QCOMPARE(info.error().completionCode, 0xC1);
    }

    void reserve()
    {
        const auto id = parseReserveSdrRepository(ok("34 12"));
        QVERIFY(id.ok());
        QCOMPARE(*id, 0x1234);
        QVERIFY(!parseReserveSdrRepository(ok("34")).ok());
        const auto device = parseReserveDeviceSdrRepository(ok("01 00"));
        QVERIFY(device.ok());
        QCOMPARE(*device, 1);
        QVERIFY(QString::fromStdString(parseReserveDeviceSdrRepository(ok("")).error().message)
                    .contains("Reserve Device SDR Repository"));
    }

    void getSdr()
    {
        const auto chunk = parseGetSdr(ok("05 00 42 00 51 01 32"));
        QVERIFY(chunk.ok());
        QCOMPARE(chunk->nextRecordId, 0x0005);
        QCOMPARE(chunk->data, (Bytes{0x42, 0x00, 0x51, 0x01, 0x32}));
        const auto last = parseGetSdr(ok("ff ff"));
        QVERIFY(last.ok());
        QCOMPARE(last->nextRecordId, LastRecordId);
        QVERIFY(last->data.empty());
    }

    void getSdrErrors()
    {
        QVERIFY(!parseGetSdr(ok("ff")).ok());
        const auto cancelled = parseGetSdr(Response{0xC5, {}});
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().completionCode, 0xC5);
        const auto device = parseGetDeviceSdr(Response{0xCA, {}});
        QVERIFY(!device.ok());
        QCOMPARE(device.error().completionCode, 0xCA);
        QVERIFY(QString::fromStdString(device.error().message).contains("Get Device SDR"));
    }

    void deviceInfoStatic()
    {
        // 7 SDRs, static population, sensors on LUNs 0 and 1.
        const auto info = parseDeviceSdrInfo(ok("07 03"));
        QVERIFY(info.ok());
        QCOMPARE(info->source, SdrSource::Device);
        QCOMPARE(info->recordCount, 7);
        QVERIFY(!info->dynamicPopulation);
        QCOMPARE(info->deviceLunMask, 0x03);
        QCOMPARE(info->lastAddition, 0u);
    }

    void deviceInfoDynamic()
    {
        const auto info = parseDeviceSdrInfo(ok("0c 81 78 56 34 12"));
        QVERIFY(info.ok());
        QCOMPARE(info->recordCount, 12);
        QVERIFY(info->dynamicPopulation);
        QCOMPARE(info->deviceLunMask, 0x01);
        QCOMPARE(info->lastAddition, 0x12345678u);
        // A dynamic population without its change indicator is malformed.
        QVERIFY(!parseDeviceSdrInfo(ok("0c 81 78 56")).ok());
        QVERIFY(!parseDeviceSdrInfo(ok("0c")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSdrRepository)
#include "tst_sdr_repository.moc"
