// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <cstdint>
#include <string_view>

namespace ipmi {

// IPMI 1.5 authentication types (also the auth-type byte that tells 1.5 from RMCP+).
enum class AuthType : std::uint8_t
{
    None = 0x00,
    Md2 = 0x01,
    Md5 = 0x02,
    StraightPassword = 0x04,
    Oem = 0x05,
    RmcpPlus = 0x06,
};

// An RMCP packet with an IPMI 1.5 session wrapper (IPMI 2.0 table 13-8).
// "NONE", "MD2", "MD5", "PASSWORD", "OEM", "RMCP+" (ipmitool's words); "unknown" else.
std::string_view authTypeName(AuthType type);

struct Session15Packet
{
    AuthType authType = AuthType::None;
    std::uint32_t sequence = 0;
    std::uint32_t sessionId = 0;
    Bytes authCode; // 16 bytes, empty for AuthType::None
    Bytes payload;  // the IPMI message
};

// The 16-byte auth code of a 1.5 packet. MD5: H(pw16 | SID | payload | seq | pw16);
// straight password: pw16. The password is zero-padded (or cut) to 16 bytes.
Result<Bytes> session15AuthCode(AuthType type, ByteView password, std::uint32_t sessionId,
                                ByteView payload, std::uint32_t sequence);

// Builds the datagram (RMCP header included), computing the auth code from the password
// for MD5 and straight password. Adds the legacy pad byte where old BMCs need it.
Result<Bytes> encodeSession15(AuthType type, std::uint32_t sequence, std::uint32_t sessionId,
                              ByteView payload, ByteView password);

// Parses a datagram without judging its auth code (the session checks it, since only the
// session knows whether per-message authentication is in force).
Result<Session15Packet> decodeSession15(ByteView datagram);

} // namespace ipmi
