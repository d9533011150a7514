// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytes.h"

#include <algorithm>
#include <cctype>

namespace ipmi {

ByteWriter &ByteWriter::u8(std::uint8_t value)
{
    m_bytes.push_back(value);
    return *this;
}

ByteWriter &ByteWriter::u16le(std::uint16_t value)
{
    return u8(static_cast<std::uint8_t>(value)).u8(static_cast<std::uint8_t>(value >> 8));
}

ByteWriter &ByteWriter::u32le(std::uint32_t value)
{
    return u16le(static_cast<std::uint16_t>(value)).u16le(static_cast<std::uint16_t>(value >> 16));
}

ByteWriter &ByteWriter::u16be(std::uint16_t value)
{
    return u8(static_cast<std::uint8_t>(value >> 8)).u8(static_cast<std::uint8_t>(value));
}

ByteWriter &ByteWriter::u32be(std::uint32_t value)
{
    return u16be(static_cast<std::uint16_t>(value >> 16)).u16be(static_cast<std::uint16_t>(value));
}

ByteWriter &ByteWriter::bytes(ByteView data)
{
    m_bytes.insert(m_bytes.end(), data.begin(), data.end());
    return *this;
}

ByteWriter &ByteWriter::fill(std::uint8_t value, std::size_t count)
{
    m_bytes.insert(m_bytes.end(), count, value);
    return *this;
}

bool ByteReader::take(std::size_t count)
{
    if (m_failed || m_data.size() - m_pos < count) {
        m_failed = true;
        return false;
    }
    return true;
}

std::uint8_t ByteReader::u8()
{
    if (!take(1))
        return 0;
    return m_data[m_pos++];
}

std::uint16_t ByteReader::u16le()
{
    if (!take(2))
        return 0;
    const auto value = static_cast<std::uint16_t>(m_data[m_pos] | (m_data[m_pos + 1] << 8));
    m_pos += 2;
    return value;
}

std::uint32_t ByteReader::u32le()
{
    const std::uint32_t low = u16le();
    const std::uint32_t high = u16le();
    return low | (high << 16);
}

std::uint16_t ByteReader::u16be()
{
    if (!take(2))
        return 0;
    const auto value = static_cast<std::uint16_t>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
    m_pos += 2;
    return value;
}

std::uint32_t ByteReader::u32be()
{
    const std::uint32_t high = u16be();
    const std::uint32_t low = u16be();
    return (high << 16) | low;
}

ByteView ByteReader::bytes(std::size_t count)
{
    if (!take(count))
        return {};
    const ByteView view = m_data.subspan(m_pos, count);
    m_pos += count;
    return view;
}

ByteView ByteReader::rest()
{
    if (m_failed)
        return {};
    const ByteView view = m_data.subspan(m_pos);
    m_pos = m_data.size();
    return view;
}

void ByteReader::skip(std::size_t count)
{
    if (take(count))
        m_pos += count;
}

std::string toHex(ByteView data, std::string_view separator)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * (2 + separator.size()));
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (i != 0)
            out += separator;
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0x0f];
    }
    return out;
}

std::optional<Bytes> fromHex(std::string_view text)
{
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    Bytes out;
    int pending = -1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == ':' || c == '\n' || c == '\t' || c == '\r') {
            if (pending >= 0)
                return std::nullopt; // odd digit count inside a group
            continue;
        }
        if (c == '0' && pending < 0 && i + 1 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
            ++i;
            continue;
        }
        const int value = nibble(c);
        if (value < 0)
            return std::nullopt;
        if (pending < 0) {
            pending = value;
        } else {
            out.push_back(static_cast<std::uint8_t>((pending << 4) | value));
            pending = -1;
        }
    }
    if (pending >= 0)
        return std::nullopt;
    return out;
}

} // namespace ipmi
