// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

namespace ipmi::cmd {

std::optional<Error> completionError(std::string_view command, const Response &response)
{
    if (response.completionCode == 0)
        return std::nullopt;
    return completionCodeError(command, response.completionCode);
}

Error shortResponseError(std::string_view command, std::size_t expected, std::size_t received)
{
    std::string message(command);
    message += " returned " + std::to_string(received) + " data byte";
    message += received == 1 ? "" : "s";
    message += " where at least " + std::to_string(expected) + " are required.";
    return makeError(ErrorKind::MalformedResponse, std::move(message));
}

Result<void> parseEmptyResponse(std::string_view command, const Response &response)
{
    if (auto error = completionError(command, response))
        return *error;
    return {};
}

} // namespace ipmi::cmd
