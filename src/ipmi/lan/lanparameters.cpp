// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanparameters.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/configparameters.h"
#include "ipmi/cmd/netfn.h"

#include <string>

namespace ipmi::lan {

namespace {

constexpr std::uint8_t CmdSetLanParameters = 0x01;
constexpr std::uint8_t CmdGetLanParameters = 0x02;
constexpr std::uint8_t ChannelMask = 0x0f;

std::string commandText(std::string_view verb, std::uint8_t parameter)
{
    return std::string(verb) + " LAN parameter \"" + std::string(parameterName(parameter)) + "\"";
}

} // namespace

std::string_view parameterName(std::uint8_t parameter)
{
    switch (parameter) {
    case param::SetInProgress: return "Set In Progress";
    case param::AuthTypeSupport: return "Auth Type Support";
    case param::AuthTypeEnables: return "Auth Type Enables";
    case param::IpAddress: return "IP Address";
    case param::IpSource: return "IP Address Source";
    case param::MacAddress: return "MAC Address";
    case param::SubnetMask: return "Subnet Mask";
    case param::IpHeader: return "IPv4 Header Parameters";
    case param::ArpControl: return "BMC ARP Control";
    case param::GratuitousArpInterval: return "Gratuitous ARP Interval";
    case param::DefaultGatewayIp: return "Default Gateway IP";
    case param::DefaultGatewayMac: return "Default Gateway MAC";
    case param::BackupGatewayIp: return "Backup Gateway IP";
    case param::BackupGatewayMac: return "Backup Gateway MAC";
    case param::CommunityString: return "SNMP Community String";
    case param::VlanId: return "802.1q VLAN ID";
    case param::VlanPriority: return "802.1q VLAN Priority";
    case param::CipherSuiteSupport: return "RMCP+ Cipher Suite Entry Support";
    case param::CipherSuiteEntries: return "RMCP+ Cipher Suite Entries";
    case param::CipherSuitePrivileges: return "RMCP+ Cipher Suite Privilege Levels";
    case param::AlertDestinationCount: return "Number of Destinations";
    case param::AlertDestinationType: return "Destination Type";
    case param::AlertDestinationAddress: return "Destination Addresses";
    case param::BadPasswordThreshold: return "Bad Password Threshold";
    default: break;
    }
    return "other";
}

Request getLanParameterRequest(std::uint8_t channel, std::uint8_t parameter, std::uint8_t setSelector,
                               std::uint8_t blockSelector)
{
    return Request{netfn::Transport, CmdGetLanParameters,
                   Bytes{std::uint8_t(channel & ChannelMask), parameter, setSelector, blockSelector}, 0};
}

Result<Bytes> parseGetLanParameter(std::uint8_t parameter, const Response &response)
{
    return cmd::parseGetConfigParameter(commandText("Get", parameter), response);
}

Request setLanParameterRequest(std::uint8_t channel, std::uint8_t parameter, ByteView data)
{
    ByteWriter writer(2 + data.size());
    writer.u8(channel & ChannelMask).u8(parameter).bytes(data);
    return Request{netfn::Transport, CmdSetLanParameters, writer.take(), 0};
}

Result<void> parseSetLanParameter(std::uint8_t parameter, const Response &response)
{
    return cmd::parseSetConfigParameter(commandText("Set", parameter), "LAN configuration", response);
}

Request setInProgressRequest(std::uint8_t channel, SetState state)
{
    return setLanParameterRequest(channel, param::SetInProgress, Bytes{std::uint8_t(state)});
}

} // namespace ipmi::lan
