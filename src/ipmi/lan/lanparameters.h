// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/cmd/configparameters.h"
#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <string_view>

// Get/Set LAN Configuration Parameters (Transport 02h / 01h, IPMI 2.0 section 23.1-23.2)
// as raw parameter blocks; lanconfig.h decodes and encodes the blocks.
namespace ipmi::lan {

namespace param {
inline constexpr std::uint8_t SetInProgress = 0;
inline constexpr std::uint8_t AuthTypeSupport = 1;
inline constexpr std::uint8_t AuthTypeEnables = 2;
inline constexpr std::uint8_t IpAddress = 3;
inline constexpr std::uint8_t IpSource = 4;
inline constexpr std::uint8_t MacAddress = 5;
inline constexpr std::uint8_t SubnetMask = 6;
inline constexpr std::uint8_t IpHeader = 7;
inline constexpr std::uint8_t ArpControl = 10;
inline constexpr std::uint8_t GratuitousArpInterval = 11;
inline constexpr std::uint8_t DefaultGatewayIp = 12;
inline constexpr std::uint8_t DefaultGatewayMac = 13;
inline constexpr std::uint8_t BackupGatewayIp = 14;
inline constexpr std::uint8_t BackupGatewayMac = 15;
inline constexpr std::uint8_t CommunityString = 16;
inline constexpr std::uint8_t AlertDestinationCount = 17;   // read-only
inline constexpr std::uint8_t AlertDestinationType = 18;    // set selector = destination
inline constexpr std::uint8_t AlertDestinationAddress = 19; // set selector = destination
inline constexpr std::uint8_t VlanId = 20;
inline constexpr std::uint8_t VlanPriority = 21;
inline constexpr std::uint8_t CipherSuiteSupport = 22;
inline constexpr std::uint8_t CipherSuiteEntries = 23;
inline constexpr std::uint8_t CipherSuitePrivileges = 24;
inline constexpr std::uint8_t BadPasswordThreshold = 53;
} // namespace param

// Values of the set-in-progress parameter (0).
enum class SetState : std::uint8_t
{
    SetComplete = 0,
    SetInProgress = 1,
    CommitWrite = 2,
};

// Parameter-specific completion codes of Get/Set LAN Configuration Parameters.
namespace lancc = cmd::configcc;

std::string_view parameterName(std::uint8_t parameter); // "IP Address", "Parameter 42"

Request getLanParameterRequest(std::uint8_t channel, std::uint8_t parameter, std::uint8_t setSelector = 0,
                               std::uint8_t blockSelector = 0);
// The parameter data after the revision byte.
Result<Bytes> parseGetLanParameter(std::uint8_t parameter, const Response &response);

Request setLanParameterRequest(std::uint8_t channel, std::uint8_t parameter, ByteView data);
Result<void> parseSetLanParameter(std::uint8_t parameter, const Response &response);

Request setInProgressRequest(std::uint8_t channel, SetState state);

} // namespace ipmi::lan
