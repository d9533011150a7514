// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/fru/fruinventory.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The multi-record area (FRU storage definition section 16): records of a 5-byte header
// (type, end-of-list bit and format version, length, data checksum, header checksum)
// and their data, until the record with the end-of-list bit.
namespace ipmi::fru {

inline constexpr std::size_t MultiRecordHeaderSize = 5;

namespace multirecordtype {
inline constexpr std::uint8_t PowerSupply = 0x00;
inline constexpr std::uint8_t DcOutput = 0x01;
} // namespace multirecordtype

// Decodes records from `area` (starting at the first record header, running to the end
// of the image). A bad header checksum or a record past the end stops the walk with an
// error; a bad data checksum is a warning.
std::vector<FruMultiRecord> decodeMultiRecords(ByteView area, std::vector<std::string> &warnings,
                                               std::vector<std::string> &errors);

// The length of the record list in `area`, once it holds every header up to the one with
// the end-of-list bit; nothing while more bytes are needed.
std::optional<std::size_t> multiRecordListLength(ByteView area);

std::string_view multiRecordTypeName(std::uint8_t type);

std::optional<FruPowerSupply> decodePowerSupply(ByteView data);
std::optional<FruDcOutput> decodeDcOutput(ByteView data);

} // namespace ipmi::fru
