// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ipmi {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Appends little-endian fields to a byte vector (IPMI is little-endian on the wire,
// except where a command says otherwise).
class ByteWriter
{
public:
    ByteWriter() = default;
    explicit ByteWriter(std::size_t reserve) { m_bytes.reserve(reserve); }

    ByteWriter &u8(std::uint8_t value);
    ByteWriter &u16le(std::uint16_t value);
    ByteWriter &u32le(std::uint32_t value);
    ByteWriter &u16be(std::uint16_t value);
    ByteWriter &u32be(std::uint32_t value);
    ByteWriter &bytes(ByteView data);
    ByteWriter &fill(std::uint8_t value, std::size_t count);

    std::size_t size() const { return m_bytes.size(); }
    Bytes &buffer() { return m_bytes; }
    Bytes take() { return std::move(m_bytes); }

private:
    Bytes m_bytes;
};

// Reads fields from a byte span. A read past the end sets the failed flag and yields
// zeros, so a decoder checks ok() once at the end instead of after every field.
class ByteReader
{
public:
    explicit ByteReader(ByteView data) : m_data(data) {}

    std::uint8_t u8();
    std::uint16_t u16le();
    std::uint32_t u32le();
    std::uint16_t u16be();
    std::uint32_t u32be();
    ByteView bytes(std::size_t count);
    ByteView rest();
    void skip(std::size_t count);

    std::size_t remaining() const { return m_failed ? 0 : m_data.size() - m_pos; }
    std::size_t position() const { return m_pos; }
    bool atEnd() const { return remaining() == 0; }
    bool ok() const { return !m_failed; }

private:
    bool take(std::size_t count);

    ByteView m_data;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

std::string toHex(ByteView data, std::string_view separator = {});
// Accepts hex digits with optional spaces, colons or a 0x prefix per byte.
std::optional<Bytes> fromHex(std::string_view text);

inline ByteView asBytes(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t *>(text.data()), text.size()};
}

} // namespace ipmi
