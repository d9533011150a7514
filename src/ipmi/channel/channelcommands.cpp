// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelcommands.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/netfn.h"

namespace ipmi::channel {

namespace {

constexpr std::uint8_t CmdSetChannelAccess = 0x40;
constexpr std::uint8_t CmdGetChannelAccess = 0x41;
constexpr std::uint8_t CmdGetChannelInfo = 0x42;
constexpr std::uint8_t ChannelMask = 0x0f;
constexpr std::uint8_t NotAvailable = 0x82; // Get/Set Channel Access: no access storage for this channel
constexpr std::uint8_t NotFound = 0xcb;

Request appRequest(std::uint8_t command, Bytes data)
{
    return Request{netfn::App, command, std::move(data), 0};
}

} // namespace

std::string mediumName(std::uint8_t medium)
{
    switch (medium) {
    case 0x01: return "IPMB (I2C)";
    case 0x02: return "ICMB v1.0";
    case 0x03: return "ICMB v0.9";
    case 0x04: return "802.3 LAN";
    case 0x05: return "Asynch. Serial/Modem (RS-232)";
    case 0x06: return "Other LAN";
    case 0x07: return "PCI SMBus";
    case 0x08: return "SMBus v1.0/1.1";
    case 0x09: return "SMBus v2.0";
    case 0x0a: return "USB 1.x";
    case 0x0b: return "USB 2.x";
    case 0x0c: return "System Interface (KCS, SMIC, or BT)";
    default: break;
    }
    return medium >= 0x60 && medium <= 0x7f ? "OEM" : "reserved";
}

std::string protocolName(std::uint8_t protocol)
{
    switch (protocol) {
    case 0x01: return "IPMB-1.0";
    case 0x02: return "ICMB-1.0";
    case 0x04: return "IPMI-SMBus";
    case 0x05: return "KCS";
    case 0x06: return "SMIC";
    case 0x07: return "BT-10";
    case 0x08: return "BT-15";
    case 0x09: return "TMode";
    default: break;
    }
    return protocol >= 0x1c ? "OEM" : "reserved";
}

std::string sessionSupportName(std::uint8_t support)
{
    switch (support & 0x03) {
    case 0: return "session-less";
    case 1: return "single-session";
    case 2: return "multi-session";
    default: break;
    }
    return "session-based";
}

std::string accessModeName(AccessMode mode)
{
    switch (mode) {
    case AccessMode::Disabled: return "disabled";
    case AccessMode::PreBootOnly: return "pre-boot only";
    case AccessMode::AlwaysAvailable: return "always available";
    case AccessMode::Shared: return "shared";
    }
    return "unknown";
}

Request getChannelInfoRequest(std::uint8_t channel)
{
    return appRequest(CmdGetChannelInfo, Bytes{std::uint8_t(channel & ChannelMask)});
}

Result<ChannelInfo> parseChannelInfo(const Response &response)
{
    constexpr std::string_view command = "Get Channel Info";
    if (response.completionCode == NotFound)
        return makeError(ErrorKind::CompletionCode, "Get Channel Info failed: the BMC has no such channel (CBh).",
                         response.completionCode);
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < 7)
        return cmd::shortResponseError(command, 7, response.data.size());
    const Bytes &data = response.data;
    ChannelInfo info;
    info.channel = data[0] & 0x0f;
    info.medium = data[1] & 0x7f;
    info.protocol = data[2] & 0x1f;
    info.sessionSupport = std::uint8_t(data[3] >> 6);
    info.activeSessions = data[3] & 0x3f;
    info.vendorId = std::uint32_t(data[4]) | (std::uint32_t(data[5]) << 8) | (std::uint32_t(data[6]) << 16);
    if (data.size() >= 9)
        info.auxiliary = std::uint16_t(data[7] | (data[8] << 8));
    return info;
}

Request getChannelAccessRequest(std::uint8_t channel, Storage storage)
{
    return appRequest(CmdGetChannelAccess,
                      Bytes{std::uint8_t(channel & ChannelMask), std::uint8_t(std::uint8_t(storage) << 6)});
}

Result<ChannelAccess> parseChannelAccess(const Response &response)
{
    constexpr std::string_view command = "Get Channel Access";
    if (response.completionCode == NotAvailable)
        return makeError(ErrorKind::Unsupported,
                         "Get Channel Access failed: the channel has no access settings (82h); it is session-less "
                         "or does not exist.",
                         response.completionCode);
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return cmd::shortResponseError(command, 2, response.data.size());
    ChannelAccess access;
    access.alertingEnabled = !(response.data[0] & 0x20);
    access.perMessageAuth = !(response.data[0] & 0x10);
    access.userLevelAuth = !(response.data[0] & 0x08);
    access.mode = AccessMode(response.data[0] & 0x03);
    access.privilegeLimit = response.data[1] & 0x0f;
    return access;
}

Request setChannelAccessRequest(std::uint8_t channel, Storage storage, const ChannelAccess &access)
{
    const std::uint8_t set = std::uint8_t(std::uint8_t(storage) << 6);
    const std::uint8_t flags = std::uint8_t(set | (access.alertingEnabled ? 0 : 0x20) | (access.perMessageAuth ? 0 : 0x10)
                                            | (access.userLevelAuth ? 0 : 0x08) | (std::uint8_t(access.mode) & 0x07));
    return appRequest(CmdSetChannelAccess, Bytes{std::uint8_t(channel & ChannelMask), flags,
                                                 std::uint8_t(set | (access.privilegeLimit & 0x0f))});
}

Result<void> parseSetChannelAccess(const Response &response)
{
    if (response.completionCode == NotAvailable)
        return makeError(ErrorKind::Unsupported,
                         "Set Channel Access failed: the channel does not support these access settings (82h).",
                         response.completionCode);
    if (response.completionCode == 0x83)
        return makeError(ErrorKind::Unsupported,
                         "Set Channel Access failed: the channel does not support this access mode (83h).",
                         response.completionCode);
    if (response.completionCode != 0)
        return completionCodeError("Set Channel Access", response.completionCode);
    return {};
}

} // namespace ipmi::channel
