// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Session-management commands of the App network function (IPMI 2.0 section 22):
// request builders and response parsers for the console, and the mirror image for the
// in-memory fake BMC. Bodies only (no completion code on the request side; response
// `data` starts after the completion code, as in ipmi::Response).

#include "ipmi/core/bytes.h"
#include "ipmi/cmd/netfn.h"
#include "ipmi/core/error.h"
#include "ipmi/session/sessionconfig.h"
#include "ipmi/wire/session15.h"

#include <array>
#include <cstdint>
#include <string>

namespace ipmi::sessioncmd {

inline constexpr std::uint8_t kNetFnApp = netfn::App;
inline constexpr std::uint8_t kGetDeviceId = 0x01;
inline constexpr std::uint8_t kGetChannelAuthCaps = 0x38;
inline constexpr std::uint8_t kGetSessionChallenge = 0x39;
inline constexpr std::uint8_t kActivateSession = 0x3a;
inline constexpr std::uint8_t kSetSessionPrivilege = 0x3b;
inline constexpr std::uint8_t kCloseSession = 0x3c;
inline constexpr std::uint8_t kGetChannelCipherSuites = 0x54;

inline constexpr std::uint8_t kCurrentChannel = 0x0e;
inline constexpr std::size_t kCipherSuiteChunk = 16; // record bytes per full chunk
inline constexpr std::uint8_t kMaxCipherSuiteListIndex = 0x3f;

// Bit numbers of the auth-type byte (byte 1 of the auth caps response).
inline constexpr std::uint8_t authTypeBit(AuthType type)
{
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(type));
}

// --- Get Channel Authentication Capabilities (38h) -----------------------------------
struct AuthCapabilities
{
    std::uint8_t channel = 0;
    std::uint8_t authTypes = 0; // bit n = AuthType n offered; bit 7 = v2.0 data present
    bool anonymousLogin = false;
    bool nullUsernames = false;
    bool nonNullUsernames = false;
    bool userLevelAuthDisabled = false;
    bool perMessageAuthDisabled = false;
    bool kgSet = false;
    bool v15Supported = false; // meaningful when v20DataPresent
    bool v20Supported = false;
    bool v20DataPresent = false;
    bool offers(AuthType type) const { return (authTypes & authTypeBit(type)) != 0; }
};
// byte 0 = channel | 80h when asking for v2.0 data (8Eh), 0Eh otherwise.
Bytes encodeAuthCapsRequest(bool askV20, Privilege privilege);
Result<AuthCapabilities> decodeAuthCapsResponse(ByteView data);
Bytes encodeAuthCapsResponse(const AuthCapabilities &caps); // BMC side

// --- Get Channel Cipher Suites (54h) ----------------------------------------------------
Bytes encodeCipherSuitesRequest(std::uint8_t listIndex); // index | 80h: list by suite
// The record bytes of one chunk (after the channel byte).
Result<Bytes> decodeCipherSuitesResponse(ByteView data);
struct CipherSuitesRequest
{
    std::uint8_t channel = 0;
    std::uint8_t payloadType = 0;
    std::uint8_t listIndex = 0;
    bool listByAlgorithm = true; // bit 7 clear
};
Result<CipherSuitesRequest> decodeCipherSuitesRequest(ByteView data); // BMC side

// --- Get Session Challenge (39h) --------------------------------------------------------
struct SessionChallenge
{
    std::uint32_t temporarySessionId = 0;
    std::array<std::uint8_t, 16> challenge{};
};
Bytes encodeChallengeRequest(AuthType type, std::string_view username);
Result<SessionChallenge> decodeChallengeResponse(ByteView data);
struct ChallengeRequest
{
    AuthType authType = AuthType::None;
    std::string username; // trailing zeros removed
};
Result<ChallengeRequest> decodeChallengeRequest(ByteView data); // BMC side
Bytes encodeChallengeResponse(const SessionChallenge &challenge);

// --- Activate Session (3Ah) -------------------------------------------------------------
struct ActivateRequest
{
    AuthType authType = AuthType::None;
    Privilege maximumPrivilege = Privilege::User;
    std::array<std::uint8_t, 16> challenge{};
    std::uint32_t initialOutboundSequence = 0; // BMC -> console, chosen by the console
};
struct ActivateResponse
{
    AuthType authType = AuthType::None; // for the rest of the session
    std::uint32_t sessionId = 0;
    std::uint32_t initialInboundSequence = 0; // console -> BMC, chosen by the BMC
    std::uint8_t maximumPrivilege = 0;
};
Bytes encodeActivateRequest(const ActivateRequest &request);
Result<ActivateResponse> decodeActivateResponse(ByteView data);
Result<ActivateRequest> decodeActivateRequest(ByteView data); // BMC side
Bytes encodeActivateResponse(const ActivateResponse &response);

// --- Set Session Privilege Level (3Bh) and Close Session (3Ch) ------------------------
Bytes encodeSetPrivilegeRequest(Privilege privilege);
Result<std::uint8_t> decodeSetPrivilegeResponse(ByteView data); // the level now in force
Bytes encodeCloseSessionRequest(std::uint32_t sessionId);

// Sentences for the command-specific completion codes of the commands above.
Error sessionCommandError(std::uint8_t cmd, std::uint8_t completionCode,
                          std::string_view peer, std::string_view username);

} // namespace ipmi::sessioncmd
