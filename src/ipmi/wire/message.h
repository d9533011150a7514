// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <cstdint>

namespace ipmi {

inline constexpr std::uint8_t kBmcSlaveAddress = 0x20;
inline constexpr std::uint8_t kRemoteConsoleSoftwareId = 0x81;

// An IPMI message as carried in a LAN session (IPMI 2.0 section 13.8): two header bytes
// and a checksum, four more and a checksum over them and the data.
struct RequestMessage
{
    std::uint8_t rsAddr = kBmcSlaveAddress;
    std::uint8_t netFn = 0; // even (request) function code
    std::uint8_t rsLun = 0;
    std::uint8_t rqAddr = kRemoteConsoleSoftwareId;
    std::uint8_t rqSeq = 0; // 0..63
    std::uint8_t rqLun = 0;
    std::uint8_t cmd = 0;
    Bytes data;
};

struct ResponseMessage
{
    std::uint8_t rqAddr = kRemoteConsoleSoftwareId;
    std::uint8_t netFn = 0; // odd (response) function code
    std::uint8_t rqLun = 0;
    std::uint8_t rsAddr = kBmcSlaveAddress;
    std::uint8_t rqSeq = 0;
    std::uint8_t rsLun = 0;
    std::uint8_t cmd = 0;
    std::uint8_t completionCode = 0;
    Bytes data; // after the completion code
};

// Two's complement checksum: the bytes plus the checksum sum to zero.
std::uint8_t ipmiChecksum(ByteView bytes);

Bytes encodeRequestMessage(const RequestMessage &message);
// Verifies both checksums; a bad checksum is an error, never data.
Result<ResponseMessage> decodeResponseMessage(ByteView bytes);

// The BMC side, for fakes and fixtures.
Result<RequestMessage> decodeRequestMessage(ByteView bytes);
Bytes encodeResponseMessage(const ResponseMessage &message);

} // namespace ipmi
