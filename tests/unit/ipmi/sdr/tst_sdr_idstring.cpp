// SPDX-License-Identifier: GPL-3.0-or-later
// SDR ID strings under both readings of their length, against names packed by Python
// (tests/data/kat/generate_vectors.py: 6-bit packed ASCII and BCD plus, counted in
// characters as OpenIPMI's sdrcomp writes them and in bytes as ipmitool reads them).
#include "ipmi/sdr/idstring.h"

#include "katvectors.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sdr;

class TestSdrIdString : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data() { kat::addVectorRows("idstring"); }

    void knownAnswers()
    {
        QFETCH(int, index);
        const auto v = kat::vectorAt("idstring", index);
        const std::uint8_t typeLength = v.at("tl").at(0);
        const Bytes &rest = v.at("rest");
        const std::string text(v.at("text").begin(), v.at("text").end());
        const std::string unit(v.at("unit").begin(), v.at("unit").end());

        const auto id = readIdString(typeLength, rest);
        QVERIFY(id.has_value());
        QCOMPARE(id->text, text);
        QCOMPARE(id->lengthUnit, unit == "characters" ? IdLengthUnit::Characters : IdLengthUnit::Bytes);
        QCOMPARE(id->type, idStringType(typeLength));
        QCOMPARE(id->raw.size(), idStringBytes(id->type, idStringLength(typeLength), id->lengthUnit));
        QVERIFY(!id->fallback);
    }

    void nothingFits_data() { kat::addVectorRows("idstringtoolong"); }

    void nothingFits()
    {
        QFETCH(int, index);
        const auto v = kat::vectorAt("idstringtoolong", index);
        QVERIFY(!readIdString(v.at("tl").at(0), v.at("rest")).has_value());
    }

    void byteCounts()
    {
        QCOMPARE(idStringBytes(IdStringType::Packed6Bit, 4, IdLengthUnit::Characters), std::size_t(3));
        QCOMPARE(idStringBytes(IdStringType::Packed6Bit, 16, IdLengthUnit::Characters), std::size_t(12));
        QCOMPARE(idStringBytes(IdStringType::Packed6Bit, 5, IdLengthUnit::Characters), std::size_t(4));
        QCOMPARE(idStringBytes(IdStringType::BcdPlus, 5, IdLengthUnit::Characters), std::size_t(3));
        QCOMPARE(idStringBytes(IdStringType::Latin1, 7, IdLengthUnit::Characters), std::size_t(7));
        QCOMPARE(idStringBytes(IdStringType::Packed6Bit, 4, IdLengthUnit::Bytes), std::size_t(4));
    }

    // FRU fields keep ipmitool's order for BCD plus, SDR names OpenIPMI's.
    void bcdNibbleOrders()
    {
        const Bytes bytes{0x21, 0xBA};
        QCOMPARE(decodeBcdPlus(bytes, BcdNibbleOrder::LowFirst), std::string("12 -"));
        QCOMPARE(decodeBcdPlus(bytes, BcdNibbleOrder::HighFirst), std::string("21- "));
    }
};

QTEST_GUILESS_MAIN(TestSdrIdString)
#include "tst_sdr_idstring.moc"
