// SPDX-License-Identifier: GPL-3.0-or-later
#include "raw.h"

#include "commandsupport.h"

#include <cstdio>

namespace ipmi::cmd {

Request rawRequest(std::uint8_t netFn, std::uint8_t command, Bytes data, std::uint8_t lun)
{
    return Request{netFn, command, std::move(data), lun};
}

Result<Bytes> parseRawResponse(const Request &request, const Response &response)
{
    char what[48];
    std::snprintf(what, sizeof what, "Raw command (netfn %02Xh, cmd %02Xh)", unsigned(request.netFn),
                  unsigned(request.cmd));
    if (auto error = completionError(what, response))
        return *error;
    return response.data;
}

} // namespace ipmi::cmd
