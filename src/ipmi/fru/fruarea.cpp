// SPDX-License-Identifier: GPL-3.0-or-later
#include "fruarea.h"

#include <array>
#include <cstdio>

namespace ipmi::fru {

namespace {

constexpr std::int64_t FruEpochUnixSeconds = 820454400; // 1996-01-01 00:00:00 UTC

std::uint8_t checksum(ByteView data)
{
    unsigned sum = 0;
    for (const std::uint8_t byte : data)
        sum += byte;
    return static_cast<std::uint8_t>(sum);
}

// The checks every info area shares; returns the area trimmed to its declared length
// and the fields after the `fixedBytes` that follow the length byte.
Result<ByteView> areaBody(std::string_view name, ByteView area, std::vector<std::string> &warnings)
{
    if (area.size() < 2)
        return makeError(ErrorKind::MalformedResponse,
                         "The " + std::string(name) + " area is cut off: it has fewer than 2 bytes.");
    const std::size_t length = infoAreaLength(area);
    if (length == 0)
        return makeError(ErrorKind::MalformedResponse, "The " + std::string(name) + " area declares a length of 0.");
    if (length > area.size())
        return makeError(ErrorKind::MalformedResponse,
                         "The " + std::string(name) + " area declares " + std::to_string(length) + " bytes but only "
                             + std::to_string(area.size()) + " are left in the FRU image.");
    const ByteView whole = area.first(length);
    if ((whole[0] & 0x0F) != 1)
        warnings.push_back("The " + std::string(name) + " area has format version " + std::to_string(whole[0] & 0x0F)
                           + " instead of 1.");
    if (checksum(whole) != 0)
        warnings.push_back("The " + std::string(name) + " area checksum is wrong.");
    return whole.subspan(2, length - 3); // without version, length and the checksum byte
}

// The fixed fields in order, then the custom ones; missing fixed fields stay empty.
void assignFields(std::string_view name, ByteView body, bool english, std::vector<FruField *> fixed,
                  std::vector<FruField> &custom, std::vector<std::string> &warnings)
{
    FruFieldList list = decodeFruFields(body, english);
    if (list.problem)
        warnings.push_back("The " + std::string(name) + " area: " + *list.problem + ".");
    for (std::size_t i = 0; i < list.fields.size(); ++i) {
        if (i < fixed.size())
            *fixed[i] = std::move(list.fields[i]);
        else
            custom.push_back(std::move(list.fields[i]));
    }
}

} // namespace

std::size_t infoAreaLength(ByteView area)
{
    return area.size() < 2 ? 0 : std::size_t(area[1]) * 8;
}

Result<FruChassis> decodeChassisArea(ByteView area, std::vector<std::string> &warnings)
{
    constexpr std::string_view name = "chassis";
    auto body = areaBody(name, area, warnings);
    if (!body)
        return body.error();
    FruChassis chassis;
    if (body->empty()) {
        warnings.push_back("The chassis area has no chassis type.");
        return chassis;
    }
    chassis.type = (*body)[0];
    // The chassis area has no language code: its text is English.
    assignFields(name, body->subspan(1), true, {&chassis.partNumber, &chassis.serial}, chassis.custom, warnings);
    return chassis;
}

Result<FruBoard> decodeBoardArea(ByteView area, std::vector<std::string> &warnings)
{
    constexpr std::string_view name = "board";
    auto body = areaBody(name, area, warnings);
    if (!body)
        return body.error();
    FruBoard board;
    if (body->size() < 4) {
        warnings.push_back("The board area is too short for its language and date.");
        return board;
    }
    ByteReader reader(*body);
    board.language = reader.u8();
    const std::uint32_t minutes = reader.u8() | (std::uint32_t(reader.u16le()) << 8);
    if (minutes != 0)
        board.mfgMinutes = minutes;
    assignFields(name, reader.rest(), isEnglish(board.language),
                 {&board.manufacturer, &board.productName, &board.serial, &board.partNumber, &board.fruFileId},
                 board.custom, warnings);
    return board;
}

Result<FruProduct> decodeProductArea(ByteView area, std::vector<std::string> &warnings)
{
    constexpr std::string_view name = "product";
    auto body = areaBody(name, area, warnings);
    if (!body)
        return body.error();
    FruProduct product;
    if (body->empty()) {
        warnings.push_back("The product area has no language code.");
        return product;
    }
    product.language = (*body)[0];
    assignFields(name, body->subspan(1), isEnglish(product.language),
                 {&product.manufacturer, &product.name, &product.partNumber, &product.version, &product.serial,
                  &product.assetTag, &product.fruFileId},
                 product.custom, warnings);
    return product;
}

std::string_view chassisTypeName(std::uint8_t type)
{
    static constexpr std::array<std::string_view, 0x25> names = {
        "Unspecified", "Other", "Unknown", "Desktop", "Low Profile Desktop", "Pizza Box", "Mini Tower", "Tower",
        "Portable", "LapTop", "Notebook", "Hand Held", "Docking Station", "All in One", "Sub Notebook",
        "Space-saving", "Lunch Box", "Main Server Chassis", "Expansion Chassis", "SubChassis",
        "Bus Expansion Chassis", "Peripheral Chassis", "RAID Chassis", "Rack Mount Chassis", "Sealed-case PC",
        "Multi-system Chassis", "CompactPCI", "AdvancedTCA", "Blade", "Blade Enclosure", "Tablet", "Convertible",
        "Detachable", "IoT Gateway", "Embedded PC", "Mini PC", "Stick PC"};
    return type < names.size() ? names[type] : std::string_view("Unknown");
}

std::int64_t fruMinutesToUnixSeconds(std::uint32_t minutes)
{
    return FruEpochUnixSeconds + std::int64_t(minutes) * 60;
}

std::string fruDateIso8601(std::uint32_t minutes)
{
    // Days to a civil date (proleptic Gregorian), after H. Hinnant's public-domain algorithm.
    const std::int64_t seconds = fruMinutesToUnixSeconds(minutes);
    const std::int64_t days = seconds / 86400;
    const std::int64_t secondOfDay = seconds % 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = z / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[96];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(year),
                  static_cast<long long>(month), static_cast<long long>(day),
                  static_cast<long long>(secondOfDay / 3600), static_cast<long long>(secondOfDay / 60 % 60),
                  static_cast<long long>(secondOfDay % 60));
    return text;
}

} // namespace ipmi::fru
