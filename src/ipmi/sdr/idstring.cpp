// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sdr/idstring.h"

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

std::string bcdPlus(ByteView data)
{
    static constexpr char symbols[16] = {'0', '1', '2', '3', '4', '5', '6', '7',
                                         '8', '9', ' ', '-', '.', ':', ',', '_'};
    std::string out;
    out.reserve(data.size() * 2);
    for (const std::uint8_t byte : data) {
        out.push_back(symbols[byte >> 4]);
        out.push_back(symbols[byte & 0x0F]);
    }
    return out;
}

} // namespace

std::string decodeIdStringText(IdStringType type, ByteView data)
{
    switch (type) {
    case IdStringType::Latin1:
        return latin1(data, true);
    case IdStringType::Packed6Bit:
        return packed6Bit(data);
    case IdStringType::BcdPlus:
        return bcdPlus(data);
    case IdStringType::Unicode:
        return latin1(data, true);
    }
    return {};
}

IdString decodeIdString(IdStringType type, ByteView data)
{
    return IdString{type, Bytes(data.begin(), data.end()), decodeIdStringText(type, data)};
}

} // namespace ipmi::sdr
