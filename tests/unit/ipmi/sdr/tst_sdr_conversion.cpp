// SPDX-License-Identifier: GPL-3.0-or-later
// Reading conversion, ID strings and unit names, with answers worked out by hand.
#include "ipmi/sdr/conversion.h"
#include "ipmi/sdr/idstring.h"
#include "ipmi/sdr/units.h"

#include <QTest>

#include <cmath>

using namespace ipmi;
using namespace ipmi::sdr;

namespace {

Factors unit() // M = 1, B = 0, exponents 0: y = L(x)
{
    return Factors{};
}

double value(std::uint8_t raw, AnalogFormat format, std::uint8_t lin, const Factors &f)
{
    return rawToValue(raw, format, lin, f).value_or(std::nan(""));
}

} // namespace

class TestSdrConversion final : public QObject
{
    Q_OBJECT

private slots:
    void analogFormats()
    {
        QCOMPARE(rawToSigned(0xFF, AnalogFormat::Unsigned).value(), 255);
        QCOMPARE(rawToSigned(0xFF, AnalogFormat::OnesComplement).value(), 0); // -0
        QCOMPARE(rawToSigned(0xFE, AnalogFormat::OnesComplement).value(), -1);
        QCOMPARE(rawToSigned(0x80, AnalogFormat::OnesComplement).value(), -127);
        QCOMPARE(rawToSigned(0x7F, AnalogFormat::OnesComplement).value(), 127);
        QCOMPARE(rawToSigned(0x80, AnalogFormat::TwosComplement).value(), -128);
        QCOMPARE(rawToSigned(0xFF, AnalogFormat::TwosComplement).value(), -1);
        QVERIFY(!rawToSigned(0x10, AnalogFormat::None).has_value());
        QVERIFY(!rawToValue(0x10, AnalogFormat::None, 0, unit()).has_value());
    }

    void factorsDecode()
    {
        // M = 3FFh = -1, tolerance 3Fh; B = 200h = -512, accuracy 3FFh, exp 3, Rexp 7, Bexp -8
        const auto f = decodeFactors(*fromHex("ff ff 00 bf fc 78"));
        QVERIFY(f.has_value());
        QCOMPARE(f->m, -1);
        QCOMPARE(f->tolerance, 0x3F);
        QCOMPARE(f->b, -512);
        QCOMPARE(f->accuracy, 0x3FF);
        QCOMPARE(f->accuracyExp, 3);
        QCOMPARE(f->rExp, 7);
        QCOMPARE(f->bExp, -8);
        QVERIFY(!decodeFactors(*fromHex("01 02 03 04 05")).has_value());
    }

    void linearKnownAnswers()
    {
        // M = 2, B = -10, Bexp 1, Rexp -1: y = (2x - 100) / 10
        const Factors f = *decodeFactors(*fromHex("02 00 f6 c0 00 f1"));
        QCOMPARE(value(90, AnalogFormat::Unsigned, 0, f), 8.0);
        QCOMPARE(value(0xFF, AnalogFormat::Unsigned, 0, f), 41.0);
        QCOMPARE(value(0xFF, AnalogFormat::TwosComplement, 0, f), -10.2);
        QCOMPARE(value(0xFE, AnalogFormat::OnesComplement, 0, f), -10.2);
        // M = 5, B = 25, Bexp -1, Rexp -2: y = (5x + 2.5) / 100; x = 10 gives 0.525
        const Factors g = *decodeFactors(*fromHex("05 00 19 00 00 ef"));
        QVERIFY(std::fabs(value(10, AnalogFormat::Unsigned, 0, g) - 0.525) < 1e-12);
        // M = -1: y = -x
        const Factors n = *decodeFactors(*fromHex("ff c0 00 00 00 00"));
        QCOMPARE(value(10, AnalogFormat::Unsigned, 0, n), -10.0);
    }

    void linearizations_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("raw");
        QTest::addColumn<double>("expected");
        QTest::newRow("linear") << 0x00 << 7 << 7.0;
        QTest::newRow("ln") << 0x01 << 1 << 0.0;
        QTest::newRow("log10") << 0x02 << 100 << 2.0;
        QTest::newRow("log2") << 0x03 << 8 << 3.0;
        QTest::newRow("e") << 0x04 << 1 << std::exp(1.0);
        QTest::newRow("exp10") << 0x05 << 2 << 100.0;
        QTest::newRow("exp2") << 0x06 << 10 << 1024.0;
        QTest::newRow("1/x") << 0x07 << 4 << 0.25;
        QTest::newRow("sqr") << 0x08 << 12 << 144.0;
        QTest::newRow("cube") << 0x09 << 3 << 27.0;
        QTest::newRow("sqrt") << 0x0A << 81 << 9.0;
        QTest::newRow("cube root") << 0x0B << 27 << 3.0;
        QTest::newRow("cube root negative") << 0x0B << 0xE5 << -3.0; // -27, two's complement
        QTest::newRow("non-linear as linear") << 0x70 << 9 << 9.0;
    }

    void linearizations()
    {
        QFETCH(int, code);
        QFETCH(int, raw);
        QFETCH(double, expected);
        const double y = value(static_cast<std::uint8_t>(raw), AnalogFormat::TwosComplement,
                               static_cast<std::uint8_t>(code), unit());
        QVERIFY2(std::fabs(y - expected) < 1e-9, qPrintable(QString::number(y)));
    }

    void outsideTheDomainHasNoValue()
    {
        const auto twos = AnalogFormat::TwosComplement;
        QVERIFY(!rawToValue(0, twos, 0x01, unit()).has_value());    // ln 0
        QVERIFY(!rawToValue(0xFF, twos, 0x02, unit()).has_value()); // log10 -1
        QVERIFY(!rawToValue(0, twos, 0x03, unit()).has_value());    // log2 0
        QVERIFY(!rawToValue(0, twos, 0x07, unit()).has_value());    // 1/0
        QVERIFY(!rawToValue(0xFF, twos, 0x0A, unit()).has_value()); // sqrt -1
        QVERIFY(!rawToValue(5, twos, 0x0C, unit()).has_value());    // reserved code
        // 10^(511 * 127 * 10^7) overflows
        const Factors huge = *decodeFactors(*fromHex("ff 01 00 00 00 70"));
        QVERIFY(!rawToValue(127, twos, 0x05, huge).has_value());
    }

    void reverseConversion()
    {
        const Factors f = *decodeFactors(*fromHex("02 00 f6 c0 00 f1"));
        const auto twos = AnalogFormat::TwosComplement;
        QCOMPARE(valueToRaw(8.0, twos, 0, f).value(), 90);
        QCOMPARE(valueToRaw(8.05, twos, 0, f).value(), 90);   // 8.0 is nearer than 8.2
        QCOMPARE(valueToRaw(-35.6, twos, 0, f).value(), 0x80);
        QCOMPARE(valueToRaw(1000.0, twos, 0, f).value(), 0x7F); // clamps to the largest
        QVERIFY(!valueToRaw(1.0, AnalogFormat::None, 0, f).has_value());
        QVERIFY(!valueToRaw(std::nan(""), twos, 0, f).has_value());
        for (unsigned raw = 0; raw < 256; ++raw) {
            const auto r = static_cast<std::uint8_t>(raw);
            const double y = *rawToValue(r, AnalogFormat::Unsigned, 0, f);
            QCOMPARE(valueToRaw(y, AnalogFormat::Unsigned, 0, f).value(), r);
        }
        // Non-monotonic L: x^2 over two's complement, 16 comes from -4 and 4; lower raw wins.
        QCOMPARE(valueToRaw(16.0, twos, 0x08, unit()).value(), 4);
    }

    void idStrings()
    {
        QCOMPARE(decodeIdStringText(IdStringType::Packed6Bit, *fromHex("a1 38 92")),
                 std::string("ABCD"));
        QCOMPARE(decodeIdStringText(IdStringType::Packed6Bit, *fromHex("a1 38")),
                 std::string("AB")); // 16 bits: two whole characters
        QCOMPARE(decodeIdStringText(IdStringType::Packed6Bit, *fromHex("00 00 00")),
                 std::string("    "));
        // SDR names in BCD plus are packed low nibble first (OpenIPMI's order).
        QCOMPARE(decodeIdStringText(IdStringType::BcdPlus, *fromHex("10 32 54 76 98 ba dc fe")),
                 std::string("0123456789 -.:,_"));
        QCOMPARE(decodeIdStringText(IdStringType::Latin1, *fromHex("46 e9 ff")),
                 std::string("F\xC3\xA9\xC3\xBF"));
        QCOMPARE(decodeIdStringText(IdStringType::Latin1, *fromHex("41 00 42")), std::string("A"));
        const IdString u = decodeIdString(IdStringType::Unicode, *fromHex("50 53 55"));
        QCOMPARE(u.text, std::string("PSU"));
        QCOMPARE(toHex(u.raw), std::string("505355"));
        QCOMPARE(idStringType(0xC5), IdStringType::Latin1);
        QCOMPARE(idStringLength(0xDF), std::size_t(31));
        QVERIFY(decodeIdStringText(IdStringType::Latin1, {}).empty());
    }

    void unitNames()
    {
        QCOMPARE(unitName(0), std::string_view("unspecified"));
        QCOMPARE(unitName(1), std::string_view("degrees C"));
        QCOMPARE(unitName(4), std::string_view("Volts"));
        QCOMPARE(unitName(18), std::string_view("RPM"));
        QCOMPARE(unitName(65), std::string_view("color temp deg K"));
        QCOMPARE(unitName(92), std::string_view("grams"));
        QCOMPARE(unitName(93), std::string_view("unknown"));
        QCOMPARE(unitAbbreviation(1), std::string_view("\u00B0C"));
        QCOMPARE(unitAbbreviation(6), std::string_view("W"));
        QCOMPARE(unitDisplay(0x00, 18, 0), std::string("RPM"));
        QCOMPARE(unitDisplay(0x01, 6, 0), std::string("%"));
        QCOMPARE(unitDisplay(0x18, 4, 0), std::string("V/s"));   // rate 3 = per second
        QCOMPARE(unitDisplay(0x02, 6, 24), std::string("W/h"));  // base / modifier
        QCOMPARE(unitDisplay(0x04, 5, 22), std::string("A*s"));  // base * modifier
        QCOMPARE(unitDisplay(0x00, 0, 0), std::string());
    }
};

QTEST_GUILESS_MAIN(TestSdrConversion)
#include "tst_sdr_conversion.moc"
