// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/fru/frucommands.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::fru;

namespace {

QString hexOf(const Request &request)
{
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

Response answer(std::uint8_t code, const std::string &hex)
{
    return Response{code, *fromHex(hex)};
}

} // namespace

class TestFruCommands final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("area info 0") << hexOf(getFruInventoryAreaInfoRequest(0)) << "0a10:00";
        QTest::newRow("area info 5") << hexOf(getFruInventoryAreaInfoRequest(5)) << "0a10:05";
        // Offset little-endian, then the count.
        QTest::newRow("read") << hexOf(readFruDataRequest(2, 0x0123, 0x20)) << "0a11:02230120";
        QTest::newRow("read at 0") << hexOf(readFruDataRequest(0, 0x0000, 8)) << "0a11:00000008";
        const Bytes payload{0xAA, 0xBB, 0xCC};
        QTest::newRow("write") << hexOf(writeFruDataRequest(1, 0x0210, payload)) << "0a12:011002aabbcc";
    }

    void requestsAreByteExact()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void areaInfo()
    {
        auto bytes = parseFruInventoryAreaInfo(answer(0, "000100"));
        QVERIFY(bytes);
        QCOMPARE(bytes->sizeBytes, std::uint16_t(256));
        QVERIFY(!bytes->wordAccess);
        auto words = parseFruInventoryAreaInfo(answer(0, "0008ff")); // only bit 0 counts
        QVERIFY(words);
        QCOMPARE(words->sizeBytes, std::uint16_t(0x800));
        QVERIFY(words->wordAccess);
    }

    void areaInfoErrors()
    {
        auto absent = parseFruInventoryAreaInfo(answer(0xCB, ""));
        QVERIFY(!absent);
        QCOMPARE(absent.error().kind, ErrorKind::CompletionCode);
        QCOMPARE(absent.error().completionCode, std::uint8_t(0xCB));
        QVERIFY(QString::fromStdString(absent.error().message).contains("no such FRU device"));
        auto shortAnswer = parseFruInventoryAreaInfo(answer(0, "0001"));
        QVERIFY(!shortAnswer);
        QCOMPARE(shortAnswer.error().kind, ErrorKind::MalformedResponse);
    }

    void readData()
    {
        auto data = parseReadFruData(answer(0, "03010203"));
        QVERIFY(data);
        QCOMPARE(data->count, std::uint8_t(3));
        QCOMPARE(data->data, (Bytes{1, 2, 3}));
        // A count that promises more than came is returned as is: the reader decides.
        auto shortData = parseReadFruData(answer(0, "0801"));
        QVERIFY(shortData);
        QCOMPARE(shortData->count, std::uint8_t(8));
        QCOMPARE(shortData->data.size(), std::size_t(1));
        QVERIFY(!parseReadFruData(answer(0, "")));
        auto busy = parseReadFruData(answer(0x81, ""));
        QVERIFY(!busy);
        QVERIFY(QString::fromStdString(busy.error().message).contains("busy"));
    }

    void writeData()
    {
        auto written = parseWriteFruData(answer(0, "03"));
        QVERIFY(written);
        QCOMPARE(*written, std::uint8_t(3));
        auto protectedDevice = parseWriteFruData(answer(0x80, ""));
        QVERIFY(!protectedDevice);
        QVERIFY(QString::fromStdString(protectedDevice.error().message).contains("write-protected"));
    }
};

QTEST_APPLESS_MAIN(TestFruCommands)
#include "tst_fru_commands.moc"
