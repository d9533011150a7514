// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <optional>

// The commands that set up the SOL payload (IPMI 2.0 §24: 48h, 49h, 4Ah, 4Eh) and
// Get SOL Configuration Parameters (Transport 22h, §26.3), for payload type 01h, instance 1.
namespace ipmi::sol {

inline constexpr std::uint8_t kPayloadTypeSol = 0x01;
inline constexpr std::uint8_t kCurrentChannel = 0x0e;

// Activate Payload completion codes (§24.1).
inline constexpr std::uint8_t kAlreadyActive = 0x80;
inline constexpr std::uint8_t kActivationLimitReached = 0x82; // no free instance: may pass
inline constexpr std::uint8_t kPayloadDisabled = 0x81;
inline constexpr std::uint8_t kLimitReached = 0x82;
inline constexpr std::uint8_t kCannotEncrypt = 0x83;
inline constexpr std::uint8_t kMustEncrypt = 0x84;
// Deactivate Payload: 80h = the payload was not active.
inline constexpr std::uint8_t kAlreadyDeactivated = 0x80;

// Get Channel Payload Support (App 4Eh).
Request getChannelPayloadSupportRequest(std::uint8_t channel = kCurrentChannel);
Result<bool> parseSolSupported(const Response &response);

// Get Payload Activation Status (App 4Ah).
struct ActivationStatus
{
    std::uint8_t capacity = 0;     // instances the BMC can run; Dell blades say 0 (treat as 1)
    std::uint16_t activeMask = 0;  // bit n = instance n+1 active
    bool instanceActive(int instance) const { return instance >= 1 && instance <= 16 && (activeMask >> (instance - 1)) & 1; }
};
Request getPayloadActivationStatusRequest();
Result<ActivationStatus> parseActivationStatus(const Response &response);

// Activate Payload (App 48h), instance 1.
struct ActivateOptions
{
    bool encrypt = true;      // the session's encryption applies to SOL packets
    bool authenticate = true; // and its integrity code
};
Request activatePayloadRequest(const ActivateOptions &options);

struct Activation
{
    std::uint16_t inboundPayloadSize = 0;  // largest payload the BMC accepts (header included)
    std::uint16_t outboundPayloadSize = 0; // largest payload it sends
    std::uint16_t port = 0;                // UDP port of the SOL payload
    std::uint16_t vlan = 0xffff;
    // Characters per packet this console sends: the inbound size less the 4-byte header,
    // at most 255; a size that leaves no room (pyghmi reports 1) means 255.
    std::size_t charactersPerPacket() const;
};
// Completion codes 80h..84h become sentences; 80h has ErrorKind::CompletionCode with
// completionCode 80h, so a caller can offer to take the payload over.
Result<Activation> parseActivation(const Response &response);

// Deactivate Payload (App 49h), instance 1. 80h (not active) counts as success.
Request deactivatePayloadRequest();
Result<void> parseDeactivation(const Response &response);

// Get SOL Configuration Parameters (Transport 22h): the parameters `sol info` shows.
enum class SolParameter : std::uint8_t
{
    SetInProgress = 0,
    Enable = 1,
    Authentication = 2,
    CharacterAccumulate = 3,
    RetryCount = 4,
    NonVolatileBitRate = 5,
    VolatileBitRate = 6,
    PayloadChannel = 7,
    PayloadPort = 8,
};
Request getSolParameterRequest(SolParameter parameter, std::uint8_t channel = kCurrentChannel);
// The parameter's data after the revision byte; fails on a completion code or a short answer.
Result<Bytes> parseSolParameter(SolParameter parameter, const Response &response);

struct SolConfiguration
{
    std::uint8_t setInProgress = 0; // 0 complete, 1 in progress, 2 commit write
    bool enabled = false;
    bool forceEncryption = false;
    bool forceAuthentication = false;
    std::uint8_t privilege = 2;         // 2 USER .. 5 OEM
    std::uint16_t accumulateMs = 0;     // in 5 ms units on the wire
    std::uint8_t sendThreshold = 0;
    std::uint8_t retryCount = 0;
    std::uint16_t retryIntervalMs = 0;  // in 10 ms units on the wire
    std::uint8_t nonVolatileBitRate = 0; // 6 = 9.6 kbps ... 10 = 115.2 kbps
    std::uint8_t volatileBitRate = 0;
    std::optional<std::uint8_t> channel; // optional parameters
    std::optional<std::uint16_t> port;
};
// Fills one parameter of the configuration from its data (parseSolParameter's value).
Result<void> applySolParameter(SolConfiguration &config, SolParameter parameter, ByteView data);
// "115.2", "9.6", ... as ipmitool prints a bit-rate code; "IPMI-Over-Serial-Setting" for 0.
std::string bitRateText(std::uint8_t code);

} // namespace ipmi::sol
