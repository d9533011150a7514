// SPDX-License-Identifier: GPL-3.0-or-later
#include "pefcommands.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/configparameters.h"
#include "ipmi/cmd/netfn.h"

namespace ipmi::pef {

namespace {

constexpr std::uint8_t CmdGetCapabilities = 0x10;
constexpr std::uint8_t CmdSetParameters = 0x12;
constexpr std::uint8_t CmdGetParameters = 0x13;
constexpr std::uint8_t CmdGetLastProcessed = 0x15;

std::string commandText(std::string_view verb, std::uint8_t parameter)
{
    return std::string(verb) + " PEF parameter \"" + std::string(parameterName(parameter)) + "\"";
}

std::uint16_t le16(const Bytes &data, std::size_t at)
{
    return std::uint16_t(data[at] | data[at + 1] << 8);
}

} // namespace

std::string_view parameterName(std::uint8_t parameter)
{
    switch (parameter) {
    case param::SetInProgress: return "Set In Progress";
    case param::Control: return "PEF Control";
    case param::ActionGlobalControl: return "PEF Action Global Control";
    case param::StartupDelay: return "PEF Startup Delay";
    case param::AlertStartupDelay: return "PEF Alert Startup Delay";
    case param::EventFilterCount: return "Number of Event Filters";
    case param::EventFilterTable: return "Event Filter Table";
    case param::EventFilterData1: return "Event Filter Table Data 1";
    case param::AlertPolicyCount: return "Number of Alert Policy Entries";
    case param::AlertPolicyTable: return "Alert Policy Table";
    case param::SystemGuid: return "System GUID";
    default: break;
    }
    return "other";
}

std::vector<std::string_view> actionNames(std::uint8_t actions)
{
    static constexpr std::string_view names[] = {"Alert",       "Power-off",  "Reset",
                                                  "Power-cycle", "OEM-defined", "Diagnostic-interrupt"};
    std::vector<std::string_view> set;
    for (std::size_t bit = 0; bit < std::size(names); ++bit) {
        if (actions & (1u << bit))
            set.push_back(names[bit]);
    }
    return set;
}

Request getCapabilitiesRequest()
{
    return Request{netfn::SensorEvent, CmdGetCapabilities, {}, 0};
}

Result<Capabilities> parseCapabilities(const Response &response)
{
    constexpr std::string_view command = "Get PEF Capabilities";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < 3)
        return cmd::shortResponseError(command, 3, response.data.size());
    return Capabilities{response.data[0], std::uint8_t(response.data[1] & 0x3f), response.data[2],
                        (response.data[1] & 0x80) != 0};
}

Request getParameterRequest(std::uint8_t parameter, std::uint8_t setSelector, std::uint8_t blockSelector)
{
    return Request{netfn::SensorEvent, CmdGetParameters, Bytes{std::uint8_t(parameter & 0x7f), setSelector, blockSelector},
                   0};
}

Result<Bytes> parseGetParameter(std::uint8_t parameter, const Response &response)
{
    return cmd::parseGetConfigParameter(commandText("Get", parameter), response);
}

Request setParameterRequest(std::uint8_t parameter, ByteView data)
{
    ByteWriter writer(1 + data.size());
    writer.u8(parameter & 0x7f).bytes(data);
    return Request{netfn::SensorEvent, CmdSetParameters, writer.take(), 0};
}

Result<void> parseSetParameter(std::uint8_t parameter, const Response &response)
{
    return cmd::parseSetConfigParameter(commandText("Set", parameter), "PEF configuration", response);
}

Request PefParameterSpace::getRequest(std::uint8_t parameter, std::uint8_t setSelector) const
{
    return getParameterRequest(parameter, setSelector);
}

Result<Bytes> PefParameterSpace::parseGet(std::uint8_t parameter, const Response &response) const
{
    return parseGetParameter(parameter, response);
}

Request PefParameterSpace::setRequest(std::uint8_t parameter, ByteView data) const
{
    return setParameterRequest(parameter, data);
}

Result<void> PefParameterSpace::parseSet(std::uint8_t parameter, const Response &response) const
{
    return parseSetParameter(parameter, response);
}

std::string PefParameterSpace::parameterName(std::uint8_t parameter) const
{
    return std::string(pef::parameterName(parameter));
}

Control decodeControl(std::uint8_t byte)
{
    return Control{(byte & 0x01) != 0, (byte & 0x02) != 0, (byte & 0x04) != 0, (byte & 0x08) != 0};
}

std::uint8_t encodeControl(const Control &control)
{
    return std::uint8_t((control.pefEnabled ? 0x01 : 0) | (control.eventMessages ? 0x02 : 0)
                        | (control.startupDelay ? 0x04 : 0) | (control.alertStartupDelay ? 0x08 : 0));
}

Request getLastProcessedRequest()
{
    return Request{netfn::SensorEvent, CmdGetLastProcessed, {}, 0};
}

Result<LastProcessed> parseLastProcessed(const Response &response)
{
    constexpr std::string_view command = "Get Last Processed Event ID";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < 10)
        return cmd::shortResponseError(command, 10, response.data.size());
    const Bytes &data = response.data;
    return LastProcessed{std::uint32_t(data[0] | data[1] << 8 | data[2] << 16 | std::uint32_t(data[3]) << 24),
                         le16(data, 4), le16(data, 6), le16(data, 8)};
}

} // namespace ipmi::pef
