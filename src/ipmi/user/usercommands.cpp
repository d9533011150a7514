// SPDX-License-Identifier: GPL-3.0-or-later
#include "usercommands.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/netfn.h"

#include <cstdio>
#include <optional>

namespace ipmi::user {

namespace {

constexpr std::uint8_t CmdSetUserAccess = 0x43;
constexpr std::uint8_t CmdGetUserAccess = 0x44;
constexpr std::uint8_t CmdSetUserName = 0x45;
constexpr std::uint8_t CmdGetUserName = 0x46;
constexpr std::uint8_t CmdSetUserPassword = 0x47;
constexpr std::uint8_t UserMask = 0x3f;
constexpr std::uint8_t ChannelMask = 0x0f;

Request appRequest(std::uint8_t command, Bytes data)
{
    return Request{netfn::App, command, std::move(data), 0};
}

std::optional<Error> checkUserId(std::uint8_t userId)
{
    if (userId >= 1 && userId <= MaxUserId)
        return std::nullopt;
    return makeError(ErrorKind::InvalidArgument,
                     "User ID " + std::to_string(userId) + " is out of range: user IDs are 1-63.");
}

const char *const LengthRule = "A password of 17 to 20 bytes needs the 20-byte form (IPMI 2.0); BMCs that support "
                               "only IPMI 1.5 accept 16 bytes at most.";

} // namespace

Request getUserAccessRequest(std::uint8_t channel, std::uint8_t userId)
{
    return appRequest(CmdGetUserAccess, Bytes{std::uint8_t(channel & ChannelMask), std::uint8_t(userId & UserMask)});
}

Result<UserAccess> parseUserAccess(const Response &response)
{
    constexpr std::string_view command = "Get User Access";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < 4)
        return cmd::shortResponseError(command, 4, response.data.size());
    const Bytes &data = response.data;
    UserAccess access;
    access.maxUsers = data[0] & 0x3f;
    access.enableStatus = std::uint8_t(data[1] >> 6);
    access.enabledCount = data[1] & 0x3f;
    access.fixedNameCount = data[2] & 0x3f;
    access.callbackOnly = data[3] & 0x40;
    access.linkAuth = data[3] & 0x20;
    access.ipmiMessaging = data[3] & 0x10;
    access.privilegeLimit = data[3] & 0x0f;
    return access;
}

Request setUserAccessRequest(std::uint8_t channel, std::uint8_t userId, const UserAccessSettings &settings,
                             bool changeFlags)
{
    std::uint8_t first = channel & ChannelMask;
    if (changeFlags)
        first |= std::uint8_t(0x80 | (settings.callbackOnly ? 0x40 : 0) | (settings.linkAuth ? 0x20 : 0)
                              | (settings.ipmiMessaging ? 0x10 : 0));
    return appRequest(CmdSetUserAccess, Bytes{first, std::uint8_t(userId & UserMask),
                                              std::uint8_t(settings.privilegeLimit & 0x0f)});
}

Result<void> parseSetUserAccess(const Response &response)
{
    return cmd::parseEmptyResponse("Set User Access", response);
}

Request getUserNameRequest(std::uint8_t userId)
{
    return appRequest(CmdGetUserName, Bytes{std::uint8_t(userId & UserMask)});
}

Result<std::string> parseUserName(const Response &response)
{
    constexpr std::string_view command = "Get User Name";
    if (auto error = cmd::completionError(command, response))
        return *error;
    if (response.data.size() < NameBytes)
        return cmd::shortResponseError(command, NameBytes, response.data.size());
    std::string name;
    for (std::size_t i = 0; i < NameBytes && response.data[i] != 0; ++i)
        name.push_back(char(response.data[i]));
    return name;
}

Result<Request> setUserNameRequest(std::uint8_t userId, std::string_view name)
{
    if (userId == AnonymousUser)
        return makeError(ErrorKind::InvalidArgument,
                         "User 1 is the anonymous user: the IPMI specification fixes its name as the null (empty) "
                         "name, so it cannot be renamed. Pick another user ID (2-63); to stop anonymous logins, "
                         "disable user 1.");
    if (auto error = checkUserId(userId))
        return *error;
    if (name.size() > NameBytes)
        return makeError(ErrorKind::InvalidArgument, "The user name has " + std::to_string(name.size())
                                                         + " bytes; IPMI user names hold at most 16.");
    if (name.find('\0') != std::string_view::npos)
        return makeError(ErrorKind::InvalidArgument, "A user name cannot contain NUL bytes.");
    ByteWriter writer(1 + NameBytes);
    writer.u8(userId).bytes(asBytes(name)).fill(0, NameBytes - name.size());
    return appRequest(CmdSetUserName, writer.take());
}

Result<void> parseSetUserName(std::uint8_t userId, const Response &response)
{
    if (response.completionCode == 0xcc && userId == AnonymousUser)
        return makeError(ErrorKind::CompletionCode,
                         "Set User Name failed: the BMC refuses to name user 1, the anonymous user whose name is "
                         "fixed as empty (CCh).",
                         response.completionCode);
    return cmd::parseEmptyResponse("Set User Name", response);
}

PasswordSize passwordSizeFor(std::string_view password)
{
    return password.size() > 16 ? PasswordSize::Bytes20 : PasswordSize::Bytes16;
}

Result<Request> setUserPasswordRequest(std::uint8_t userId, PasswordOperation operation, std::string_view password,
                                       PasswordSize size)
{
    if (auto error = checkUserId(userId))
        return *error;
    const std::size_t capacity = std::size_t(size);
    if (password.size() > capacity)
        return makeError(ErrorKind::InvalidArgument,
                         "The password has " + std::to_string(password.size()) + " bytes but the "
                             + std::to_string(capacity) + "-byte form holds at most " + std::to_string(capacity)
                             + ". " + LengthRule);
    if (password.find('\0') != std::string_view::npos)
        return makeError(ErrorKind::InvalidArgument, "A password cannot contain NUL bytes.");
    ByteWriter writer(2 + capacity);
    writer.u8(std::uint8_t(userId | (size == PasswordSize::Bytes20 ? 0x80 : 0))).u8(std::uint8_t(operation));
    // The password field is sent for every operation; enable/disable leave it zero.
    writer.bytes(asBytes(password)).fill(0, capacity - password.size());
    return appRequest(CmdSetUserPassword, writer.take());
}

Result<void> parseSetUserPassword(PasswordOperation operation, PasswordSize size, const Response &response)
{
    const bool test = operation == PasswordOperation::TestPassword;
    const std::string command = test ? "Test User Password" : "Set User Password";
    if (response.completionCode == 0x80 && test)
        return makeError(ErrorKind::AuthenticationFailed, "The password does not match (80h).", 0x80);
    if (response.completionCode == 0x81) {
        const bool is20 = size == PasswordSize::Bytes20;
        return makeError(ErrorKind::CompletionCode,
                         command + " failed: wrong password size (81h). "
                             + (test ? std::string("The stored password has the ") + (is20 ? "16" : "20")
                                           + "-byte form; test with that size. "
                                     : std::string(is20 ? "The BMC may support only the 16-byte form. " : ""))
                             + LengthRule,
                         0x81);
    }
    return cmd::parseEmptyResponse(command, response);
}

} // namespace ipmi::user
