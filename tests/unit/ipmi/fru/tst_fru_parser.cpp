// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/fru/fruarea.h"
#include "ipmi/fru/frudevices.h"
#include "ipmi/fru/frumultirecord.h"
#include "ipmi/fru/fruparser.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::fru;

namespace {

Bytes hex(const std::string &text)
{
    return *fromHex(text);
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// A 114-byte image written out by hand (FRU storage definition v1.0):
//   header   01 00 01 03 07 0C 00 E8  chassis at 8, board at 24, product at 56, multi-record at 96
//   chassis  type 17h; part "CH1" (Latin-1); serial 42 12 34 = BCD plus "1234";
//            custom 83 A1 38 92 = 6-bit ASCII "ABCD"; C1; pad; checksum 30
//   board    language 0; minutes 0xB9F592 = 12187026 = 2019-03-04 05:06 UTC; "Acme",
//            "Board", "S1", "P2"; file id 02 BE EF binary; custom "xyz"; C1; checksum AC
//   product  language 25 (English); "Acme", "Widget", "W-1", "1.0", "SN9", "AT1",
//            empty file id C0; custom "cust"; C1; pad; checksum 89
//   multi    DC output (01h), end of list, version 2, 13 bytes: output 1, standby,
//            12.00 V, -0.50/+0.50 V, 120 mV ripple, 100 mA min, 20000 mA max
const std::string Header = "01000103070c00e8";
const std::string Chassis = "010217c343483142123483a13892c130";
const std::string Board = "01040092f5b9c441636d65c5426f617264c25331c2503202beefc378797ac1ac";
const std::string Product = "010519c441636d65c6576964676574c3572d31c3312e30c3534e39c3415431c0c463757374c10089";
const std::string Multi = "01820d1d5381b0043200320078006400204e";

Bytes image()
{
    return hex(Header + Chassis + Board + Product + Multi);
}

QStringList texts(const std::vector<FruField> &fields)
{
    QStringList out;
    for (const FruField &field : fields)
        out << q(field.text);
    return out;
}

} // namespace

class TestFruParser final : public QObject
{
    Q_OBJECT

private slots:
    void fieldEncodings_data()
    {
        QTest::addColumn<int>("typeLength");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("english");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("text");
        const auto bytes = [](const std::string &text) {
            const Bytes b = *fromHex(text);
            return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
        };
        QTest::newRow("binary") << 0x03 << bytes("00ff10") << true << int(FruFieldEncoding::Binary) << "00ff10";
        // 0-9, space, dash, period: the BCD plus digits.
        QTest::newRow("bcd plus") << 0x43 << bytes("12ab9c") << true << int(FruFieldEncoding::BcdPlus) << "12 -9.";
        QTest::newRow("6-bit") << 0x83 << bytes("a13892") << true << int(FruFieldEncoding::Packed6Bit) << "ABCD";
        QTest::newRow("latin-1") << 0xC3 << bytes("41e942") << true << int(FruFieldEncoding::Latin1)
                                 << QString::fromUtf8("A\xc3\xa9" "B");
        // 63 is the longest a FRU field gets (six length bits, unlike an SDR's five).
        QTest::newRow("long latin-1") << 0xFF << bytes(std::string(126, '6') ) << true
                                      << int(FruFieldEncoding::Latin1) << QString(63, u'f');
        // Type 11b in a non-English area is 2-byte Unicode, least significant byte first.
        QTest::newRow("unicode") << 0xC6 << bytes("4100ac203100") << false << int(FruFieldEncoding::Unicode)
                                 << QString::fromUtf8("A\xe2\x82\xac" "1");
        QTest::newRow("unicode odd") << 0xC3 << bytes("410042") << false << int(FruFieldEncoding::Unicode) << "A";
    }

    void fieldEncodings()
    {
        QFETCH(int, typeLength);
        QFETCH(QByteArray, data);
        QFETCH(bool, english);
        QFETCH(int, encoding);
        QFETCH(QString, text);
        const ByteView view(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
        QCOMPARE(fieldLength(std::uint8_t(typeLength)), std::size_t(data.size()));
        const FruField field = decodeFruField(std::uint8_t(typeLength), view, english);
        QCOMPARE(int(field.encoding), encoding);
        QCOMPARE(q(field.text), text);
        QCOMPARE(field.raw.size(), std::size_t(data.size()));
    }

    void fieldListStopsAtEndMarker()
    {
        const Bytes body = hex("c24142c0c1c34344"); // "AB", "", end, then bytes after the marker
        const FruFieldList list = decodeFruFields(body, true);
        QVERIFY(list.terminated);
        QVERIFY(!list.problem);
        QCOMPARE(list.fields.size(), std::size_t(2));
        QCOMPARE(q(list.fields[0].text), QString("AB"));
        QVERIFY(list.fields[1].empty());
        const FruFieldList overrun = decodeFruFields(hex("c24142c5"), true);
        QVERIFY(overrun.problem);
        QCOMPARE(overrun.fields.size(), std::size_t(1));
        const FruFieldList unterminated = decodeFruFields(hex("c24142"), true);
        QVERIFY(unterminated.problem);
        QVERIFY(!unterminated.terminated);
    }

    void wholeImage()
    {
        const auto inventory = decodeFruInventory(image());
        QVERIFY(inventory);
        QVERIFY2(inventory->warnings.empty(), inventory->warnings.empty() ? "" : inventory->warnings[0].c_str());
        QVERIFY(inventory->errors.empty());
        QVERIFY(inventory->internalUse.empty());

        QVERIFY(inventory->chassis);
        QCOMPARE(inventory->chassis->type, std::uint8_t(0x17));
        QCOMPARE(q(std::string(chassisTypeName(inventory->chassis->type))), QString("Rack Mount Chassis"));
        QCOMPARE(q(inventory->chassis->partNumber.text), QString("CH1"));
        QCOMPARE(q(inventory->chassis->serial.text), QString("1234"));
        QCOMPARE(inventory->chassis->serial.encoding, FruFieldEncoding::BcdPlus);
        QCOMPARE(texts(inventory->chassis->custom), QStringList{"ABCD"});

        const FruBoard &board = *inventory->board;
        QCOMPARE(board.language, std::uint8_t(0));
        QCOMPARE(board.mfgMinutes, std::optional<std::uint32_t>(12187026));
        QCOMPARE(q(fruDateIso8601(*board.mfgMinutes)), QString("2019-03-04T05:06:00Z"));
        QCOMPARE(q(board.manufacturer.text), QString("Acme"));
        QCOMPARE(q(board.productName.text), QString("Board"));
        QCOMPARE(q(board.serial.text), QString("S1"));
        QCOMPARE(q(board.partNumber.text), QString("P2"));
        QCOMPARE(board.fruFileId.encoding, FruFieldEncoding::Binary);
        QCOMPARE(q(board.fruFileId.text), QString("beef"));
        QCOMPARE(texts(board.custom), QStringList{"xyz"});

        const FruProduct &product = *inventory->product;
        QCOMPARE(product.language, std::uint8_t(25));
        QCOMPARE(q(product.manufacturer.text), QString("Acme"));
        QCOMPARE(q(product.name.text), QString("Widget"));
        QCOMPARE(q(product.partNumber.text), QString("W-1"));
        QCOMPARE(q(product.version.text), QString("1.0"));
        QCOMPARE(q(product.serial.text), QString("SN9"));
        QCOMPARE(q(product.assetTag.text), QString("AT1"));
        QVERIFY(product.fruFileId.empty());
        QCOMPARE(texts(product.custom), QStringList{"cust"});

        QCOMPARE(inventory->multiRecords.size(), std::size_t(1));
        const FruMultiRecord &record = inventory->multiRecords[0];
        QCOMPARE(record.type, std::uint8_t(0x01));
        QVERIFY(record.endOfList);
        QCOMPARE(record.formatVersion, std::uint8_t(2));
        QVERIFY(record.checksumOk);
        QVERIFY(record.dcOutput);
        QCOMPARE(record.dcOutput->outputNumber, std::uint8_t(1));
        QVERIFY(record.dcOutput->standby);
        QCOMPARE(record.dcOutput->nominalVoltage, std::int16_t(1200));
        QCOMPARE(record.dcOutput->maxNegativeDeviation, std::int16_t(50));
        QCOMPARE(record.dcOutput->maxPositiveDeviation, std::int16_t(50));
        QCOMPARE(record.dcOutput->rippleMillivolts, std::uint16_t(120));
        QCOMPARE(record.dcOutput->minCurrentMilliamps, std::uint16_t(100));
        QCOMPARE(record.dcOutput->maxCurrentMilliamps, std::uint16_t(20000));
        QCOMPARE(q(std::string(multiRecordTypeName(record.type))), QString("DC Output"));
    }

    void dates_data()
    {
        QTest::addColumn<uint>("minutes");
        QTest::addColumn<QString>("iso");
        QTest::newRow("epoch + 1") << 1u << "1996-01-01T00:01:00Z";
        QTest::newRow("leap day 2000") << 2188800u << "2000-02-29T00:00:00Z"; // 1520 days
        QTest::newRow("largest") << 0xFFFFFFu << "2027-11-24T20:15:00Z";
    }

    void dates()
    {
        QFETCH(uint, minutes);
        QFETCH(QString, iso);
        QCOMPARE(q(fruDateIso8601(minutes)), iso);
    }

    void unspecifiedDate()
    {
        // Board area with minutes 0: the date is "unspecified", not 1996-01-01.
        const Bytes area = hex("0102000000000000c1000000000000" "3c");
        std::vector<std::string> warnings;
        auto board = decodeBoardArea(area, warnings);
        QVERIFY(board);
        QVERIFY(warnings.empty());
        QVERIFY(!board->mfgMinutes);
    }

    void chassisTypes()
    {
        QCOMPARE(q(std::string(chassisTypeName(0x18))), QString("Sealed-case PC"));
        QCOMPARE(q(std::string(chassisTypeName(0x11))), QString("Main Server Chassis"));
        QCOMPARE(q(std::string(chassisTypeName(0xEE))), QString("Unknown"));
    }

    void badChecksumsWarnButDecode()
    {
        Bytes bytes = image();
        bytes[7] ^= 0x01;                              // header checksum
        bytes[24 + 7] = 'a';                           // board manufacturer "Acme" -> "acme"
        bytes[96 + 5] ^= 0xFF;                         // multi-record data byte
        const auto inventory = decodeFruInventory(bytes);
        QVERIFY(inventory);
        QCOMPARE(inventory->warnings.size(), std::size_t(3));
        QVERIFY(QString::fromStdString(inventory->warnings[1]).contains("board area checksum"));
        QCOMPARE(q(inventory->board->manufacturer.text), QString("acme"));
        QVERIFY(!inventory->multiRecords.at(0).checksumOk);
        QVERIFY(inventory->chassis && inventory->product);
    }

    void areaPastTheEndIsAnErrorForThatAreaOnly()
    {
        Bytes bytes = image();
        bytes[4] = 0x40; // product at 512, past the image
        bytes[7] = static_cast<std::uint8_t>(bytes[7] - (0x40 - 0x07));
        const auto inventory = decodeFruInventory(bytes);
        QVERIFY(inventory);
        QVERIFY(inventory->warnings.empty());
        QCOMPARE(inventory->errors.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(inventory->errors[0]).contains("product area starts at byte 512"));
        QVERIFY(!inventory->product);
        QVERIFY(inventory->chassis && inventory->board);

        // The board's length byte claims 31 units (248 bytes) of a 114-byte image.
        Bytes longBoard = image();
        longBoard[24 + 1] = 31;
        const auto cut = decodeFruInventory(longBoard);
        QVERIFY(cut);
        QVERIFY(!cut->board);
        QCOMPARE(cut->errors.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(cut->errors[0]).contains("board area declares 248 bytes"));
        QVERIFY(cut->chassis && cut->product);
    }

    void headerErrors()
    {
        QVERIFY(!decodeFruInventory(hex("01000103070c00")));            // 7 bytes
        const auto erased = decodeFruInventory(Bytes(256, 0xFF));       // version 15
        QVERIFY(!erased);
        QVERIFY(QString::fromStdString(erased.error().message).contains("version 15"));
        const auto nothing = decodeFruInventory(hex("01000000000000ff")); // no areas at all
        QVERIFY(nothing);
        QVERIFY(!nothing->chassis && !nothing->board && !nothing->product && nothing->multiRecords.empty());
    }

    void internalUseRunsToTheNextArea()
    {
        // Internal use at 8 (version 01, then 6 bytes), chassis at 16.
        const Bytes bytes = hex("01010200000000fc" "01aabbccddeeff00" + Chassis);
        const auto inventory = decodeFruInventory(bytes);
        QVERIFY(inventory);
        QCOMPARE(inventory->internalUse, hex("aabbccddeeff00"));
        QVERIFY(inventory->chassis);
        QCOMPARE(fruImageEnd(bytes), std::optional<std::size_t>(32));
    }

    void multiRecordErrors()
    {
        std::vector<std::string> warnings;
        std::vector<std::string> errors;
        Bytes badHeader = hex(Multi);
        badHeader[4] ^= 0x01;
        QVERIFY(decodeMultiRecords(badHeader, warnings, errors).empty());
        QCOMPARE(errors.size(), std::size_t(1));
        errors.clear();
        // Two records, the first without end-of-list; the second's data runs past the end.
        const Bytes list = hex("c00201003d" "3c" "c0820500b9" "0102");
        const auto records = decodeMultiRecords(list, warnings, errors);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].type, std::uint8_t(0xC0));
        QCOMPARE(q(std::string(multiRecordTypeName(0xC0))), QString("OEM"));
        QCOMPARE(records[0].data, hex("3c"));
        QVERIFY(records[0].checksumOk == false);
        QCOMPARE(errors.size(), std::size_t(1));
    }

    void powerSupplyRecord()
    {
        // 500 W (bits 11:0 of 01F4 with 1 in bits 15:12 ignored), 600 VA, 30 A for 10 ms,
        // 90.00-140.00 V and 180.00-264.00 V, 47-63 Hz, 20 ms dropout, hot swap + PFC,
        // peak 650 W for 2 s hold-up, combined wattage and tach bytes.
        const Bytes data = hex("f411" "5802" "1e" "0a" "2823" "b036" "5046" "2067" "2f" "3f" "14" "0a" "8a22"
                               "000000" "00");
        const auto ps = decodePowerSupply(data);
        QVERIFY(ps);
        QCOMPARE(ps->capacityWatts, std::uint16_t(500));
        QCOMPARE(ps->peakVa, std::uint16_t(600));
        QCOMPARE(ps->inrushCurrentAmps, std::uint8_t(30));
        QCOMPARE(ps->inrushIntervalMs, std::uint8_t(10));
        QCOMPARE(ps->lowInputVoltage1, std::uint16_t(9000));
        QCOMPARE(ps->highInputVoltage1, std::uint16_t(14000));
        QCOMPARE(ps->lowInputVoltage2, std::uint16_t(18000));
        QCOMPARE(ps->highInputVoltage2, std::uint16_t(26400));
        QCOMPARE(ps->lowInputFrequencyHz, std::uint8_t(47));
        QCOMPARE(ps->highInputFrequencyHz, std::uint8_t(63));
        QCOMPARE(ps->dropoutToleranceMs, std::uint8_t(20));
        QCOMPARE(ps->flags, std::uint8_t(0x0A));
        QCOMPARE(ps->holdUpSeconds, std::uint8_t(2));
        QCOMPARE(ps->peakWatts, std::uint16_t(650));
        QVERIFY(!decodePowerSupply(ByteView(data).first(23)));
    }

    void imageEnd()
    {
        const Bytes bytes = image();
        QCOMPARE(fruImageEnd(ByteView(bytes).first(7)), std::optional<std::size_t>());
        // The header alone: the chassis length byte is not in yet.
        QCOMPARE(fruImageEnd(ByteView(bytes).first(8)), std::optional<std::size_t>());
        // Up to the multi-record header: everything but its list is known.
        QCOMPARE(fruImageEnd(ByteView(bytes).first(96)), std::optional<std::size_t>());
        QCOMPARE(fruImageEnd(ByteView(bytes).first(101)), std::optional<std::size_t>(114));
        QCOMPARE(fruImageEnd(bytes), std::optional<std::size_t>(114));
        const auto erased = fruImageEnd(Bytes(8, 0xFF));
        QVERIFY(erased && *erased > 0xFFFF);
    }

    void corruptInputsNeverCrash()
    {
        const Bytes bytes = image();
        std::size_t decoded = 0;
        for (std::size_t length = 0; length <= bytes.size(); ++length) {
            const Bytes prefix(bytes.begin(), bytes.begin() + std::ptrdiff_t(length));
            decoded += decodeFruInventory(prefix).ok() ? 1 : 0;
            (void)fruImageEnd(prefix);
        }
        QCOMPARE(decoded, bytes.size() + 1 - CommonHeaderSize);
        for (std::size_t position = 0; position < bytes.size(); ++position) {
            for (unsigned value = 0; value < 256; value += 7) {
                Bytes corrupt = bytes;
                corrupt[position] = static_cast<std::uint8_t>(value);
                auto inventory = decodeFruInventory(corrupt);
                (void)fruImageEnd(corrupt);
                if (inventory && position < CommonHeaderSize && value != bytes[position])
                    QVERIFY(!inventory->warnings.empty() || !inventory->errors.empty());
            }
        }
    }

    void randomImagesNeverCrash()
    {
        // A fixed-seed generator, so that a failure repeats; the header is kept valid
        // half of the time so that the areas behind it are reached.
        std::uint32_t state = 0x2545F491u;
        const auto next = [&state] {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state;
        };
        std::size_t withAreas = 0;
        for (int round = 0; round < 5000; ++round) {
            Bytes bytes(8 + next() % 120);
            for (std::uint8_t &byte : bytes)
                byte = static_cast<std::uint8_t>(next());
            if (round % 2 == 0) {
                bytes[0] = 0x01;
                for (std::size_t i = 1; i <= 5; ++i)
                    bytes[i] = static_cast<std::uint8_t>(bytes[i] % 16);
                unsigned sum = 0;
                for (std::size_t i = 0; i < 7; ++i)
                    sum += bytes[i];
                bytes[7] = static_cast<std::uint8_t>(0x100 - (sum & 0xFF));
            }
            const auto inventory = decodeFruInventory(bytes);
            if (inventory && (inventory->chassis || inventory->board || inventory->product))
                ++withAreas;
            (void)fruImageEnd(bytes);
        }
        QVERIFY(withAreas > 0);
    }

    void devicesFromLocators()
    {
        const auto locator = [](std::uint8_t id, bool logical, std::uint8_t address, const char *name) {
            sdr::FruDeviceLocator record;
            record.header.type = sdr::recordtype::FruDeviceLocator;
            record.fruDeviceId = id;
            record.logical = logical;
            record.accessAddress = address;
            record.id.text = name;
            return sdr::Record(record);
        };
        const std::vector<sdr::Record> records{
            locator(0, true, 0x20, "System FRU"), locator(1, true, 0x20, "PSU1 FRU"),
            locator(0xA0, false, 0x20, "SEEPROM"), locator(2, true, 0x20, "PSU2 FRU"),
            locator(1, true, 0x20, "again"), locator(3, true, 0x82, "other controller")};
        const auto devices = logicalFruDevices(records);
        QCOMPARE(devices.size(), std::size_t(3));
        QCOMPARE(devices[0].id, std::uint8_t(0));
        QCOMPARE(q(devices[0].name), QString("Builtin FRU Device"));
        QCOMPARE(devices[1].id, std::uint8_t(1));
        QCOMPARE(q(devices[1].name), QString("PSU1 FRU"));
        QCOMPARE(devices[2].id, std::uint8_t(2));
        QCOMPARE(logicalFruDevices({}).size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestFruParser)
#include "tst_fru_parser.moc"
