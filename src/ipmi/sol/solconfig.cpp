// SPDX-License-Identifier: GPL-3.0-or-later
#include "solconfig.h"

#include "ipmi/core/readback.h"
#include "ipmi/cmd/configparameters.h"
#include "ipmi/cmd/netfn.h"

#include <iterator>
#include <memory>

namespace ipmi::sol {

namespace {

constexpr std::uint8_t CmdSetSolConfiguration = 0x21;

constexpr SolParameter ReadOrder[] = {
    SolParameter::SetInProgress,       SolParameter::Enable,          SolParameter::Authentication,
    SolParameter::CharacterAccumulate, SolParameter::RetryCount,      SolParameter::VolatileBitRate,
    SolParameter::NonVolatileBitRate,  SolParameter::PayloadChannel, SolParameter::PayloadPort,
};

bool mayBeMissing(SolParameter parameter)
{
    return parameter != SolParameter::SetInProgress && parameter != SolParameter::Enable;
}

std::string commandText(std::string_view verb, SolParameter parameter)
{
    return std::string(verb) + " SOL parameter \"" + std::string(solParameterName(parameter)) + "\"";
}

std::uint8_t authenticationByte(const SolConfiguration &config)
{
    return std::uint8_t((config.forceEncryption ? 0x80 : 0) | (config.forceAuthentication ? 0x40 : 0)
                        | (config.privilege & 0x0f));
}

} // namespace

Request setSolParameterRequest(std::uint8_t channel, SolParameter parameter, ByteView data)
{
    ByteWriter writer(2 + data.size());
    writer.u8(channel & 0x0f).u8(std::uint8_t(parameter)).bytes(data);
    return Request{netfn::Transport, CmdSetSolConfiguration, writer.take(), 0};
}

Result<void> parseSetSolParameter(SolParameter parameter, const Response &response)
{
    return cmd::parseSetConfigParameter(commandText("Set", parameter), "SOL configuration", response);
}

std::string_view solParameterName(SolParameter parameter)
{
    switch (parameter) {
    case SolParameter::SetInProgress: return "Set In Progress";
    case SolParameter::Enable: return "Enable";
    case SolParameter::Authentication: return "Authentication";
    case SolParameter::CharacterAccumulate: return "Character Accumulate Interval and Send Threshold";
    case SolParameter::RetryCount: return "Retry";
    case SolParameter::NonVolatileBitRate: return "Non-Volatile Bit Rate";
    case SolParameter::VolatileBitRate: return "Volatile Bit Rate";
    case SolParameter::PayloadChannel: return "Payload Channel";
    case SolParameter::PayloadPort: return "Payload Port";
    }
    return "other";
}

Request SolParameterSpace::getRequest(std::uint8_t parameter, std::uint8_t) const
{
    return getSolParameterRequest(SolParameter(parameter), m_channel);
}

Result<Bytes> SolParameterSpace::parseGet(std::uint8_t parameter, const Response &response) const
{
    return parseSolParameter(SolParameter(parameter), response);
}

Request SolParameterSpace::setRequest(std::uint8_t parameter, ByteView data) const
{
    return setSolParameterRequest(m_channel, SolParameter(parameter), data);
}

Result<void> SolParameterSpace::parseSet(std::uint8_t parameter, const Response &response) const
{
    return parseSetSolParameter(SolParameter(parameter), response);
}

std::string SolParameterSpace::parameterName(std::uint8_t parameter) const
{
    return std::string(solParameterName(SolParameter(parameter)));
}

std::string SolParameterSpace::showCommand() const
{
    return "sol info " + std::to_string(m_channel);
}

SolConfigReader::SolConfigReader(std::uint8_t channel) : m_channel(channel)
{
    // An unsupported authentication parameter shows as privilege 0, as in ipmitool.
    m_settings.config.privilege = 0;
}

std::optional<Request> SolConfigReader::nextRequest()
{
    if (m_error || m_index >= std::size(ReadOrder))
        return std::nullopt;
    return getSolParameterRequest(ReadOrder[m_index], m_channel);
}

void SolConfigReader::onResponse(Result<Response> response)
{
    const SolParameter parameter = ReadOrder[m_index++];
    if (!response) {
        m_error = response.error();
        return;
    }
    auto data = parseSolParameter(parameter, response.value());
    if (!data) {
        if (data.error().kind == ErrorKind::Unsupported && mayBeMissing(parameter))
            m_settings.unsupported.push_back(parameter);
        else
            m_error = data.error();
        return;
    }
    if (auto applied = applySolParameter(m_settings.config, parameter, data.value()); !applied)
        m_error = applied.error();
}

op::Progress SolConfigReader::progress() const
{
    return {m_index, std::size(ReadOrder)};
}

Result<SolSettings> SolConfigReader::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_settings);
}

std::string validateSolChange(const SolChange &change)
{
    if (change.privilege && (*change.privilege < 2 || *change.privilege > 5))
        return "The SOL privilege level must be user, operator, admin or oem.";
    if (change.accumulateMs && (*change.accumulateMs < 5 || *change.accumulateMs > 1275 || *change.accumulateMs % 5))
        return "The character accumulate level is given in milliseconds, a multiple of 5 from 5 to 1275.";
    if (change.sendThreshold && *change.sendThreshold == 0)
        return "The character send threshold must be 1-255.";
    if (change.retryCount && *change.retryCount > 7)
        return "The retry count must be 0-7.";
    if (change.retryIntervalMs && (*change.retryIntervalMs > 2550 || *change.retryIntervalMs % 10))
        return "The retry interval is given in milliseconds, a multiple of 10 from 0 to 2550.";
    for (const auto &rate : {change.nonVolatileBitRate, change.volatileBitRate}) {
        if (rate && *rate != 0 && (*rate < 6 || *rate > 10))
            return "The bit rate must be serial, 9.6, 19.2, 38.4, 57.6 or 115.2.";
    }
    return {};
}

std::vector<op::ParameterWrite> solChangeWrites(const SolChange &change, const SolConfiguration &present)
{
    std::vector<op::ParameterWrite> writes;
    auto add = [&writes](SolParameter parameter, Bytes data) {
        writes.push_back({std::uint8_t(parameter), std::move(data)});
    };
    if (change.enabled)
        add(SolParameter::Enable, Bytes{std::uint8_t(*change.enabled ? 1 : 0)});
    if (change.forceEncryption || change.forceAuthentication || change.privilege) {
        SolConfiguration wanted = present;
        wanted.forceEncryption = change.forceEncryption.value_or(present.forceEncryption);
        wanted.forceAuthentication = change.forceAuthentication.value_or(present.forceAuthentication);
        wanted.privilege = change.privilege.value_or(present.privilege);
        add(SolParameter::Authentication, Bytes{authenticationByte(wanted)});
    }
    if (change.accumulateMs || change.sendThreshold)
        add(SolParameter::CharacterAccumulate,
            Bytes{std::uint8_t(change.accumulateMs.value_or(present.accumulateMs) / 5),
                  change.sendThreshold.value_or(present.sendThreshold)});
    if (change.retryCount || change.retryIntervalMs)
        add(SolParameter::RetryCount, Bytes{std::uint8_t(change.retryCount.value_or(present.retryCount) & 0x07),
                                            std::uint8_t(change.retryIntervalMs.value_or(present.retryIntervalMs) / 10)});
    if (change.nonVolatileBitRate)
        add(SolParameter::NonVolatileBitRate, Bytes{*change.nonVolatileBitRate});
    if (change.volatileBitRate)
        add(SolParameter::VolatileBitRate, Bytes{*change.volatileBitRate});
    return writes;
}

std::vector<std::string> solChangeMismatches(const SolChange &change, const SolConfiguration &config)
{
    std::vector<std::string> names;
    noteMismatch(names, change.enabled, config.enabled, "enabled");
    noteMismatch(names, change.forceEncryption, config.forceEncryption, "force encryption");
    noteMismatch(names, change.forceAuthentication, config.forceAuthentication, "force authentication");
    noteMismatch(names, change.privilege, config.privilege, "privilege level");
    noteMismatch(names, change.accumulateMs, config.accumulateMs, "character accumulate level");
    noteMismatch(names, change.sendThreshold, config.sendThreshold, "character send threshold");
    noteMismatch(names, change.retryCount, config.retryCount, "retry count");
    noteMismatch(names, change.retryIntervalMs, config.retryIntervalMs, "retry interval");
    noteMismatch(names, change.nonVolatileBitRate, config.nonVolatileBitRate, "non-volatile bit rate");
    noteMismatch(names, change.volatileBitRate, config.volatileBitRate, "volatile bit rate");
    return names;
}

std::optional<std::uint8_t> bitRateCode(std::string_view word)
{
    constexpr std::pair<std::string_view, std::uint8_t> rates[] = {
        {"serial", 0}, {"9.6", 6}, {"19.2", 7}, {"38.4", 8}, {"57.6", 9}, {"115.2", 10}};
    for (const auto &[name, code] : rates) {
        if (word == name)
            return code;
    }
    return std::nullopt;
}

} // namespace ipmi::sol
