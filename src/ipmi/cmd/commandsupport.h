// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstddef>
#include <optional>
#include <string_view>

// Checks shared by every response parser of the command layer, so that each command
// words its failures the same way.
namespace ipmi::cmd {

// The completion-code error if the response carries one, else nothing.
std::optional<Error> completionError(std::string_view command, const Response &response);

// A MalformedResponse sentence for an answer shorter than the command needs.
Error shortResponseError(std::string_view command, std::size_t expected, std::size_t received);

// For commands whose answer is the completion code alone.
Result<void> parseEmptyResponse(std::string_view command, const Response &response);

} // namespace ipmi::cmd
