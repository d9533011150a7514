// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/sol/solcommands.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/configparameters.h"
#include "ipmi/cmd/netfn.h"
#include "ipmi/sol/solpacket.h"

#include <algorithm>

namespace ipmi::sol {

namespace {

constexpr std::uint8_t kActivatePayload = 0x48;
constexpr std::uint8_t kDeactivatePayload = 0x49;
constexpr std::uint8_t kGetPayloadActivationStatus = 0x4a;
constexpr std::uint8_t kGetChannelPayloadSupport = 0x4e;
constexpr std::uint8_t kGetSolConfiguration = 0x22;
constexpr std::uint8_t kSerialAlertsDeferred = 0x04; // aux bits 3:2 = 01b, as ipmitool sends

std::uint16_t le16(ByteView data, std::size_t at)
{
    return static_cast<std::uint16_t>(data[at] | (data[at + 1] << 8));
}

std::size_t expectedSize(SolParameter parameter)
{
    switch (parameter) {
    case SolParameter::CharacterAccumulate:
    case SolParameter::RetryCount:
    case SolParameter::PayloadPort:
        return 2;
    default:
        return 1;
    }
}

} // namespace

Request getChannelPayloadSupportRequest(std::uint8_t channel)
{
    return Request{netfn::App, kGetChannelPayloadSupport, {static_cast<std::uint8_t>(channel & 0x0f)}, 0};
}

Result<bool> parseSolSupported(const Response &response)
{
    constexpr std::string_view command = "Get Channel Payload Support";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return cmd::shortResponseError(command, 2, response.data.size());
    return (response.data[0] & 0x02) != 0; // standard payload bit 1 = SOL
}

Request getPayloadActivationStatusRequest()
{
    return Request{netfn::App, kGetPayloadActivationStatus, {kPayloadTypeSol}, 0};
}

Result<ActivationStatus> parseActivationStatus(const Response &response)
{
    constexpr std::string_view command = "Get Payload Activation Status";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < 3)
        return cmd::shortResponseError(command, 3, response.data.size());
    ActivationStatus status;
    status.capacity = response.data[0] & 0x0f;
    status.activeMask = le16(response.data, 1);
    return status;
}

Request activatePayloadRequest(const ActivateOptions &options)
{
    std::uint8_t aux = kSerialAlertsDeferred;
    if (options.encrypt)
        aux |= 0x80;
    if (options.authenticate)
        aux |= 0x40;
    return Request{netfn::App, kActivatePayload, {kPayloadTypeSol, 0x01, aux, 0, 0, 0}, 0};
}

std::size_t Activation::charactersPerPacket() const
{
    if (inboundPayloadSize <= kHeaderSize)
        return kMaxCharacters;
    return std::min<std::size_t>(kMaxCharacters, inboundPayloadSize - kHeaderSize);
}

Result<Activation> parseActivation(const Response &response)
{
    constexpr std::string_view command = "Activate Payload";
    switch (response.completionCode) {
    case 0:
        break;
    case kAlreadyActive:
        return makeError(ErrorKind::CompletionCode,
                         "SOL is already active on the BMC, in another session; take it over to "
                         "connect here",
                         kAlreadyActive);
    case kPayloadDisabled:
        return makeError(ErrorKind::Unsupported,
                         "SOL is disabled on the BMC, or the host is powered off; enable it "
                         "(sol set enabled true) or power the host on",
                         kPayloadDisabled);
    case kLimitReached:
        return makeError(ErrorKind::NoSessionSlot,
                         "the BMC runs as many SOL sessions as it can; close another first",
                         kLimitReached);
    case kCannotEncrypt:
        return makeError(ErrorKind::CipherSuiteUnavailable,
                         "the BMC cannot encrypt SOL; use a cipher suite without encryption",
                         kCannotEncrypt);
    case kMustEncrypt:
        return makeError(ErrorKind::CipherSuiteUnavailable,
                         "the BMC requires SOL to be encrypted; use an encrypting cipher suite "
                         "such as 3 or 17",
                         kMustEncrypt);
    default:
        if (auto error = cmd::completionError(command, response))
            return *error;
    }
    if (response.data.size() < 10)
        return cmd::shortResponseError(command, 10, response.data.size());
    Activation activation;
    activation.inboundPayloadSize = le16(response.data, 4);
    activation.outboundPayloadSize = le16(response.data, 6);
    activation.port = le16(response.data, 8);
    if (response.data.size() >= 12)
        activation.vlan = le16(response.data, 10);
    return activation;
}

Request deactivatePayloadRequest()
{
    return Request{netfn::App, kDeactivatePayload, {kPayloadTypeSol, 0x01, 0, 0, 0, 0}, 0};
}

Result<void> parseDeactivation(const Response &response)
{
    if (response.completionCode == kAlreadyDeactivated)
        return {};
    return cmd::parseEmptyResponse("Deactivate Payload", response);
}

Request getSolParameterRequest(SolParameter parameter, std::uint8_t channel)
{
    return Request{netfn::Transport, kGetSolConfiguration,
                   {static_cast<std::uint8_t>(channel & 0x0f), static_cast<std::uint8_t>(parameter), 0, 0}, 0};
}

Result<Bytes> parseSolParameter(SolParameter parameter, const Response &response)
{
    constexpr std::string_view command = "Get SOL Configuration Parameters";
    // 80h (parameter not supported) comes back as ErrorKind::Unsupported.
    if (auto data = cmd::parseGetConfigParameter(std::string(command), response); !data)
        return data.error();
    const std::size_t needed = 1 + expectedSize(parameter);
    if (response.data.size() < needed)
        return cmd::shortResponseError(command, needed, response.data.size());
    return Bytes(response.data.begin() + 1, response.data.begin() + static_cast<std::ptrdiff_t>(needed));
}

Result<void> applySolParameter(SolConfiguration &config, SolParameter parameter, ByteView data)
{
    if (data.size() < expectedSize(parameter))
        return cmd::shortResponseError("Get SOL Configuration Parameters", expectedSize(parameter) + 1,
                                       data.size() + 1);
    switch (parameter) {
    case SolParameter::SetInProgress: config.setInProgress = data[0] & 0x03; break;
    case SolParameter::Enable: config.enabled = data[0] & 0x01; break;
    case SolParameter::Authentication:
        config.forceEncryption = data[0] & 0x80;
        config.forceAuthentication = data[0] & 0x40;
        config.privilege = data[0] & 0x0f;
        break;
    case SolParameter::CharacterAccumulate:
        config.accumulateMs = static_cast<std::uint16_t>(data[0] * 5);
        config.sendThreshold = data[1];
        break;
    case SolParameter::RetryCount:
        config.retryCount = data[0] & 0x07;
        config.retryIntervalMs = static_cast<std::uint16_t>(data[1] * 10);
        break;
    case SolParameter::NonVolatileBitRate: config.nonVolatileBitRate = data[0] & 0x0f; break;
    case SolParameter::VolatileBitRate: config.volatileBitRate = data[0] & 0x0f; break;
    case SolParameter::PayloadChannel: config.channel = data[0]; break;
    case SolParameter::PayloadPort: config.port = le16(data, 0); break;
    }
    return {};
}

std::string bitRateText(std::uint8_t code)
{
    switch (code) {
    case 0: return "IPMI-Over-Serial-Setting";
    case 6: return "9.6";
    case 7: return "19.2";
    case 8: return "38.4";
    case 9: return "57.6";
    case 10: return "115.2";
    default: return "Unknown";
    }
}

} // namespace ipmi::sol
