// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/parameterwriter.h"
#include "ipmi/sol/solcommands.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Reading and changing the SOL configuration parameters of a channel (IPMI 2.0 section
// 26.2-26.3): Set SOL Configuration Parameters (Transport 21h), a reader of every
// parameter `sol info` shows, and a change turned into parameter writes.
namespace ipmi::sol {

Request setSolParameterRequest(std::uint8_t channel, SolParameter parameter, ByteView data);
Result<void> parseSetSolParameter(SolParameter parameter, const Response &response);
std::string_view solParameterName(SolParameter parameter); // "Enable", "Volatile Bit Rate"

// Get/Set SOL Configuration Parameters of one channel, for the op::ParameterWriter.
class SolParameterSpace final : public op::ParameterSpace
{
public:
    explicit SolParameterSpace(std::uint8_t channel) : m_channel(channel) {}

    Request getRequest(std::uint8_t parameter, std::uint8_t setSelector) const override;
    Result<Bytes> parseGet(std::uint8_t parameter, const Response &response) const override;
    Request setRequest(std::uint8_t parameter, ByteView data) const override;
    Result<void> parseSet(std::uint8_t parameter, const Response &response) const override;
    std::string parameterName(std::uint8_t parameter) const override;
    std::string subject() const override { return "the SOL configuration"; }
    std::string showCommand() const override;

private:
    std::uint8_t m_channel;
};

// Reads parameters 0-8 of a channel. The BMC may lack any but "set in progress" and
// "enable" (80h): those are listed in unsupported and keep their zero values, as
// ipmitool shows them (ipmi_sim 2.0.33 has only 0, 1, 5 and 6).
struct SolSettings
{
    SolConfiguration config;
    std::vector<SolParameter> unsupported;
};

class SolConfigReader final : public op::Operation<SolSettings>
{
public:
    explicit SolConfigReader(std::uint8_t channel = kCurrentChannel);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override;
    const char *description() const override { return "reading the SOL configuration"; }
    Result<SolSettings> takeResult() override;

private:
    std::uint8_t m_channel;
    std::size_t m_index = 0;
    SolSettings m_settings;
    std::optional<Error> m_error;
};

// A requested change; unset fields stay as they are.
struct SolChange
{
    std::optional<bool> enabled;
    std::optional<bool> forceEncryption;
    std::optional<bool> forceAuthentication;
    std::optional<std::uint8_t> privilege;       // 2 USER .. 5 OEM
    std::optional<std::uint16_t> accumulateMs;   // multiple of 5, 5..1275
    std::optional<std::uint8_t> sendThreshold;
    std::optional<std::uint8_t> retryCount;      // 0..7
    std::optional<std::uint16_t> retryIntervalMs; // multiple of 10, 0..2550
    std::optional<std::uint8_t> nonVolatileBitRate;
    std::optional<std::uint8_t> volatileBitRate;
};

// Checks the values alone: an empty string when they can be sent, else why not.
std::string validateSolChange(const SolChange &change);
// The writes of the change. Parameters that pack several settings (authentication,
// character accumulate, retry) take the others from present.
std::vector<op::ParameterWrite> solChangeWrites(const SolChange &change, const SolConfiguration &present);
// The settings of the change that config does not show, by name ("privilege level"):
// empty when a read-back confirms the change.
std::vector<std::string> solChangeMismatches(const SolChange &change, const SolConfiguration &config);

// Bit-rate words as ipmitool takes them ("serial", "9.6", ... "115.2") to codes.
std::optional<std::uint8_t> bitRateCode(std::string_view word);

} // namespace ipmi::sol
