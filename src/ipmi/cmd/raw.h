// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>

// Any command, given as network function, command and data bytes (ipmitool raw).
namespace ipmi::cmd {

Request rawRequest(std::uint8_t netFn, std::uint8_t command, Bytes data, std::uint8_t lun = 0);

// The data bytes of a successful answer; a non-zero completion code becomes an Error
// that names the network function and command.
Result<Bytes> parseRawResponse(const Request &request, const Response &response);

} // namespace ipmi::cmd
