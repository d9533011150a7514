// SPDX-License-Identifier: GPL-3.0-or-later
#include "configparameters.h"

#include "ipmi/cmd/commandsupport.h"

namespace ipmi::cmd {

Result<Bytes> parseGetConfigParameter(const std::string &command, const Response &response)
{
    switch (response.completionCode) {
    case 0: break;
    case configcc::ParameterNotSupported:
        return makeError(ErrorKind::Unsupported, command + " failed: the BMC does not support this parameter (80h).",
                         response.completionCode);
    case configcc::WriteOnly:
        return makeError(ErrorKind::CompletionCode, command + " failed: the parameter is write-only (83h).",
                         response.completionCode);
    default: return completionCodeError(command, response.completionCode);
    }
    if (response.data.empty())
        return shortResponseError(command, 1, 0);
    return Bytes(response.data.begin() + 1, response.data.end());
}

Result<void> parseSetConfigParameter(const std::string &command, const std::string &subject,
                                     const Response &response)
{
    switch (response.completionCode) {
    case 0: return {};
    case configcc::ParameterNotSupported:
        return makeError(ErrorKind::Unsupported, command + " failed: the BMC does not support this parameter (80h).",
                         response.completionCode);
    case configcc::SetInProgressElsewhere:
        return makeError(ErrorKind::CompletionCode,
                         command + " failed: another client has a " + subject
                             + " change in progress (81h). Wait for it to finish, or clear it with \"set in "
                               "progress\" = set complete.",
                         response.completionCode);
    case configcc::ReadOnly:
        return makeError(ErrorKind::CompletionCode, command + " failed: the parameter is read-only (82h).",
                         response.completionCode);
    default: break;
    }
    return completionCodeError(command, response.completionCode);
}

} // namespace ipmi::cmd
