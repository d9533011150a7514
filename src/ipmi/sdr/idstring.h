// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <cstddef>
#include <cstdint>
#include <string>

// The ID string of an SDR (IPMI 2.0 section 43.15, "Type/Length Byte Format"): one
// type/length byte, then up to 16 (the field allows 31) bytes in one of four encodings.
namespace ipmi::sdr {

enum class IdStringType : std::uint8_t
{
    Unicode = 0,     // 00b
    BcdPlus = 1,     // 01b
    Packed6Bit = 2,  // 10b: 6-bit packed ASCII
    Latin1 = 3,      // 11b: 8-bit ASCII + Latin-1
};

constexpr IdStringType idStringType(std::uint8_t typeLength)
{
    return static_cast<IdStringType>(typeLength >> 6);
}

// Bits 4:0. Bit 5 is reserved and ignored rather than rejected, as a BMC that sets it
// still means the same length.
constexpr std::size_t idStringLength(std::uint8_t typeLength)
{
    return typeLength & 0x1Fu;
}

struct IdString
{
    IdStringType type = IdStringType::Latin1;
    Bytes raw;        // the bytes as stored, for callers that want to show or compare them
    std::string text; // UTF-8
};

// Decodes `data` (exactly the string's bytes, without the type/length byte) to UTF-8:
// - Latin1: ASCII and Latin-1 to UTF-8; the string ends at the first NUL, because BMCs
//   pad names with NULs inside the declared length and ipmitool stops there too.
// - Packed6Bit: four 6-bit characters per three bytes, least significant bits first,
//   each character being ASCII 20h + value; a partial last character is dropped.
// - BcdPlus: two characters per byte, high nibble first; 0-9, then space - . : , _ .
// - Unicode: the spec never says which Unicode encoding or byte order, and BMCs in the
//   field put plain ASCII there; so the bytes are taken as Latin-1 (what ipmitool prints)
//   and left unchanged in IdString::raw.
std::string decodeIdStringText(IdStringType type, ByteView data);

IdString decodeIdString(IdStringType type, ByteView data);

} // namespace ipmi::sdr
