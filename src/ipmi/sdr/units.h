// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Sensor unit type codes (IPMI 2.0 table 43-15) and the Sensor Units 1 byte.
namespace ipmi::sdr {

inline constexpr std::uint8_t UnitCodeMax = 92; // grams

// The spec's name ("degrees C", "Volts", "RPM"), spelt as ipmitool prints it;
// "unknown" for a code above 92.
std::string_view unitName(std::uint8_t code);

// A short form for a reading column ("°C", "V", "RPM"); the name where no common
// abbreviation exists; empty for "unspecified".
std::string_view unitAbbreviation(std::uint8_t code);

// Sensor Units 1 bits 5:3: "per" a time unit, or empty for none/reserved.
std::string_view rateUnitName(std::uint8_t rateUnit);

// Sensor Units 1 bits 2:1.
enum class ModifierUse : std::uint8_t
{
    None = 0,
    Divide = 1,   // base unit / modifier unit
    Multiply = 2, // base unit * modifier unit
    Reserved = 3,
};

// The whole unit for display, combining Sensor Units 1 with the base and modifier unit
// codes: "%", "°C", "W/h", "A*s", "RPM/min"... Empty if nothing is specified.
std::string unitDisplay(std::uint8_t units1, std::uint8_t baseUnit, std::uint8_t modifierUnit);

} // namespace ipmi::sdr
