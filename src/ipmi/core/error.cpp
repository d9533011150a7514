// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <cstdio>

namespace ipmi {

std::string completionCodeText(std::uint8_t code)
{
    switch (code) {
    case 0x00: return "command completed normally";
    case 0xc0: return "node busy";
    case 0xc1: return "invalid or unsupported command";
    case 0xc2: return "command invalid for the given LUN";
    case 0xc3: return "timeout while processing the command";
    case 0xc4: return "out of space";
    case 0xc5: return "reservation cancelled or invalid reservation ID";
    case 0xc6: return "request data truncated";
    case 0xc7: return "request data length invalid";
    case 0xc8: return "request data field length limit exceeded";
    case 0xc9: return "parameter out of range";
    case 0xca: return "cannot return the number of requested data bytes";
    case 0xcb: return "requested sensor, data or record not present";
    case 0xcc: return "invalid data field in request";
    case 0xcd: return "command illegal for the specified sensor or record type";
    case 0xce: return "command response could not be provided";
    case 0xcf: return "duplicated request";
    case 0xd0: return "SDR repository in update mode";
    case 0xd1: return "device in firmware update mode";
    case 0xd2: return "BMC initialization or initialization agent in progress";
    case 0xd3: return "destination unavailable";
    case 0xd4: return "insufficient privilege level";
    case 0xd5: return "command not supported in present state";
    case 0xd6: return "command sub-function disabled or unavailable";
    case 0xff: return "unspecified error";
    default: break;
    }
    if (code >= 0x01 && code <= 0x7e)
        return "device-specific (OEM) completion code";
    if (code >= 0x80 && code <= 0xbe)
        return "command-specific completion code";
    return "unknown completion code";
}

Error completionCodeError(std::string_view what, std::uint8_t code)
{
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02Xh", code);
    std::string message(what);
    message += " failed: ";
    message += completionCodeText(code);
    message += " (";
    message += hex;
    message += ')';
    return makeError(ErrorKind::CompletionCode, std::move(message), code);
}

} // namespace ipmi
