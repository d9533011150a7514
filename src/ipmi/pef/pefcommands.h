// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/op/parameterwriter.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Platform Event Filtering (IPMI 2.0 chapter 30): Get PEF Capabilities (S/E 10h),
// Set/Get PEF Configuration Parameters (S/E 12h/13h), Get Last Processed Event ID
// (S/E 15h).
namespace ipmi::pef {

namespace param {
inline constexpr std::uint8_t SetInProgress = 0;
inline constexpr std::uint8_t Control = 1;
inline constexpr std::uint8_t ActionGlobalControl = 2;
inline constexpr std::uint8_t StartupDelay = 3;
inline constexpr std::uint8_t AlertStartupDelay = 4;
inline constexpr std::uint8_t EventFilterCount = 5;
inline constexpr std::uint8_t EventFilterTable = 6;      // set selector = filter 1..n
inline constexpr std::uint8_t EventFilterData1 = 7;
inline constexpr std::uint8_t AlertPolicyCount = 8;
inline constexpr std::uint8_t AlertPolicyTable = 9;      // set selector = entry 1..n
inline constexpr std::uint8_t SystemGuid = 10;
} // namespace param

std::string_view parameterName(std::uint8_t parameter); // "Event Filter Table", "Parameter 42"

// The action bits shared by the capabilities, the global control and each filter.
namespace action {
inline constexpr std::uint8_t Alert = 0x01;
inline constexpr std::uint8_t PowerOff = 0x02;
inline constexpr std::uint8_t Reset = 0x04;
inline constexpr std::uint8_t PowerCycle = 0x08;
inline constexpr std::uint8_t Oem = 0x10;
inline constexpr std::uint8_t DiagnosticInterrupt = 0x20;
} // namespace action
// The names of the set action bits, lowest first, as ipmitool prints them ("Alert",
// "Power-off", "Reset", "Power-cycle", "OEM-defined", "Diagnostic-interrupt").
std::vector<std::string_view> actionNames(std::uint8_t actions);

struct Capabilities
{
    std::uint8_t version = 0;       // 51h = 1.5
    std::uint8_t actions = 0;       // action bits supported
    std::uint8_t filterCount = 0;   // event filter table entries
    bool oemFilterSupported = false;
};

Request getCapabilitiesRequest();
Result<Capabilities> parseCapabilities(const Response &response);

Request getParameterRequest(std::uint8_t parameter, std::uint8_t setSelector = 0, std::uint8_t blockSelector = 0);
// The parameter data after the revision byte (80h comes back as ErrorKind::Unsupported).
Result<Bytes> parseGetParameter(std::uint8_t parameter, const Response &response);
Request setParameterRequest(std::uint8_t parameter, ByteView data);
Result<void> parseSetParameter(std::uint8_t parameter, const Response &response);

// Get/Set PEF Configuration Parameters, for the op::ParameterWriter.
class PefParameterSpace final : public op::ParameterSpace
{
public:
    Request getRequest(std::uint8_t parameter, std::uint8_t setSelector) const override;
    Result<Bytes> parseGet(std::uint8_t parameter, const Response &response) const override;
    Request setRequest(std::uint8_t parameter, ByteView data) const override;
    Result<void> parseSet(std::uint8_t parameter, const Response &response) const override;
    std::string parameterName(std::uint8_t parameter) const override;
    std::string subject() const override { return "the PEF configuration"; }
    std::string showCommand() const override { return "pef filter list"; }
};

// PEF Control (parameter 1).
struct Control
{
    bool pefEnabled = false;         // bit 0
    bool eventMessages = false;      // bit 1: event messages for PEF actions
    bool startupDelay = false;       // bit 2
    bool alertStartupDelay = false;  // bit 3
};
Control decodeControl(std::uint8_t byte);
std::uint8_t encodeControl(const Control &control);

// Get Last Processed Event ID (S/E 15h).
struct LastProcessed
{
    std::uint32_t timestamp = 0;        // of the most recent addition to the SEL
    std::uint16_t lastSelRecord = 0;    // FFFFh = SEL empty
    std::uint16_t lastSoftwareRecord = 0;
    std::uint16_t lastBmcRecord = 0;
};
Request getLastProcessedRequest();
Result<LastProcessed> parseLastProcessed(const Response &response);

} // namespace ipmi::pef
