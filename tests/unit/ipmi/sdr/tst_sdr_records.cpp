// SPDX-License-Identifier: GPL-3.0-or-later
// SDR record decoding against records built by hand from the IPMI 2.0 chapter 43 layouts.
#include "ipmi/sdr/records.h"
#include "sdr/sdrsamples.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sdr;

using namespace sdrsamples;

namespace {

// Event-only (table 43-3), record 0009h: sensor 50h, entity 07h, type 12h (system
// event), reading type 6Fh, unshared, ID 83h = 6-bit packed, 3 bytes = "ABCD".

const char *const eventOnlyHex = "09 00 51 03 0f"
                                 " 20 00 50 07 00 12 6f 00 00 00 00 83 a1 38 92";

// Entity association (table 43-4), record 000Ah: container 17h/1, flags 80h (ranges),
// processors 1..4 and fans 1..6.
const char *const associationHex = "0a 00 51 08 0b 17 01 80 03 01 03 04 1d 01 1d 06";

// Generic device locator (table 43-5), record 000Bh: access 20h, slave A1h (address
// A0h, channel high bit 1), 4Ah = channel low bits 2, LUN 1, private bus 2, span 1,
// device type 10h, entity 0Ah/1, ID 42h = BCD plus, 2 bytes 21 BA = "12 -" (low
// nibble first).
const char *const genericHex = "0b 00 51 10 0d 20 a1 4a 01 00 10 00 0a 01 00 42 21 ba";

// FRU device locator (table 43-7), record 000Ch: access 20h, FRU ID 5, 88h = logical,
// LUN 1, channel 7 (70h), device 10h, entity 07h/1, ID C6h "Bo<e9>rd<00>" (Latin-1,
// NUL padded).
const char *const fruHex = "0c 00 51 11 11 20 05 88 70 00 10 00 07 01 00 c6 42 6f e9 72 64 00";

// MC device locator (table 43-8), record 000Dh: slave 20h, channel 0, capabilities
// BFh, entity 2Eh/1, ID C3h "BMC".
const char *const mcHex = "0d 00 51 12 0e 20 00 00 bf 00 00 00 2e 01 00 c3 42 4d 43";

// OEM (table 43-12), record 000Eh: IANA 000157h (Intel), data AA BB.
const char *const oemHex = "0e 00 51 c0 05 57 01 00 aa bb";

template<typename T>
T decodeAs(const char *text)
{
    auto record = decodeRecord(hex(text));
    if (!record)
        qFatal("decode failed: %s", record.error().message.c_str());
    const T *typed = std::get_if<T>(&*record);
    if (!typed)
        qFatal("decoded to the wrong record type");
    return *typed;
}

} // namespace

class TestSdrRecords final : public QObject
{
    Q_OBJECT

private slots:
    void fullSensor()
    {
        const auto s = decodeAs<FullSensor>(fullHex);
        QCOMPARE(s.header.recordId, 0x0042);
        QCOMPARE(s.header.version, 0x51);
        QCOMPARE(s.header.length, 50);
        QCOMPARE(s.owner.id, 0x20);
        QVERIFY(!s.owner.softwareId);
        QCOMPARE(s.owner.lun, 0);
        QCOMPARE(s.sensorNumber, 0x30);
        QCOMPARE(s.entity.id, 0x03);
        QCOMPARE(s.entity.instance, 1);
        QVERIFY(s.entity.logical);
        QCOMPARE(s.initialization, 0x7F);
        QCOMPARE(s.capabilities, 0x68);
        QCOMPARE(s.sensorType, 0x01);
        QCOMPARE(s.eventReadingType, 0x01);
        QCOMPARE(s.assertionMask, 0x0A80);
        QCOMPARE(s.deassertionMask, 0x7A80);
        QCOMPARE(s.readableThresholds(), 0x3F);
        QCOMPARE(s.settableThresholds(), 0x1B);
        QCOMPARE(s.units.format, AnalogFormat::TwosComplement);
        QCOMPARE(s.units.rateUnit, 0);
        QCOMPARE(s.units.modifierUse, 0);
        QVERIFY(!s.units.percentage);
        QCOMPARE(s.units.baseUnit, 1);
        QCOMPARE(s.linearization, 0);
        QCOMPARE(s.factors.m, 2);
        QCOMPARE(s.factors.tolerance, 5);
        QCOMPARE(s.factors.b, -10);
        QCOMPARE(s.factors.accuracy, 0x4A);
        QCOMPARE(s.factors.accuracyExp, 2);
        QCOMPARE(s.sensorDirection, 1);
        QCOMPARE(s.factors.rExp, -1);
        QCOMPARE(s.factors.bExp, 1);
        QCOMPARE(s.analogFlags, 0x07);
        QCOMPARE(s.nominalReading, 0x19);
        QCOMPARE(s.normalMax, 0x40);
        QCOMPARE(s.normalMin, 0x05);
        QCOMPARE(s.sensorMax, 0x7F);
        QCOMPARE(s.sensorMin, 0x80);
        QCOMPARE(s.thresholds.upperNonRecoverable, 0x5A);
        QCOMPARE(s.thresholds.upperCritical, 0x55);
        QCOMPARE(s.thresholds.upperNonCritical, 0x50);
        QCOMPARE(s.thresholds.lowerNonRecoverable, 0x00);
        QCOMPARE(s.thresholds.lowerCritical, 0x02);
        QCOMPARE(s.thresholds.lowerNonCritical, 0x04);
        QCOMPARE(s.positiveHysteresis, 2);
        QCOMPARE(s.negativeHysteresis, 3);
        QCOMPARE(s.id.type, IdStringType::Latin1);
        QCOMPARE(s.id.text, std::string("CPU Tmp"));
        // (2*90 + -10*10^1) * 10^-1 = 8; (2*-128 - 100) / 10 = -35.6; (2*25 - 100)/10 = -5
        QCOMPARE(sensorValue(s, s.thresholds.upperNonRecoverable).value_or(-1), 8.0);
        QCOMPARE(sensorValue(s, s.sensorMin).value_or(0), -35.6);
        QCOMPARE(sensorValue(s, s.nominalReading).value_or(0), -5.0);
    }

    void nonLinearNeedsReadingFactors()
    {
        auto bytes = hex(fullHex);
        bytes[5 + 18] = 0x70; // linearization byte (24)
        auto record = decodeRecord(bytes);
        QVERIFY(record.ok());
        const auto &s = std::get<FullSensor>(*record);
        QVERIFY(!sensorValue(s, 10).has_value());
        Factors f;
        f.m = 3;
        QCOMPARE(sensorValue(s, 10, f).value_or(0), 30.0);
    }

    void compactSensorExpandsShares()
    {
        const auto s = decodeAs<CompactSensor>(compactHex);
        QCOMPARE(s.header.recordId, 7);
        QCOMPARE(s.owner.channel, 2);
        QCOMPARE(s.owner.lun, 1);
        QCOMPARE(s.sensorNumber, 0x40);
        QCOMPARE(s.sensorType, 0x04);
        QCOMPARE(s.readableThresholds(), 0x3F);
        QCOMPARE(s.units.baseUnit, 18);
        QCOMPARE(s.sensorDirection, 1);
        QCOMPARE(s.sharing.shareCount, 4);
        QVERIFY(!s.sharing.alphaModifier);
        QCOMPARE(s.sharing.modifierOffset, 1);
        QVERIFY(s.sharing.entityInstanceIncrements);
        QCOMPARE(s.positiveHysteresis, 1);
        QCOMPARE(s.id.text, std::string("Fan "));

        const auto sensors = expandShared(s);
        QCOMPARE(sensors.size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(sensors[i].sensorNumber, 0x40 + i);
            QCOMPARE(sensors[i].entity.instance, 1 + i);
            QCOMPARE(sensors[i].name, "Fan " + std::to_string(i + 1));
        }
    }

    void compactAlphaModifier()
    {
        auto bytes = hex(compactHex);
        bytes[5 + 18] = 0x53; // alpha, direction 1, share count 3
        bytes[5 + 19] = 0x19; // offset 25, entity instance stays
        auto record = decodeRecord(bytes);
        QVERIFY(record.ok());
        const auto sensors = expandShared(std::get<CompactSensor>(*record));
        QCOMPARE(sensors.size(), std::size_t(3));
        QCOMPARE(sensors[0].name, std::string("Fan Z"));
        QCOMPARE(sensors[1].name, std::string("Fan AA"));
        QCOMPARE(sensors[2].name, std::string("Fan AB"));
        QCOMPARE(sensors[2].entity.instance, 1);
        QCOMPARE(sensors[2].sensorNumber, 0x42);
    }

    void eventOnly()
    {
        const auto s = decodeAs<EventOnlySensor>(eventOnlyHex);
        QCOMPARE(s.sensorNumber, 0x50);
        QCOMPARE(s.entity.id, 0x07);
        QCOMPARE(s.sensorType, 0x12);
        QCOMPARE(s.eventReadingType, 0x6F);
        QCOMPARE(s.sharing.shareCount, 1);
        QCOMPARE(s.id.type, IdStringType::Packed6Bit);
        QCOMPARE(s.id.text, std::string("ABCD"));
        const auto sensors = expandShared(s);
        QCOMPARE(sensors.size(), std::size_t(1));
        QCOMPARE(sensors[0].name, std::string("ABCD"));
    }

    void entityAssociation()
    {
        const auto a = decodeAs<EntityAssociation>(associationHex);
        QCOMPARE(a.container.id, 0x17);
        QCOMPARE(a.container.instance, 1);
        QVERIFY(a.ranges);
        QVERIFY(!a.linked);
        QVERIFY(!a.presenceSensorAlways);
        QCOMPARE(a.contained[0].id, 3);
        QCOMPARE(a.contained[1].instance, 4);
        QCOMPARE(a.contained[2].id, 0x1D);
        QCOMPARE(a.contained[3].instance, 6);
    }

    void genericLocator()
    {
        const auto g = decodeAs<GenericDeviceLocator>(genericHex);
        QCOMPARE(g.accessAddress, 0x20);
        QCOMPARE(g.slaveAddress, 0xA0);
        QCOMPARE(g.channel, 10);
        QCOMPARE(g.accessLun, 1);
        QCOMPARE(g.privateBus, 2);
        QCOMPARE(g.addressSpan, 1);
        QCOMPARE(g.deviceType, 0x10);
        QCOMPARE(g.entity.id, 0x0A);
        QCOMPARE(g.id.type, IdStringType::BcdPlus);
        QCOMPARE(g.id.text, std::string("12 -"));
    }

    void fruLocator()
    {
        const auto f = decodeAs<FruDeviceLocator>(fruHex);
        QCOMPARE(f.accessAddress, 0x20);
        QCOMPARE(f.fruDeviceId, 5);
        QVERIFY(f.logical);
        QCOMPARE(f.accessLun, 1);
        QCOMPARE(f.channel, 7);
        QCOMPARE(f.deviceType, 0x10);
        QCOMPARE(f.entity.id, 0x07);
        QCOMPARE(f.id.text, std::string("Bo\xC3\xA9rd"));
        QCOMPARE(f.id.raw.size(), std::size_t(6));
    }

    void mcLocator()
    {
        const auto m = decodeAs<McDeviceLocator>(mcHex);
        QCOMPARE(m.slaveAddress, 0x20);
        QCOMPARE(m.channel, 0);
        QCOMPARE(m.capabilities, 0xBF);
        QCOMPARE(m.entity.id, 0x2E);
        QCOMPARE(m.id.text, std::string("BMC"));
    }

    void oem()
    {
        const auto o = decodeAs<OemRecord>(oemHex);
        QCOMPARE(o.manufacturerId, 0x157u);
        QCOMPARE(toHex(o.data), std::string("aabb"));
    }

    void otherTypesAreKept()
    {
        auto record = decodeRecord(hex("0f 00 51 13 02 aa bb"));
        QVERIFY(record.ok());
        QCOMPARE(headerOf(*record).type, 0x13);
        QCOMPARE(std::get<OtherRecord>(*record).body.size(), std::size_t(2));
    }

    void paddingAfterIdStringIsIgnored()
    {
        auto record = decodeRecord(hex("0d 00 51 12 10 20 00 00 bf 00 00 00 2e 01 00 c3 42 4d 43 00 00"));
        QVERIFY(record.ok());
        QCOMPARE(std::get<McDeviceLocator>(*record).id.text, std::string("BMC"));
    }

    void truncation_data()
    {
        QTest::addColumn<QString>("record");
        QTest::newRow("full") << fullHex;
        QTest::newRow("compact") << compactHex;
        QTest::newRow("event-only") << eventOnlyHex;
        QTest::newRow("association") << associationHex;
        QTest::newRow("generic") << genericHex;
        QTest::newRow("fru") << fruHex;
        QTest::newRow("mc") << mcHex;
        QTest::newRow("oem") << oemHex;
    }

    // Every prefix as is fails (the header's length disagrees). With the header's length
    // patched to match, what still holds its identity is kept and marked: a sensor
    // record with its sensor number stays a sensor (cut short, or under a stand-in name
    // when only its ID string is cut), a locator with all its fields keeps them under a
    // stand-in name; anything shorter fails. OEM data is free-length.
    void truncation()
    {
        QFETCH(QString, record);
        const Bytes whole = hex(record.toStdString().c_str());
        QVERIFY(decodeRecord(whole).ok());
        const std::uint8_t type = whole[3];
        const bool sensorRecord = type == recordtype::FullSensor || type == recordtype::CompactSensor
                                  || type == recordtype::EventOnly;
        const std::size_t fixed = type == recordtype::FullSensor      ? 43
                                  : type == recordtype::CompactSensor ? 27
                                  : type == recordtype::EventOnly     ? 12
                                  : type == recordtype::Oem           ? 3
                                                                      : 11;
        for (std::size_t n = 0; n < whole.size(); ++n) {
            Bytes prefix(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(n));
            auto result = decodeRecord(prefix);
            QVERIFY2(!result.ok(), qPrintable(QString("prefix %1").arg(n)));
            QCOMPARE(result.error().kind, ErrorKind::MalformedResponse);
            QVERIFY(!result.error().message.empty());
            if (n < HeaderSize)
                continue;
            const std::size_t body = n - HeaderSize;
            prefix[4] = static_cast<std::uint8_t>(body);
            auto patched = decodeRecord(prefix);
            const bool kept = type == recordtype::EntityAssociation ? body >= fixed
                              : sensorRecord                        ? body >= 3
                                                                    : body >= fixed;
            QVERIFY2(patched.ok() == kept, qPrintable(QString("patched prefix %1").arg(n)));
            if (!kept) {
                QCOMPARE(patched.error().kind, ErrorKind::MalformedResponse);
                continue;
            }
            if (type == recordtype::Oem || type == recordtype::EntityAssociation)
                continue;
            // Whatever is cut, a problem names the record, and a sensor keeps a name;
            // unless the cut leaves a shorter valid name (BCD plus "12 -" read as the
            // two characters "12" of its first byte).
            const IdString *id = std::visit(
                [](const auto &r) -> const IdString * {
                    if constexpr (requires { r.id; })
                        return &r.id;
                    return nullptr;
                },
                *patched);
            QVERIFY(id);
            if (problemsOf(*patched).empty()) {
                QCOMPARE(id->lengthUnit, IdLengthUnit::Characters);
                QVERIFY(!id->fallback);
                continue;
            }
            QVERIFY(id->fallback || std::get_if<FullSensor>(&*patched) || std::get_if<CompactSensor>(&*patched)
                    || std::get_if<EventOnlySensor>(&*patched));
            QVERIFY(problemsOf(*patched).front().rfind("SDR record ", 0) == 0);
            if (const auto *common = std::get_if<FullSensor>(&*patched)) {
                QCOMPARE(common->cutShort, body < fixed);
                QCOMPARE(common->id.text, fallbackSensorName(common->sensorNumber));
            }
        }
        Bytes longer = whole;
        longer.push_back(0);
        QVERIFY(!decodeRecord(longer).ok());
    }

    void errorMessageNamesTheRecord()
    {
        auto result = decodeRecord(hex("42 00 51 01 02 20 00"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 std::string("SDR record 0042h (full sensor) is too short: its fields need 43 "
                             "bytes after the header, the record has 2."));
    }

    // sdrcomp's 6-bit names count characters: 84h + 3 bytes is "FAN1", not a 4-byte
    // string running past the end.
    void packedNameCountedInCharacters()
    {
        const auto s = decodeAs<EventOnlySensor>("01 00 51 03 0f 20 00 01 07 01 12 6f 00 00 00 00 84 66 e8 46");
        QCOMPARE(s.id.text, std::string("FAN1"));
        QCOMPARE(s.id.lengthUnit, IdLengthUnit::Characters);
        QVERIFY(!s.id.fallback);
        QVERIFY(s.problems.empty());
    }

    // A name that fits under no reading: the sensor stays, under a stand-in name, and one
    // problem says which record and what it is shown as.
    void undecodableNameKeepsTheSensor()
    {
        auto bytes = hex(fullHex);
        bytes[5 + 42] = 0xC9; // 9 bytes of 8-bit text, the record holds 7
        auto record = decodeRecord(bytes);
        QVERIFY(record.ok());
        const auto &s = std::get<FullSensor>(*record);
        QCOMPARE(s.id.text, std::string("Sensor 30h"));
        QVERIFY(s.id.fallback);
        QVERIFY(!s.cutShort);
        QCOMPARE(s.factors.m, 2); // everything else decoded as usual
        QCOMPARE(s.thresholds.upperCritical, 0x55);
        QCOMPARE(s.problems.size(), std::size_t(1));
        QCOMPARE(s.problems.front(),
                 std::string("SDR record 0042h (full sensor) has an ID string of 9 bytes that runs past "
                             "the end of the record (7 left); it is shown as \"Sensor 30h\"."));
    }

    void emptyNameGetsTheStandIn()
    {
        const auto s = decodeAs<EventOnlySensor>("09 00 51 03 0c 20 00 50 07 00 12 6f 00 00 00 00 c0");
        QCOMPARE(s.id.text, std::string("Sensor 50h"));
        QVERIFY(s.problems.empty()); // an empty name is legal, only unhelpful
    }

    // A shared record with a stand-in name names each sensor by its own number, so the
    // sensors stay apart.
    void sharedStandInNamesEachSensor()
    {
        auto bytes = hex(compactHex);
        bytes[5 + 26] = 0xCF; // 15 bytes of text, the record holds 4
        auto record = decodeRecord(bytes);
        QVERIFY(record.ok());
        const auto sensors = expandShared(std::get<CompactSensor>(*record));
        QCOMPARE(sensors.size(), std::size_t(4));
        QCOMPARE(sensors[0].name, std::string("Sensor 40h"));
        QCOMPARE(sensors[3].name, std::string("Sensor 43h"));
    }

    // Shared names with 6-bit packed and BCD plus ID strings as sdrcomp writes them, with
    // numeric and alpha modifiers from an offset.
    void sharedPackedNames_data()
    {
        QTest::addColumn<QString>("idString");
        QTest::addColumn<int>("sharing1");
        QTest::addColumn<int>("sharing2");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("6-bit, numeric from 3") << "83 f0 5c 03" << 0x13 << 0x83 << QStringList{"PSU3", "PSU4", "PSU5"};
        QTest::newRow("6-bit, alpha from Y") << "83 f0 5c 03" << 0x53 << 0x18
                                             << QStringList{"PSUY", "PSUZ", "PSUAA"};
        QTest::newRow("BCD plus, numeric from 0") << "43 21 0a" << 0x12 << 0x00 << QStringList{"12 0", "12 1"};
    }

    void sharedPackedNames()
    {
        QFETCH(QString, idString);
        QFETCH(int, sharing1);
        QFETCH(int, sharing2);
        QFETCH(QStringList, names);
        Bytes bytes = hex(compactHex);
        bytes.resize(5 + 26); // up to the ID string
        bytes[5 + 18] = std::uint8_t(sharing1);
        bytes[5 + 19] = std::uint8_t(sharing2);
        const Bytes id = hex(idString.toStdString().c_str());
        bytes.insert(bytes.end(), id.begin(), id.end());
        bytes[4] = std::uint8_t(bytes.size() - HeaderSize);
        auto record = decodeRecord(bytes);
        QVERIFY(record.ok());
        const auto &compact = std::get<CompactSensor>(*record);
        QVERIFY(compact.problems.empty());
        const auto sensors = expandShared(compact);
        QCOMPARE(int(sensors.size()), int(names.size()));
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(QString::fromStdString(sensors[std::size_t(i)].name), names[i]);
            QCOMPARE(sensors[std::size_t(i)].sensorNumber, 0x40 + i);
            // Bit 7 of the second sharing byte: the entity instance counts up too.
            QCOMPARE(int(sensors[std::size_t(i)].entity.instance), 1 + ((sharing2 & 0x80) ? int(i) : 0));
        }
    }

    // A full sensor record cut after its sensor type: kept, marked, named by its number.
    void cutShortSensorIsKept()
    {
        auto record = decodeRecord(hex("42 00 51 01 08 20 00 30 03 81 7f 68 01"));
        QVERIFY(record.ok());
        const auto &s = std::get<FullSensor>(*record);
        QVERIFY(s.cutShort);
        QCOMPARE(s.sensorNumber, 0x30);
        QCOMPARE(s.entity.id, 0x03);
        QCOMPARE(s.sensorType, 0x01);
        QCOMPARE(s.eventReadingType, 0x00); // not in the record
        QCOMPARE(s.id.text, std::string("Sensor 30h"));
        QCOMPARE(s.problems.size(), std::size_t(1));
        QCOMPARE(s.problems.front(),
                 std::string("SDR record 0042h (full sensor) is cut short: its fields need 43 bytes after the "
                             "header, the record has 8; sensor 30h is kept without its name, unit, conversion "
                             "and thresholds."));
    }
};

QTEST_GUILESS_MAIN(TestSdrRecords)
#include "tst_sdr_records.moc"
