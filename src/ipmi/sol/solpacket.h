// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <cstdint>

// The SOL payload (payload type 01h) carried inside an RMCP+ session (IPMI 2.0 §15.9).
namespace ipmi::sol {

// Byte 3 from the console to the BMC.
namespace control {
inline constexpr std::uint8_t Nack = 0x40;          // the packet's characters were not accepted
inline constexpr std::uint8_t RingIndicator = 0x20; // assert RI
inline constexpr std::uint8_t Break = 0x10;         // generate a serial break
inline constexpr std::uint8_t DeassertCts = 0x08;
inline constexpr std::uint8_t DeassertDcdDsr = 0x04;
inline constexpr std::uint8_t FlushInbound = 0x02;
inline constexpr std::uint8_t FlushOutbound = 0x01;
} // namespace control

// Byte 3 from the BMC to the console.
namespace status {
inline constexpr std::uint8_t Nack = 0x40;
inline constexpr std::uint8_t Unavailable = 0x20;  // character transfer unavailable
inline constexpr std::uint8_t Deactivating = 0x10; // SOL is being deactivated
inline constexpr std::uint8_t Overrun = 0x08;      // the BMC dropped characters
inline constexpr std::uint8_t BreakDetected = 0x04;
} // namespace status

inline constexpr std::size_t kHeaderSize = 4;
inline constexpr std::size_t kMaxCharacters = 255; // the accepted count is one byte

struct Packet
{
    std::uint8_t sequence = 0;      // 1..15; 0 = the packet carries no characters to acknowledge
    std::uint8_t ackSequence = 0;   // 1..15 of the packet acknowledged; 0 = none
    std::uint8_t acceptedCount = 0; // characters of that packet accepted
    std::uint8_t flags = 0;         // control:: (console) or status:: (BMC) bits
    Bytes data;

    bool nack() const { return flags & control::Nack; }
};

// Encodes a packet; fails on sequence numbers above 15 or more than 255 characters.
Result<Bytes> encodePacket(const Packet &packet);
// Decodes a packet; fails on fewer than 4 bytes. High nibbles of the sequence bytes are
// reserved and ignored.
Result<Packet> decodePacket(ByteView payload);

} // namespace ipmi::sol
