// SPDX-License-Identifier: GPL-3.0-or-later
// SEL records (IPMI 2.0 section 32), bytes written out by hand.
#include "ipmi/sel/selrecord.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sel;

namespace {

SelEntry decode(const char *hex)
{
    auto entry = decodeEntry(*fromHex(hex));
    if (!entry)
        qFatal("%s", entry.error().message.c_str());
    return entry.value();
}

} // namespace

class TestSelRecord final : public QObject
{
    Q_OBJECT

private slots:
    void thresholdSystemEvent()
    {
        // 0005h, type 02h, 1600000000 s, generator 0020h, EvM 04h, temperature (01h)
        // sensor 30h, threshold assertion, data 59h 5Ch 5Ah.
        const SelEntry entry = decode("05 00 02 00 10 5e 5f 20 00 04 01 30 01 59 5c 5a");
        QCOMPARE(entry.recordId, std::uint16_t(5));
        QCOMPARE(entry.recordType, std::uint8_t(0x02));
        const auto *event = std::get_if<SystemEvent>(&entry.body);
        QVERIFY(event);
        QCOMPARE(event->timestamp.raw, 1600000000u);
        QVERIFY(event->timestamp.absolute());
        QCOMPARE(entry.timestamp().raw, 1600000000u);
        QCOMPARE(event->generator.raw, std::uint16_t(0x0020));
        QCOMPARE(event->generator.id, std::uint8_t(0x20));
        QVERIFY(!event->generator.softwareId);
        QCOMPARE(event->generator.channel, std::uint8_t(0));
        QCOMPARE(event->generator.lun, std::uint8_t(0));
        QCOMPARE(event->evmRev, std::uint8_t(4));
        QCOMPARE(event->sensorType, std::uint8_t(0x01));
        QCOMPARE(event->sensorNumber, std::uint8_t(0x30));
        QVERIFY(!event->deassertion);
        QCOMPARE(event->eventReadingType, std::uint8_t(0x01));
        QVERIFY(event->threshold());
        QCOMPARE(event->offset(), std::uint8_t(9));
        QCOMPARE(event->data2Use(), std::uint8_t(1));
        QCOMPARE(event->data3Use(), std::uint8_t(1));
        QCOMPARE(event->eventData[1], std::uint8_t(0x5c));
        QCOMPARE(event->eventData[2], std::uint8_t(0x5a));
    }

    void softwareGeneratorDeassertion()
    {
        // Generator byte 41h = software ID 20h, bit 0 set; 12h = channel 1, LUN 2.
        // Event byte EFh = deassertion of sensor-specific (6Fh) offset 1 with no data.
        const SelEntry entry = decode("0a 00 02 ff ff ff ff 41 12 04 05 07 ef 01 ff ff");
        const auto &event = std::get<SystemEvent>(entry.body);
        QVERIFY(event.timestamp.unspecified());
        QVERIFY(!event.timestamp.preInit());
        QCOMPARE(event.generator.raw, std::uint16_t(0x1241));
        QVERIFY(event.generator.softwareId);
        QCOMPARE(event.generator.id, std::uint8_t(0x40));
        QCOMPARE(event.generator.software(), std::uint8_t(0x20));
        QCOMPARE(event.generator.channel, std::uint8_t(1));
        QCOMPARE(event.generator.lun, std::uint8_t(2));
        QVERIFY(event.deassertion);
        QCOMPARE(event.eventReadingType, std::uint8_t(0x6f));
        QVERIFY(!event.threshold());
        QCOMPARE(event.offset(), std::uint8_t(1));
        QCOMPARE(event.data2Use(), std::uint8_t(0));
    }

    void oemTimestamped()
    {
        // C1h: pre-init time 16 s, manufacturer 7244 (001C4Ch), data 01..06.
        const SelEntry entry = decode("07 00 c1 10 00 00 00 4c 1c 00 01 02 03 04 05 06");
        const auto *oem = std::get_if<OemTimestamped>(&entry.body);
        QVERIFY(oem);
        QCOMPARE(oem->timestamp.raw, 16u);
        QVERIFY(oem->timestamp.preInit());
        QCOMPARE(oem->manufacturerId, 7244u);
        QCOMPARE(oem->data[0], std::uint8_t(1));
        QCOMPARE(oem->data[5], std::uint8_t(6));
        QCOMPARE(entry.timestamp().raw, 16u);
    }

    void oemNonTimestampedAndUnknown()
    {
        const SelEntry oem = decode("08 00 e5 00 01 02 03 04 05 06 07 08 09 0a 0b 0c");
        const auto *plain = std::get_if<OemNonTimestamped>(&oem.body);
        QVERIFY(plain);
        QCOMPARE(plain->data[0], std::uint8_t(0));
        QCOMPARE(plain->data[12], std::uint8_t(0x0c));
        QVERIFY(oem.timestamp().unspecified());

        const SelEntry unknown = decode("09 00 10 0d 01 02 03 04 05 06 07 08 09 0a 0b 0c");
        const auto *other = std::get_if<UnknownRecord>(&unknown.body);
        QVERIFY(other);
        QCOMPARE(other->data[0], std::uint8_t(0x0d));
        QCOMPARE(unknown.raw[2], std::uint8_t(0x10));
    }

    void timestampRanges()
    {
        QVERIFY(Timestamp{0}.preInit());
        QVERIFY(Timestamp{0x20000000}.preInit());
        QVERIFY(!Timestamp{0x20000000}.absolute());
        QVERIFY(Timestamp{0x20000001}.absolute());
        QVERIFY(Timestamp{0xfffffffe}.absolute());
        QVERIFY(Timestamp{0xffffffff}.unspecified());
        QVERIFY(!Timestamp{0xffffffff}.absolute());
    }

    void shortRecordIsAnError()
    {
        const auto entry = decodeEntry(*fromHex("05 00 02 00 10 5e 5f 20 00 04 01 30 01 59 5c"));
        QVERIFY(!entry);
        QCOMPARE(entry.error().kind, ErrorKind::MalformedResponse);
        QVERIFY(!decodeEntry(Bytes{}));
    }

    void encodeRoundTrips()
    {
        const char *hex = "0a 00 02 ff ff ff ff 41 12 04 05 07 ef 01 ff ff";
        const SelEntry entry = decode(hex);
        const auto bytes = encodeSystemEvent(entry.recordId, std::get<SystemEvent>(entry.body));
        QCOMPARE(toHex(bytes), toHex(*fromHex(hex)));
    }
};

QTEST_APPLESS_MAIN(TestSelRecord)
#include "tst_sel_record.moc"
