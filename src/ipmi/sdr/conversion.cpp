// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sdr/conversion.h"

#include <cmath>

namespace ipmi::sdr {

namespace {

// Sign-extends the low `bits` bits of `value`.
int signExtend(unsigned value, unsigned bits)
{
    const unsigned mask = (1u << bits) - 1u;
    value &= mask;
    const unsigned sign = 1u << (bits - 1);
    return (value & sign) != 0 ? static_cast<int>(value) - static_cast<int>(1u << bits)
                               : static_cast<int>(value);
}

// 10^exponent for the SDR's 4-bit signed exponents (-8..7), as std::pow(10.0, exponent)
// gives them (both are the correctly rounded value): a reading converts without a
// call to pow, and valueToRaw() converts 256 candidates per threshold.
double powerOfTen(int exponent)
{
    static constexpr double Powers[] = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1,
                                        1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7};
    if (exponent >= -8 && exponent <= 7)
        return Powers[exponent + 8];
    return std::pow(10.0, exponent);
}

std::optional<double> applyLinearization(std::uint8_t code, double x)
{
    double y = 0.0;
    switch (code) {
    case linearization::Linear:
        y = x;
        break;
    case linearization::Ln:
        if (x <= 0.0)
            return std::nullopt;
        y = std::log(x);
        break;
    case linearization::Log10:
        if (x <= 0.0)
            return std::nullopt;
        y = std::log10(x);
        break;
    case linearization::Log2:
        if (x <= 0.0)
            return std::nullopt;
        y = std::log2(x);
        break;
    case linearization::E:
        y = std::exp(x);
        break;
    case linearization::Exp10:
        y = std::pow(10.0, x);
        break;
    case linearization::Exp2:
        y = std::exp2(x);
        break;
    case linearization::Reciprocal:
        if (x == 0.0)
            return std::nullopt;
        y = 1.0 / x;
        break;
    case linearization::Sqr:
        y = x * x;
        break;
    case linearization::Cube:
        y = x * x * x;
        break;
    case linearization::Sqrt:
        if (x < 0.0)
            return std::nullopt;
        y = std::sqrt(x);
        break;
    case linearization::CubeRoot:
        y = std::cbrt(x);
        break;
    default:
        if (!isNonLinear(code))
            return std::nullopt; // reserved code: no defined meaning
        y = x;
        break;
    }
    if (!std::isfinite(y))
        return std::nullopt;
    return y;
}

} // namespace

std::optional<Factors> decodeFactors(ByteView sixBytes)
{
    if (sixBytes.size() < 6)
        return std::nullopt;
    const auto *b = sixBytes.data();
    Factors f;
    f.m = static_cast<std::int16_t>(signExtend(b[0] | ((b[1] & 0xC0u) << 2), 10));
    f.tolerance = static_cast<std::uint8_t>(b[1] & 0x3F);
    f.b = static_cast<std::int16_t>(signExtend(b[2] | ((b[3] & 0xC0u) << 2), 10));
    f.accuracy = static_cast<std::uint16_t>((b[3] & 0x3F) | ((b[4] & 0xF0u) << 2));
    f.accuracyExp = static_cast<std::uint8_t>((b[4] >> 2) & 0x03);
    f.rExp = static_cast<std::int8_t>(signExtend(b[5] >> 4, 4));
    f.bExp = static_cast<std::int8_t>(signExtend(b[5] & 0x0Fu, 4));
    return f;
}

std::optional<int> rawToSigned(std::uint8_t raw, AnalogFormat format)
{
    switch (format) {
    case AnalogFormat::Unsigned:
        return static_cast<int>(raw);
    case AnalogFormat::OnesComplement:
        // FFh is "negative zero"; 80h is -127.
        return (raw & 0x80) != 0 ? -static_cast<int>(~raw & 0x7F) : static_cast<int>(raw);
    case AnalogFormat::TwosComplement:
        return signExtend(raw, 8);
    case AnalogFormat::None:
        break;
    }
    return std::nullopt;
}

std::optional<double> rawToValue(std::uint8_t raw, AnalogFormat format,
                                 std::uint8_t linearizationCode, const Factors &factors)
{
    const std::optional<int> x = rawToSigned(raw, format);
    if (!x)
        return std::nullopt;
    const double inner = (static_cast<double>(factors.m) * *x
                          + static_cast<double>(factors.b) * powerOfTen(factors.bExp))
                         * powerOfTen(factors.rExp);
    return applyLinearization(static_cast<std::uint8_t>(linearizationCode & 0x7F), inner);
}

std::optional<std::uint8_t> valueToRaw(double value, AnalogFormat format,
                                       std::uint8_t linearizationCode, const Factors &factors)
{
    if (!std::isfinite(value))
        return std::nullopt;
    std::optional<std::uint8_t> best;
    double bestDistance = 0.0;
    for (unsigned raw = 0; raw <= 0xFF; ++raw) {
        const auto candidate =
            rawToValue(static_cast<std::uint8_t>(raw), format, linearizationCode, factors);
        if (!candidate)
            continue;
        const double distance = std::fabs(*candidate - value);
        if (!best || distance < bestDistance) {
            best = static_cast<std::uint8_t>(raw);
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace ipmi::sdr
