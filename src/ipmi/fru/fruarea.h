// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/fru/fruinventory.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The three info areas (chassis, board, product): version 1, a length in multiples of
// 8 bytes, fixed fields, custom fields up to C1h, padding and a zero checksum.
namespace ipmi::fru {

// `area` starts at the area's version byte and holds at least its declared length.
// A bad checksum, a wrong version or a missing end marker adds a warning and the area
// is decoded anyway; only a declared length past `area` is an error.
Result<FruChassis> decodeChassisArea(ByteView area, std::vector<std::string> &warnings);
Result<FruBoard> decodeBoardArea(ByteView area, std::vector<std::string> &warnings);
Result<FruProduct> decodeProductArea(ByteView area, std::vector<std::string> &warnings);

// The area's declared length in bytes (byte 1 times 8), 0 if `area` is empty.
std::size_t infoAreaLength(ByteView area);

// SMBIOS chassis type names, as ipmitool shows them; "Unknown" past the table.
std::string_view chassisTypeName(std::uint8_t type);

// Manufacturing date: minutes since 1996-01-01 00:00 UTC.
std::int64_t fruMinutesToUnixSeconds(std::uint32_t minutes);
std::string fruDateIso8601(std::uint32_t minutes); // "2019-03-04T05:06:00Z"

} // namespace ipmi::fru
