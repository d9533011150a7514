// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <cstddef>
#include <cstdint>
#include <optional>
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

// What bits 4:0 count. The spec says characters; OpenIPMI (sdrcomp and its reader) counts
// characters for 6-bit packed ASCII and BCD plus, ipmitool and FreeIPMI count bytes, and
// BMCs of both kinds exist. For 8-bit text the two are the same.
enum class IdLengthUnit : std::uint8_t
{
    Bytes,
    Characters,
};

struct IdString
{
    IdStringType type = IdStringType::Latin1;
    IdLengthUnit lengthUnit = IdLengthUnit::Bytes; // the reading that was taken
    Bytes raw;        // the bytes as stored, for callers that want to show or compare them
    std::string text; // UTF-8
    bool fallback = false; // text is a stand-in made by the record's decoder, not the BMC's
};

// Decodes `data` (exactly the string's bytes, without the type/length byte) to UTF-8:
// - Latin1: ASCII and Latin-1 to UTF-8; the string ends at the first NUL, because BMCs
//   pad names with NULs inside the declared length and ipmitool stops there too.
// - Packed6Bit: four 6-bit characters per three bytes, least significant bits first,
//   each character being ASCII 20h + value; a partial last character is dropped.
// - BcdPlus: two characters per byte, low nibble first as in 6-bit packing (OpenIPMI's
//   sdrcomp writes and its reader reads them so; ipmitool does not decode SDR names);
//   0-9, then space - . : , _ .
// - Unicode: the spec never says which Unicode encoding or byte order, and BMCs in the
//   field put plain ASCII there; so the bytes are taken as Latin-1 (what ipmitool prints)
//   and left unchanged in IdString::raw.
std::string decodeIdStringText(IdStringType type, ByteView data);

IdString decodeIdString(IdStringType type, ByteView data);

// BCD plus digits in either nibble order. FRU fields are read high nibble first, as
// ipmitool's FRU printer reads them; SDR ID strings low nibble first (see above).
enum class BcdNibbleOrder : std::uint8_t
{
    LowFirst,
    HighFirst,
};
std::string decodeBcdPlus(ByteView data, BcdNibbleOrder order);

// How many bytes an ID string of `length` takes under one reading of its length.
std::size_t idStringBytes(IdStringType type, std::size_t length, IdLengthUnit unit);

// Reads the ID string that starts with `typeLength` from `rest`, the record's bytes after
// that byte. For 6-bit packed ASCII and BCD plus both readings of the length are tried:
// the one that ends exactly at the record's end wins; if neither does, the byte reading
// if it fits (ipmitool's, and it loses no character), else the character reading.
// Under the character reading the text has exactly `length` characters; under the byte
// reading trailing spaces, which are the padding bits of the last byte, are dropped.
// Nothing when no reading fits in `rest`.
std::optional<IdString> readIdString(std::uint8_t typeLength, ByteView rest);

} // namespace ipmi::sdr
