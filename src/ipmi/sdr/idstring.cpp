// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sdr/idstring.h"

#include <algorithm>

namespace ipmi::sdr {

namespace {

void appendLatin1(std::string &out, std::uint8_t byte)
{
    if (byte < 0x80) {
        out.push_back(static_cast<char>(byte));
        return;
    }
    // Latin-1 is the first 256 code points, so every byte is a two-byte UTF-8 sequence.
    out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
    out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
}

std::string latin1(ByteView data, bool stopAtNul)
{
    std::string out;
    out.reserve(data.size());
    for (const std::uint8_t byte : data) {
        if (stopAtNul && byte == 0)
            break;
        appendLatin1(out, byte);
    }
    return out;
}

std::string packed6Bit(ByteView data)
{
    std::string out;
    const std::size_t characters = data.size() * 8 / 6;
    out.reserve(characters);
    for (std::size_t i = 0; i < characters; ++i) {
        const std::size_t bit = i * 6;
        const std::size_t index = bit / 8;
        const unsigned shift = static_cast<unsigned>(bit % 8);
        unsigned value = static_cast<unsigned>(data[index]) >> shift;
        if (shift > 2) // the character straddles into the next byte
            value |= static_cast<unsigned>(data[index + 1]) << (8 - shift);
        out.push_back(static_cast<char>(0x20 + (value & 0x3F)));
    }
    return out;
}

} // namespace

std::string decodeBcdPlus(ByteView data, BcdNibbleOrder order)
{
    static constexpr char symbols[16] = {'0', '1', '2', '3', '4', '5', '6', '7',
                                         '8', '9', ' ', '-', '.', ':', ',', '_'};
    std::string out;
    out.reserve(data.size() * 2);
    for (const std::uint8_t byte : data) {
        const unsigned first = order == BcdNibbleOrder::LowFirst ? byte & 0x0F : byte >> 4;
        const unsigned second = order == BcdNibbleOrder::LowFirst ? byte >> 4 : byte & 0x0F;
        out.push_back(symbols[first]);
        out.push_back(symbols[second]);
    }
    return out;
}

std::string decodeIdStringText(IdStringType type, ByteView data)
{
    switch (type) {
    case IdStringType::Latin1:
        return latin1(data, true);
    case IdStringType::Packed6Bit:
        return packed6Bit(data);
    case IdStringType::BcdPlus:
        return decodeBcdPlus(data, BcdNibbleOrder::LowFirst);
    case IdStringType::Unicode:
        return latin1(data, true);
    }
    return {};
}

IdString decodeIdString(IdStringType type, ByteView data)
{
    return IdString{type, IdLengthUnit::Bytes, Bytes(data.begin(), data.end()), decodeIdStringText(type, data)};
}

std::size_t idStringBytes(IdStringType type, std::size_t length, IdLengthUnit unit)
{
    if (unit == IdLengthUnit::Bytes)
        return length;
    switch (type) {
    case IdStringType::Packed6Bit:
        return (length * 6 + 7) / 8;
    case IdStringType::BcdPlus:
        return (length + 1) / 2;
    case IdStringType::Unicode:
    case IdStringType::Latin1:
        break;
    }
    return length;
}

std::optional<IdString> readIdString(std::uint8_t typeLength, ByteView rest)
{
    const IdStringType type = idStringType(typeLength);
    const std::size_t length = idStringLength(typeLength);
    const std::size_t asBytes = idStringBytes(type, length, IdLengthUnit::Bytes);
    const std::size_t asCharacters = idStringBytes(type, length, IdLengthUnit::Characters);

    IdLengthUnit unit = IdLengthUnit::Bytes;
    if (asBytes == rest.size() || (asBytes < rest.size() && asCharacters != rest.size()))
        unit = IdLengthUnit::Bytes;
    else if (asCharacters <= rest.size())
        unit = IdLengthUnit::Characters;
    else
        return std::nullopt;

    const std::size_t size = unit == IdLengthUnit::Bytes ? asBytes : asCharacters;
    IdString id = decodeIdString(type, rest.first(size));
    id.lengthUnit = unit;
    if (type == IdStringType::Packed6Bit || type == IdStringType::BcdPlus) {
        if (unit == IdLengthUnit::Characters)
            id.text.resize(std::min(id.text.size(), length));
        else
            id.text.erase(id.text.find_last_not_of(' ') + 1);
    }
    return id;
}

} // namespace ipmi::sdr
