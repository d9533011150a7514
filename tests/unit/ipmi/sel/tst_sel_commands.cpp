// SPDX-License-Identifier: GPL-3.0-or-later
// Byte vectors computed by hand from IPMI 2.0 sections 29.3, 31 and 32.
#include "ipmi/sel/selcommands.h"
#include "ipmi/sel/selrecord.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sel;

namespace {

Response ok(const std::string &hex)
{
    return Response{0x00, *fromHex(hex)};
}

QString hexOf(const Request &request)
{
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

// Record 0005h: temperature sensor 30h, upper critical going high (offset 9), asserted,
// trigger reading 5Ch and threshold 5Ah in data 2/3, at 1600000000 (5F5E1000h), from
// the BMC (IPMB 20h, channel 0, LUN 0).
const char *const ThresholdRecord = "05 00 02 00 10 5e 5f 20 00 04 01 30 01 59 5c 5a";

} // namespace

class TestSelCommands final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        PlatformEvent event;
        event.sensorType = 0x01;
        event.sensorNumber = 0x30;
        event.eventReadingType = 0x01;
        event.eventData = {0x59, 0x5c, 0x5a};
        PlatformEvent deassert = event;
        deassert.deassertion = true;
        std::array<std::uint8_t, 16> record{};
        const Bytes recordBytes = *fromHex(ThresholdRecord);
        std::copy(recordBytes.begin(), recordBytes.end(), record.begin());

        QTest::newRow("info") << hexOf(getSelInfoRequest()) << "0a40:";
        QTest::newRow("reserve") << hexOf(reserveSelRequest()) << "0a42:";
        QTest::newRow("get first whole") << hexOf(getSelEntryRequest(0, FirstRecordId)) << "0a43:0000000000ff";
        QTest::newRow("get partial") << hexOf(getSelEntryRequest(0x1234, 0x0005, 0x03, 0x10)) << "0a43:341205000310";
        QTest::newRow("add") << hexOf(addSelEntryRequest(record)) << "0a44:0500020010" "5e5f2000040130" "01595c5a";
        QTest::newRow("delete") << hexOf(deleteSelEntryRequest(0x1234, 0x0105)) << "0a46:34120501";
        QTest::newRow("clear initiate") << hexOf(clearSelRequest(0x1234, ClearAction::Initiate)) << "0a47:3412434c52aa";
        QTest::newRow("clear status") << hexOf(clearSelRequest(0x1234, ClearAction::GetStatus)) << "0a47:3412434c5200";
        QTest::newRow("time") << hexOf(getSelTimeRequest()) << "0a48:";
        QTest::newRow("event over lan") << hexOf(platformEventRequest(event)) << "0402:04013001595c5a";
        QTest::newRow("event deassert") << hexOf(platformEventRequest(deassert)) << "0402:04013081595c5a";
        QTest::newRow("event system interface") << hexOf(platformEventRequest(event, 0x41))
                                                << "0402:4104013001595c5a";
    }

    void requestsAreByteExact()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void selInfo()
    {
        // Version 51h, 120 entries, 1024 free bytes, last add 76543210h, never erased,
        // operations 8Ah: overflow, delete and reserve supported.
        const auto info = parseSelInfo(ok("51 7800 0004 10325476 ffffffff 8a"));
        QVERIFY(info);
        QCOMPARE(info->version, std::uint8_t(0x51));
        QCOMPARE(info->versionMajor(), std::uint8_t(1));
        QCOMPARE(info->versionMinor(), std::uint8_t(5));
        QCOMPARE(info->entries, std::uint16_t(120));
        QCOMPARE(info->freeBytes, std::uint16_t(1024));
        QCOMPARE(info->lastAddTimestamp, 0x76543210u);
        QCOMPARE(info->lastEraseTimestamp, 0xffffffffu);
        QVERIFY(info->overflow());
        QVERIFY(info->deleteSupported());
        QVERIFY(!info->partialAddSupported());
        QVERIFY(info->reserveSupported());
        QVERIFY(!info->allocationInfoSupported());

        const auto noOverflow = parseSelInfo(ok("51 0000 0004 00000000 00000000 02"));
        QVERIFY(noOverflow);
        QVERIFY(!noOverflow->overflow());

        const auto shortInfo = parseSelInfo(ok("51 7800 0004 10325476 ffffffff"));
        QVERIFY(!shortInfo);
        QCOMPARE(shortInfo.error().kind, ErrorKind::MalformedResponse);
    }

    void simpleAnswers()
    {
        QCOMPARE(parseReserveSel(ok("3412")).value(), std::uint16_t(0x1234));
        QCOMPARE(parseAddSelEntry(ok("0900")).value(), std::uint16_t(9));
        QCOMPARE(parseDeleteSelEntry(ok("0501")).value(), std::uint16_t(0x0105));
        QCOMPARE(parseSelTime(ok("78563412")).value(), 0x12345678u);
        QCOMPARE(parseClearSel(ok("00")).value(), EraseProgress::InProgress);
        QCOMPARE(parseClearSel(ok("01")).value(), EraseProgress::Completed);
        QCOMPARE(parseClearSel(ok("f1")).value(), EraseProgress::Completed); // bits 7:4 reserved
        QVERIFY(parsePlatformEvent(ok("")));
        QVERIFY(!parseReserveSel(ok("34")));
        QVERIFY(!parseClearSel(ok("")));
        QVERIFY(!parseSelTime(ok("785634")));
    }

    void selEntry()
    {
        const auto data = parseSelEntry(ok(std::string("0600 ") + ThresholdRecord));
        QVERIFY(data);
        QCOMPARE(data->nextRecordId, std::uint16_t(6));
        QCOMPARE(data->record.size(), std::size_t(16));
        QCOMPARE(toHex(data->record), toHex(*fromHex(ThresholdRecord)));

        const auto last = parseSelEntry(ok(std::string("ffff ") + ThresholdRecord));
        QCOMPARE(last->nextRecordId, LastRecordId);
        QVERIFY(!parseSelEntry(ok("06")));
    }

    void completionCodesReadAsSentences()
    {
        const auto cancelled = parseSelEntry(Response{0xC5, {}});
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::CompletionCode);
        QCOMPARE(cancelled.error().completionCode, std::uint8_t(0xC5));
        QVERIFY(QString::fromStdString(cancelled.error().message).contains("reservation was cancelled"));

        const auto erasing = parseSelInfo(Response{0x81, {}});
        QCOMPARE(erasing.error().completionCode, std::uint8_t(0x81));
        QVERIFY(QString::fromStdString(erasing.error().message).contains("erasing"));

        const auto missing = parseDeleteSelEntry(Response{0xCB, {}});
        QVERIFY(QString::fromStdString(missing.error().message).contains("no such SEL record"));

        const auto generic = parseSelTime(Response{0xC1, {}});
        QCOMPARE(generic.error().completionCode, std::uint8_t(0xC1));
    }
};

QTEST_APPLESS_MAIN(TestSelCommands)
#include "tst_sel_commands.moc"
