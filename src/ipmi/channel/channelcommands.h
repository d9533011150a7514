// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <string>

// Channel commands of the App network function (IPMI 2.0 section 22.22-22.24). Get
// Channel Authentication Capabilities lives in the session layer (sessioncommands.h).
namespace ipmi::channel {

inline constexpr std::uint8_t CurrentChannel = 0x0e;
inline constexpr std::uint8_t MaxChannel = 0x0b; // 0-Bh are assignable channel numbers

// Channel medium types (table 6-3).
namespace medium {
inline constexpr std::uint8_t Ipmb = 0x01;
inline constexpr std::uint8_t Lan8023 = 0x04;
inline constexpr std::uint8_t Serial = 0x05;
inline constexpr std::uint8_t SystemInterface = 0x0c;
} // namespace medium

std::string mediumName(std::uint8_t medium);     // "802.3 LAN", as ipmitool prints it
std::string protocolName(std::uint8_t protocol); // "IPMB-1.0", ...

// Get Channel Info (App 42h).
struct ChannelInfo
{
    std::uint8_t channel = 0;
    std::uint8_t medium = 0;
    std::uint8_t protocol = 0;
    std::uint8_t sessionSupport = 0; // 0 session-less, 1 single, 2 multi, 3 session-based
    std::uint8_t activeSessions = 0;
    std::uint32_t vendorId = 0; // IANA enterprise number of the protocol vendor
    std::uint16_t auxiliary = 0;
};

std::string sessionSupportName(std::uint8_t support); // "multi-session", ...

Request getChannelInfoRequest(std::uint8_t channel);
Result<ChannelInfo> parseChannelInfo(const Response &response);

// Get/Set Channel Access (App 41h / 40h).
enum class AccessMode : std::uint8_t
{
    Disabled = 0,
    PreBootOnly = 1,
    AlwaysAvailable = 2,
    Shared = 3,
};
std::string accessModeName(AccessMode mode); // "always available", ...

enum class Storage : std::uint8_t
{
    NonVolatile = 1,
    Volatile = 2, // the active settings
};

struct ChannelAccess
{
    bool alertingEnabled = true;
    bool perMessageAuth = true;
    bool userLevelAuth = true;
    AccessMode mode = AccessMode::AlwaysAvailable;
    std::uint8_t privilegeLimit = 0;
};

Request getChannelAccessRequest(std::uint8_t channel, Storage storage);
Result<ChannelAccess> parseChannelAccess(const Response &response);

// Writes both the access settings and the privilege limit of one storage.
Request setChannelAccessRequest(std::uint8_t channel, Storage storage, const ChannelAccess &access);
Result<void> parseSetChannelAccess(const Response &response);

} // namespace ipmi::channel
