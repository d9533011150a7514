// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <QTest>

using namespace ipmi;

class TestBytes final : public QObject
{
    Q_OBJECT

private slots:
    void writerIsLittleEndian()
    {
        ByteWriter w;
        w.u8(0x01).u16le(0x0302).u32le(0x07060504).u16be(0x0809);
        QCOMPARE(toHex(w.take()), std::string("010203040506070809"));
    }

    void readerFlagsShortInput()
    {
        const Bytes data{0x01, 0x02, 0x03};
        ByteReader r(data);
        QCOMPARE(r.u16le(), std::uint16_t(0x0201));
        QVERIFY(r.ok());
        QCOMPARE(r.u16le(), std::uint16_t(0));
        QVERIFY(!r.ok());
        QCOMPARE(r.remaining(), std::size_t(0));
        QVERIFY(r.bytes(1).empty());
    }

    void readerRestAndSkip()
    {
        const Bytes data{0xaa, 0xbb, 0xcc, 0xdd};
        ByteReader r(data);
        r.skip(1);
        QCOMPARE(r.u8(), std::uint8_t(0xbb));
        const ByteView rest = r.rest();
        QCOMPARE(rest.size(), std::size_t(2));
        QCOMPARE(rest[1], std::uint8_t(0xdd));
        QVERIFY(r.atEnd());
        QVERIFY(r.ok());
    }

    void hexRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "00ff10" << "00ff10" << true;
        QTest::newRow("spaced") << "00 FF 10" << "00ff10" << true;
        QTest::newRow("prefixed") << "0x00 0xff 0x10" << "00ff10" << true;
        QTest::newRow("colons") << "de:ad:be:ef" << "deadbeef" << true;
        QTest::newRow("odd") << "abc" << "" << false;
        QTest::newRow("split nibble") << "a bc" << "" << false;
        QTest::newRow("not hex") << "zz" << "" << false;
        QTest::newRow("empty") << "" << "" << true;
    }

    void hexRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(bool, valid);
        const auto parsed = fromHex(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(toHex(*parsed)), canonical);
    }

    void completionCodesReadAsSentences()
    {
        const Error e = completionCodeError("Get Device ID", 0xc0);
        QCOMPARE(e.kind, ErrorKind::CompletionCode);
        QCOMPARE(e.completionCode, std::uint8_t(0xc0));
        QCOMPARE(QString::fromStdString(e.message), QString("Get Device ID failed: node busy (C0h)"));
        QCOMPARE(QString::fromStdString(completionCodeText(0x85)),
                 QString("command-specific completion code"));
    }

    void resultHoldsValueOrError()
    {
        Result<int> good(5);
        QVERIFY(good.ok());
        QCOMPARE(*good, 5);
        Result<int> bad(makeError(ErrorKind::Timeout, "no answer"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::Timeout);
        Result<void> done;
        QVERIFY(done.ok());
    }
};

QTEST_GUILESS_MAIN(TestBytes)
#include "tst_bytes.moc"
