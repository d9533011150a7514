// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassis.h"

#include "commandsupport.h"
#include "netfn.h"

#include "ipmi/core/bytes.h"

namespace ipmi::cmd {

namespace {

constexpr std::uint8_t CmdGetChassisStatus = 0x01;
constexpr std::uint8_t CmdChassisControl = 0x02;
constexpr std::uint8_t CmdChassisIdentify = 0x04;
constexpr std::uint8_t CmdSetPowerRestorePolicy = 0x06;
constexpr std::uint8_t CmdGetSystemRestartCause = 0x07;
constexpr std::uint8_t CmdSetSystemBootOptions = 0x08;
constexpr std::uint8_t CmdGetSystemBootOptions = 0x09;

constexpr std::uint8_t ParameterMask = 0x7f;
constexpr std::size_t BootFlagsBytes = 5;

Request chassisRequest(std::uint8_t command, Bytes data = {})
{
    return Request{netfn::Chassis, command, std::move(data), 0};
}

} // namespace

std::string_view powerRestorePolicyName(PowerRestorePolicy policy)
{
    switch (policy) {
    case PowerRestorePolicy::AlwaysOff: return "always-off";
    case PowerRestorePolicy::Previous: return "previous";
    case PowerRestorePolicy::AlwaysOn: return "always-on";
    case PowerRestorePolicy::Unknown: break;
    }
    return "unknown";
}

Request getChassisStatusRequest()
{
    return chassisRequest(CmdGetChassisStatus);
}

Result<ChassisStatus> parseChassisStatus(const Response &response)
{
    constexpr std::string_view command = "Get Chassis Status";
    if (auto error = completionError(command, response))
        return *error;
    if (response.data.size() < 3)
        return shortResponseError(command, 3, response.data.size());

    const std::uint8_t power = response.data[0];
    const std::uint8_t event = response.data[1];
    const std::uint8_t misc = response.data[2];
    ChassisStatus status;
    status.powerOn = power & 0x01;
    status.powerOverload = power & 0x02;
    status.powerInterlock = power & 0x04;
    status.mainPowerFault = power & 0x08;
    status.powerControlFault = power & 0x10;
    status.restorePolicy = PowerRestorePolicy((power >> 5) & 0x03);
    status.lastEvent.acFailed = event & 0x01;
    status.lastEvent.overload = event & 0x02;
    status.lastEvent.interlock = event & 0x04;
    status.lastEvent.fault = event & 0x08;
    status.lastEvent.command = event & 0x10;
    status.intrusion = misc & 0x01;
    status.frontPanelLockout = misc & 0x02;
    status.driveFault = misc & 0x04;
    status.coolingFault = misc & 0x08;
    if (response.data.size() > 3)
        status.frontPanel = ChassisStatus::FrontPanel{response.data[3]};
    return status;
}

Request chassisControlRequest(ChassisControl control)
{
    return chassisRequest(CmdChassisControl, Bytes{std::uint8_t(control)});
}

Result<void> parseChassisControl(const Response &response)
{
    return parseEmptyResponse("Chassis Control", response);
}

Request chassisIdentifyRequest(std::optional<std::uint8_t> intervalSeconds, bool forceOn)
{
    // The force byte is optional and some BMCs reject it, so it is only sent when asked
    // for; it needs the interval byte before it, which the BMC then ignores.
    Bytes data;
    if (intervalSeconds || forceOn)
        data.push_back(intervalSeconds.value_or(0));
    if (forceOn)
        data.push_back(0x01);
    return chassisRequest(CmdChassisIdentify, std::move(data));
}

Result<void> parseChassisIdentify(const Response &response)
{
    return parseEmptyResponse("Chassis Identify", response);
}

Request setPowerRestorePolicyRequest(PowerRestorePolicy policy)
{
    return chassisRequest(CmdSetPowerRestorePolicy, Bytes{std::uint8_t(policy)});
}

namespace {

Result<SupportedRestorePolicies> parseRestorePolicyAnswer(std::string_view command, const Response &response)
{
    if (auto error = completionError(command, response))
        return *error;
    if (response.data.empty())
        return shortResponseError(command, 1, 0);
    const std::uint8_t mask = response.data[0];
    return SupportedRestorePolicies{(mask & 0x01) != 0, (mask & 0x02) != 0, (mask & 0x04) != 0};
}

} // namespace

Result<SupportedRestorePolicies> parseSetPowerRestorePolicy(const Response &response)
{
    return parseRestorePolicyAnswer("Set Power Restore Policy", response);
}

Result<SupportedRestorePolicies> parseSupportedRestorePolicies(const Response &response)
{
    return parseRestorePolicyAnswer("Reading the supported power restore policies (Set Power Restore Policy, no "
                                    "change)",
                                    response);
}

Request getSystemRestartCauseRequest()
{
    return chassisRequest(CmdGetSystemRestartCause);
}

Result<RestartCause> parseSystemRestartCause(const Response &response)
{
    constexpr std::string_view command = "Get System Restart Cause";
    if (auto error = completionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return shortResponseError(command, 2, response.data.size());
    return RestartCause{std::uint8_t(response.data[0] & 0x0f), std::uint8_t(response.data[1] & 0x0f)};
}

std::string_view restartCauseText(std::uint8_t cause)
{
    // Worded as ipmitool words them; 0Ah and 0Bh are IPMI 2.0 additions.
    switch (cause) {
    case 0x00: return "unknown";
    case 0x01: return "chassis power control command";
    case 0x02: return "reset via pushbutton";
    case 0x03: return "power-up via pushbutton";
    case 0x04: return "watchdog expired";
    case 0x05: return "OEM";
    case 0x06: return "power-up due to always-restore power policy";
    case 0x07: return "power-up due to restore-previous power policy";
    case 0x08: return "reset via PEF";
    case 0x09: return "power-cycle via PEF";
    case 0x0a: return "soft reset";
    case 0x0b: return "power-up via RTC wakeup";
    default: return "invalid";
    }
}

Request setBootOptionRequest(std::uint8_t parameter, ByteView data)
{
    ByteWriter writer(1 + data.size());
    writer.u8(parameter & ParameterMask).bytes(data);
    return chassisRequest(CmdSetSystemBootOptions, writer.take());
}

Result<void> parseSetBootOption(const Response &response)
{
    constexpr std::string_view command = "Set System Boot Options";
    // Command-specific codes (IPMI 2.0 table 28-14) read better than the generic text.
    switch (response.completionCode) {
    case 0x80:
        return makeError(ErrorKind::CompletionCode,
                         "Set System Boot Options failed: the BMC does not support this parameter (80h)", 0x80);
    case 0x81:
        return makeError(ErrorKind::CompletionCode,
                         "Set System Boot Options failed: another client is already changing the boot options (81h)",
                         0x81);
    case 0x82:
        return makeError(ErrorKind::CompletionCode,
                         "Set System Boot Options failed: the parameter is read-only (82h)", 0x82);
    default:
        return parseEmptyResponse(command, response);
    }
}

Request getBootOptionRequest(std::uint8_t parameter, std::uint8_t setSelector, std::uint8_t blockSelector)
{
    return chassisRequest(CmdGetSystemBootOptions,
                          Bytes{std::uint8_t(parameter & ParameterMask), setSelector, blockSelector});
}

Result<BootOption> parseGetBootOption(const Response &response)
{
    constexpr std::string_view command = "Get System Boot Options";
    if (response.completionCode == 0x80)
        return makeError(ErrorKind::CompletionCode,
                         "Get System Boot Options failed: the BMC does not support this parameter (80h)", 0x80);
    if (auto error = completionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return shortResponseError(command, 2, response.data.size());
    BootOption option;
    option.version = response.data[0] & 0x0f;
    option.parameter = response.data[1] & ParameterMask;
    option.invalidOrLocked = (response.data[1] & 0x80) != 0;
    option.data.assign(response.data.begin() + 2, response.data.end());
    return option;
}

Request setBootInProgressRequest(SetInProgress state)
{
    const Bytes data{std::uint8_t(state)};
    return setBootOptionRequest(bootparam::SetInProgress, data);
}

Request clearBootInfoAcknowledgeRequest(std::uint8_t mask)
{
    // Byte 1 is the write mask, byte 2 the new values; the spec says a 1 clears the
    // "handled" state for the masked bits. The top three bits are reserved.
    const std::uint8_t bits = mask & 0x1f;
    const Bytes data{bits, bits};
    return setBootOptionRequest(bootparam::BootInfoAcknowledge, data);
}

Bytes encodeBootFlags(const BootFlags &flags)
{
    Bytes data(BootFlagsBytes, 0);
    data[0] = std::uint8_t((flags.valid ? 0x80 : 0) | (flags.persistent ? 0x40 : 0) | (flags.efi ? 0x20 : 0));
    data[1] = std::uint8_t(flags.device) & 0x3c;
    return data;
}

Request setBootFlagsRequest(const BootFlags &flags)
{
    return setBootOptionRequest(bootparam::BootFlags, encodeBootFlags(flags));
}

Result<BootFlags> decodeBootFlags(const BootOption &option)
{
    constexpr std::string_view command = "Get System Boot Options (boot flags)";
    if (option.parameter != bootparam::BootFlags)
        return makeError(ErrorKind::MalformedResponse,
                         "Get System Boot Options answered parameter " + std::to_string(option.parameter)
                             + " when boot flags (5) were asked for.");
    if (option.data.size() < BootFlagsBytes)
        return shortResponseError(command, BootFlagsBytes + 2, option.data.size() + 2);
    BootFlags flags;
    flags.valid = option.data[0] & 0x80;
    flags.persistent = option.data[0] & 0x40;
    flags.efi = option.data[0] & 0x20;
    flags.device = BootDevice(option.data[1] & 0x3c);
    return flags;
}

} // namespace ipmi::cmd
