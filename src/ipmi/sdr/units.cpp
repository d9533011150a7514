// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sdr/units.h"

#include <array>

namespace ipmi::sdr {

namespace {

struct Unit
{
    std::string_view name;
    std::string_view abbreviation;
};

// Index = unit code. Names follow table 43-15 as ipmitool spells them, so the two tools'
// outputs compare line by line.
constexpr std::array<Unit, UnitCodeMax + 1> units = {{
    {"unspecified", ""},
    {"degrees C", "\u00B0C"},
    {"degrees F", "\u00B0F"},
    {"degrees K", "K"},
    {"Volts", "V"},
    {"Amps", "A"},
    {"Watts", "W"},
    {"Joules", "J"},
    {"Coulombs", "C"},
    {"VA", "VA"},
    {"Nits", "nt"},
    {"lumen", "lm"},
    {"lux", "lx"},
    {"Candela", "cd"},
    {"kPa", "kPa"},
    {"PSI", "psi"},
    {"Newton", "N"},
    {"CFM", "CFM"},
    {"RPM", "RPM"},
    {"Hz", "Hz"},
    {"microsecond", "\u00B5s"},
    {"millisecond", "ms"},
    {"second", "s"},
    {"minute", "min"},
    {"hour", "h"},
    {"day", "d"},
    {"week", "wk"},
    {"mil", "mil"},
    {"inches", "in"},
    {"feet", "ft"},
    {"cu in", "in\u00B3"},
    {"cu feet", "ft\u00B3"},
    {"mm", "mm"},
    {"cm", "cm"},
    {"m", "m"},
    {"cu cm", "cm\u00B3"},
    {"cu m", "m\u00B3"},
    {"liters", "L"},
    {"fluid ounce", "fl oz"},
    {"radians", "rad"},
    {"steradians", "sr"},
    {"revolutions", "rev"},
    {"cycles", "cycles"},
    {"gravities", "gn"}, // not "g", which is grams (code 92)
    {"ounce", "oz"},
    {"pound", "lb"},
    {"ft-lb", "ft\u00B7lb"},
    {"oz-in", "oz\u00B7in"},
    {"gauss", "Gs"},
    {"gilberts", "Gb"},
    {"henry", "H"},
    {"millihenry", "mH"},
    {"farad", "F"},
    {"microfarad", "\u00B5F"},
    {"ohms", "\u03A9"},
    {"siemens", "S"},
    {"mole", "mol"},
    {"becquerel", "Bq"},
    {"PPM", "ppm"},
    {"reserved", ""},
    {"Decibels", "dB"},
    {"DbA", "dBA"},
    {"DbC", "dBC"},
    {"gray", "Gy"},
    {"sievert", "Sv"},
    {"color temp deg K", "K"},
    {"bit", "bit"},
    {"kilobit", "kbit"},
    {"megabit", "Mbit"},
    {"gigabit", "Gbit"},
    {"byte", "B"},
    {"kilobyte", "KB"},
    {"megabyte", "MB"},
    {"gigabyte", "GB"},
    {"word", "word"},
    {"dword", "dword"},
    {"qword", "qword"},
    {"line", "line"},
    {"hit", "hit"},
    {"miss", "miss"},
    {"retry", "retry"},
    {"reset", "reset"},
    {"overrun / overflow", "overrun"},
    {"underrun", "underrun"},
    {"collision", "collision"},
    {"packets", "packets"},
    {"messages", "messages"},
    {"characters", "chars"},
    {"error", "error"},
    {"correctable error", "correctable error"},
    {"uncorrectable error", "uncorrectable error"},
    {"fatal error", "fatal error"},
    {"grams", "g"},
}};

} // namespace

std::string_view unitName(std::uint8_t code)
{
    return code <= UnitCodeMax ? units[code].name : std::string_view("unknown");
}

std::string_view unitAbbreviation(std::uint8_t code)
{
    return code <= UnitCodeMax ? units[code].abbreviation : std::string_view("unknown");
}

std::string_view rateUnitName(std::uint8_t rateUnit)
{
    static constexpr std::array<std::string_view, 8> rates = {"", "\u00B5s", "ms", "s",
                                                              "min", "h", "d", ""};
    return rates[rateUnit & 0x07];
}

std::string unitDisplay(std::uint8_t units1, std::uint8_t baseUnit, std::uint8_t modifierUnit)
{
    const bool percentage = (units1 & 0x01) != 0;
    const auto modifier = static_cast<ModifierUse>((units1 >> 1) & 0x03);
    const std::string_view rate = rateUnitName(static_cast<std::uint8_t>(units1 >> 3));

    std::string text(percentage ? "%" : "");
    // With the percentage bit the reading is a percentage of the base unit, which is
    // what ipmitool shows too: the base unit is then left out.
    if (!percentage)
        text += unitAbbreviation(baseUnit);
    if (modifier == ModifierUse::Divide || modifier == ModifierUse::Multiply) {
        text += modifier == ModifierUse::Divide ? "/" : "*";
        text += unitAbbreviation(modifierUnit);
    }
    if (!rate.empty()) {
        text += '/';
        text += rate;
    }
    return text;
}

} // namespace ipmi::sdr
