// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/sdr/idstring.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The type/length fields of the FRU info areas (Platform Management FRU Information
// Storage Definition v1.0, section 13). The encodings are those of SDR ID strings
// (ipmi/sdr/idstring.h), with three FRU differences: six length bits instead of five,
// type 00b means binary rather than Unicode, and type 11b is 2-byte Unicode when the
// area's language is not English.
namespace ipmi::fru {

inline constexpr std::uint8_t EndOfFields = 0xC1; // type 11b, length 1: no more fields

constexpr std::size_t fieldLength(std::uint8_t typeLength)
{
    return typeLength & 0x3Fu;
}

enum class FruFieldEncoding : std::uint8_t
{
    Binary = 0,     // 00b: binary or unspecified
    BcdPlus = 1,    // 01b
    Packed6Bit = 2, // 10b
    Latin1 = 3,     // 11b, English area: 8-bit ASCII + Latin-1
    Unicode = 4,    // 11b, other languages: 2-byte Unicode, least significant byte first
};

struct FruField
{
    FruFieldEncoding encoding = FruFieldEncoding::Latin1;
    Bytes raw;        // the bytes after the type/length byte, as stored
    std::string text; // UTF-8; a binary field as lower-case hex, as ipmitool prints it

    bool empty() const { return raw.empty(); }
};

// Language codes 0 and 25 are English (section 15, "Language Codes").
constexpr bool isEnglish(std::uint8_t languageCode)
{
    return languageCode == 0 || languageCode == 25;
}

FruField decodeFruField(std::uint8_t typeLength, ByteView data, bool english);

// The fields of an info area from its first type/length byte to the C1h marker.
struct FruFieldList
{
    std::vector<FruField> fields;
    bool terminated = false;     // the C1h marker was found
    std::optional<std::string> problem; // a field ran past the area, or no marker
};

FruFieldList decodeFruFields(ByteView body, bool english);

} // namespace ipmi::fru
