// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/core/privilege.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <string>
#include <string_view>

// User commands of the App network function (IPMI 2.0 section 22.26-22.30).
namespace ipmi::user {

inline constexpr std::uint8_t AnonymousUser = 1; // the null user: its name is fixed as empty
inline constexpr std::uint8_t MaxUserId = 63;
inline constexpr std::size_t NameBytes = 16;
inline constexpr std::uint8_t NoAccess = 0x0f; // privilege limit "no access"

// Get User Access (App 44h).
struct UserAccess
{
    std::uint8_t maxUsers = 0;
    std::uint8_t enableStatus = 0; // 0 unspecified, 1 enabled, 2 disabled (IPMI 2.0 only)
    std::uint8_t enabledCount = 0;
    std::uint8_t fixedNameCount = 0;
    bool callbackOnly = false; // "User Restricted to Callback"; ipmitool's "callin" is its negation
    bool linkAuth = false;
    bool ipmiMessaging = false;
    std::uint8_t privilegeLimit = 0;
};

Request getUserAccessRequest(std::uint8_t channel, std::uint8_t userId);
Result<UserAccess> parseUserAccess(const Response &response);

// Set User Access (App 43h). With changeFlags the callback/link/messaging bits are
// written; without, only the privilege limit (and the session limit when given).
struct UserAccessSettings
{
    bool callbackOnly = false;
    bool linkAuth = false;
    bool ipmiMessaging = false;
    std::uint8_t privilegeLimit = NoAccess;
};
Request setUserAccessRequest(std::uint8_t channel, std::uint8_t userId, const UserAccessSettings &settings,
                             bool changeFlags = true);
Result<void> parseSetUserAccess(const Response &response);

// Get User Name (App 46h) / Set User Name (App 45h).
Request getUserNameRequest(std::uint8_t userId);
Result<std::string> parseUserName(const Response &response); // trailing NULs removed
// Refuses user 1 (anonymous: the specification gives it the null name), user 0, IDs
// over 63, names over 16 bytes or with NUL bytes.
Result<Request> setUserNameRequest(std::uint8_t userId, std::string_view name);
Result<void> parseSetUserName(std::uint8_t userId, const Response &response);

// Set User Password (App 47h).
enum class PasswordOperation : std::uint8_t
{
    DisableUser = 0,
    EnableUser = 1,
    SetPassword = 2,
    TestPassword = 3,
};

enum class PasswordSize : std::uint8_t
{
    Bytes16 = 16, // IPMI 1.5 form
    Bytes20 = 20, // IPMI 2.0 form (bit 7 of byte 1 set)
};

// The password form a password of this length needs: 16 up to 16 bytes, else 20.
PasswordSize passwordSizeFor(std::string_view password);
// Explains a password longer than the form holds, or an ID out of range.
Result<Request> setUserPasswordRequest(std::uint8_t userId, PasswordOperation operation,
                                       std::string_view password = {}, PasswordSize size = PasswordSize::Bytes16);
// For TestPassword, 80h means the password does not match (ErrorKind::AuthenticationFailed)
// and 81h that the stored password has the other size.
Result<void> parseSetUserPassword(PasswordOperation operation, PasswordSize size, const Response &response);

} // namespace ipmi::user
