// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <cstdint>
#include <optional>

// Raw sensor reading <-> value, IPMI 2.0 section 36.3:
//   y = L[(M*x + B*10^Bexp) * 10^Rexp]
namespace ipmi::sdr {

// Sensor Units 1 bits 7:6.
enum class AnalogFormat : std::uint8_t
{
    Unsigned = 0,
    OnesComplement = 1,
    TwosComplement = 2,
    None = 3, // the sensor has no analog reading
};

// The "linearization" byte, bits 6:0.
namespace linearization {
inline constexpr std::uint8_t Linear = 0x00;
inline constexpr std::uint8_t Ln = 0x01;
inline constexpr std::uint8_t Log10 = 0x02;
inline constexpr std::uint8_t Log2 = 0x03;
inline constexpr std::uint8_t E = 0x04;
inline constexpr std::uint8_t Exp10 = 0x05;
inline constexpr std::uint8_t Exp2 = 0x06;
inline constexpr std::uint8_t Reciprocal = 0x07;
inline constexpr std::uint8_t Sqr = 0x08;
inline constexpr std::uint8_t Cube = 0x09;
inline constexpr std::uint8_t Sqrt = 0x0A;
inline constexpr std::uint8_t CubeRoot = 0x0B;
inline constexpr std::uint8_t NonLinearFirst = 0x70;
inline constexpr std::uint8_t NonLinearLast = 0x7F;
} // namespace linearization

constexpr bool isNonLinear(std::uint8_t code)
{
    return code >= linearization::NonLinearFirst && code <= linearization::NonLinearLast;
}

// The conversion factors, as in full sensor record bytes 25-30 and in the reply to Get
// Sensor Reading Factors (S/E 23h) bytes 3-8, which share one layout.
struct Factors
{
    std::int16_t m = 1;          // 10-bit two's complement
    std::int16_t b = 0;          // 10-bit two's complement
    std::uint8_t tolerance = 0;  // 6 bits, in +/- half raw counts
    std::uint16_t accuracy = 0;  // 10 bits, in 1/100 percent units before accuracyExp
    std::uint8_t accuracyExp = 0; // 2 bits
    std::int8_t rExp = 0;        // 4-bit two's complement
    std::int8_t bExp = 0;        // 4-bit two's complement
};

// Decodes the six factor bytes; nothing when fewer than six are given.
std::optional<Factors> decodeFactors(ByteView sixBytes);

// x as the formula sees it, or nothing for AnalogFormat::None.
std::optional<int> rawToSigned(std::uint8_t raw, AnalogFormat format);

// The value of a raw reading. Nothing when the format has no reading, the linearization
// code is reserved (0Ch-6Fh), or the result is outside the function's domain or not
// finite (log of a value <= 0, 1/0, ...). For the non-linear codes 70h-7Fh the caller
// passes the factors it got from Get Sensor Reading Factors for this very reading; the
// formula is then applied as linear, as ipmitool and FreeIPMI do.
std::optional<double> rawToValue(std::uint8_t raw, AnalogFormat format,
                                 std::uint8_t linearizationCode, const Factors &factors);

// The raw byte whose value is nearest to `value` (for Set Sensor Thresholds): a search
// over all 256 raw values, because L need not be monotonic nor invertible in closed form
// and M may be negative. Ties go to the lower raw byte. Nothing if no raw byte converts.
std::optional<std::uint8_t> valueToRaw(double value, AnalogFormat format,
                                       std::uint8_t linearizationCode, const Factors &factors);

} // namespace ipmi::sdr
