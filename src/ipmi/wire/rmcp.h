// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <cstdint>

namespace ipmi {

inline constexpr std::uint16_t kRmcpPort = 623;

// What a datagram claims to be, from its RMCP header and first session byte.
enum class DatagramKind
{
    Asf,      // RMCP class 06h (presence ping / pong)
    Ipmi15,   // RMCP class 07h, IPMI 1.5 session wrapper (auth type 0, 1, 2, 4 or 5)
    RmcpPlus, // RMCP class 07h, auth type 06h
    Invalid,
};

DatagramKind classifyDatagram(ByteView datagram);

struct AsfPong
{
    std::uint8_t messageTag = 0;
    std::uint32_t ianaEnterprise = 0;
    std::uint32_t oemDefined = 0;
    std::uint8_t supportedEntities = 0;     // bit 7: IPMI supported
    std::uint8_t supportedInteractions = 0; // bit 5: RMCP security extensions
    bool ipmiSupported() const { return (supportedEntities & 0x80) != 0; }
};

// ASF presence ping (RMCP class 06h, IANA 4542, type 80h): what discovery sweeps send.
Bytes encodeAsfPresencePing(std::uint8_t messageTag);
Result<AsfPong> decodeAsfPresencePong(ByteView datagram);
// The BMC side, for fakes and fixtures.
Result<std::uint8_t> decodeAsfPresencePing(ByteView datagram); // returns the message tag
Bytes encodeAsfPresencePong(const AsfPong &pong);

} // namespace ipmi
