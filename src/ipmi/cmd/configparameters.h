// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <string>

// The answers of the Get/Set ... Configuration Parameters commands, which share their
// layout and their parameter-specific completion codes: LAN (Transport 01h/02h), SOL
// (Transport 21h/22h), PEF (S/E 12h/13h).
namespace ipmi::cmd {

namespace configcc {
inline constexpr std::uint8_t ParameterNotSupported = 0x80;
inline constexpr std::uint8_t SetInProgressElsewhere = 0x81; // set: someone else holds "set in progress"
inline constexpr std::uint8_t ReadOnly = 0x82;               // set: the parameter is read-only
inline constexpr std::uint8_t WriteOnly = 0x83;              // get: the parameter is write-only
} // namespace configcc

// command names the request ("Get LAN parameter \"IP Address\""). The value is the
// parameter data after the revision byte.
Result<Bytes> parseGetConfigParameter(const std::string &command, const Response &response);
// subject names what another client may be changing ("LAN configuration").
Result<void> parseSetConfigParameter(const std::string &command, const std::string &subject,
                                     const Response &response);

} // namespace ipmi::cmd
