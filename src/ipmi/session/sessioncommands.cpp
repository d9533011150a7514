// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/sessioncommands.h"

#include <algorithm>

namespace ipmi::sessioncmd {

namespace {

Error shortResponse(std::string_view what)
{
    return makeError(ErrorKind::MalformedResponse,
                     std::string("the BMC's ") + std::string(what) + " response is too short");
}

std::uint8_t privilegeByte(Privilege privilege)
{
    return static_cast<std::uint8_t>(privilege);
}

} // namespace

Bytes encodeAuthCapsRequest(bool askV20, Privilege privilege)
{
    const std::uint8_t channel = askV20 ? kCurrentChannel | 0x80 : kCurrentChannel;
    return {channel, privilegeByte(privilege)};
}

Result<AuthCapabilities> decodeAuthCapsResponse(ByteView data)
{
    if (data.size() < 3)
        return shortResponse("Get Channel Authentication Capabilities");
    AuthCapabilities caps;
    caps.channel = data[0];
    caps.authTypes = data[1];
    caps.anonymousLogin = (data[2] & 0x01) != 0;
    caps.nullUsernames = (data[2] & 0x02) != 0;
    caps.nonNullUsernames = (data[2] & 0x04) != 0;
    caps.userLevelAuthDisabled = (data[2] & 0x08) != 0;
    caps.perMessageAuthDisabled = (data[2] & 0x10) != 0;
    caps.kgSet = (data[2] & 0x20) != 0;
    caps.v20DataPresent = (data[1] & 0x80) != 0 && data.size() >= 4;
    if (caps.v20DataPresent) {
        caps.v15Supported = (data[3] & 0x01) != 0;
        caps.v20Supported = (data[3] & 0x02) != 0;
    }
    return caps;
}

Bytes encodeAuthCapsResponse(const AuthCapabilities &caps)
{
    std::uint8_t flags = 0;
    flags |= caps.anonymousLogin ? 0x01 : 0;
    flags |= caps.nullUsernames ? 0x02 : 0;
    flags |= caps.nonNullUsernames ? 0x04 : 0;
    flags |= caps.userLevelAuthDisabled ? 0x08 : 0;
    flags |= caps.perMessageAuthDisabled ? 0x10 : 0;
    flags |= caps.kgSet ? 0x20 : 0;
    std::uint8_t versions = 0;
    versions |= caps.v15Supported ? 0x01 : 0;
    versions |= caps.v20Supported ? 0x02 : 0;
    const std::uint8_t types = caps.v20DataPresent ? caps.authTypes | 0x80 : caps.authTypes & 0x7f;
    return {caps.channel, types, flags, versions, 0, 0, 0, 0};
}

Bytes encodeCipherSuitesRequest(std::uint8_t listIndex)
{
    return {kCurrentChannel, 0x00, static_cast<std::uint8_t>((listIndex & 0x3f) | 0x80)};
}

Result<Bytes> decodeCipherSuitesResponse(ByteView data)
{
    if (data.empty())
        return shortResponse("Get Channel Cipher Suites");
    return Bytes(data.begin() + 1, data.end());
}

Result<CipherSuitesRequest> decodeCipherSuitesRequest(ByteView data)
{
    if (data.size() < 3)
        return shortResponse("Get Channel Cipher Suites request");
    return CipherSuitesRequest{data[0], data[1], static_cast<std::uint8_t>(data[2] & 0x3f),
                               (data[2] & 0x80) == 0};
}

Bytes encodeChallengeRequest(AuthType type, std::string_view username)
{
    ByteWriter writer(17);
    writer.u8(static_cast<std::uint8_t>(type));
    const std::size_t length = std::min<std::size_t>(username.size(), 16);
    writer.bytes(asBytes(username.substr(0, length))).fill(0, 16 - length);
    return writer.take();
}

Result<SessionChallenge> decodeChallengeResponse(ByteView data)
{
    ByteReader reader(data);
    SessionChallenge challenge;
    challenge.temporarySessionId = reader.u32le();
    const ByteView bytes = reader.bytes(16);
    if (!reader.ok())
        return shortResponse("Get Session Challenge");
    std::copy(bytes.begin(), bytes.end(), challenge.challenge.begin());
    return challenge;
}

Result<ChallengeRequest> decodeChallengeRequest(ByteView data)
{
    if (data.size() < 17)
        return shortResponse("Get Session Challenge request");
    ChallengeRequest request;
    request.authType = static_cast<AuthType>(data[0] & 0x0f);
    request.username.assign(data.begin() + 1, data.begin() + 17);
    request.username.erase(request.username.find_last_not_of('\0') + 1);
    return request;
}

Bytes encodeChallengeResponse(const SessionChallenge &challenge)
{
    return ByteWriter(20).u32le(challenge.temporarySessionId).bytes(challenge.challenge).take();
}

Bytes encodeActivateRequest(const ActivateRequest &request)
{
    return ByteWriter(22)
        .u8(static_cast<std::uint8_t>(request.authType))
        .u8(privilegeByte(request.maximumPrivilege))
        .bytes(request.challenge)
        .u32le(request.initialOutboundSequence)
        .take();
}

Result<ActivateResponse> decodeActivateResponse(ByteView data)
{
    ByteReader reader(data);
    ActivateResponse response;
    response.authType = static_cast<AuthType>(reader.u8() & 0x0f);
    response.sessionId = reader.u32le();
    response.initialInboundSequence = reader.u32le();
    response.maximumPrivilege = reader.u8() & 0x0f;
    if (!reader.ok())
        return shortResponse("Activate Session");
    return response;
}

Result<ActivateRequest> decodeActivateRequest(ByteView data)
{
    ByteReader reader(data);
    ActivateRequest request;
    request.authType = static_cast<AuthType>(reader.u8() & 0x0f);
    request.maximumPrivilege = static_cast<Privilege>(reader.u8() & 0x0f);
    const ByteView challenge = reader.bytes(16);
    request.initialOutboundSequence = reader.u32le();
    if (!reader.ok())
        return shortResponse("Activate Session request");
    std::copy(challenge.begin(), challenge.end(), request.challenge.begin());
    return request;
}

Bytes encodeActivateResponse(const ActivateResponse &response)
{
    return ByteWriter(10)
        .u8(static_cast<std::uint8_t>(response.authType))
        .u32le(response.sessionId)
        .u32le(response.initialInboundSequence)
        .u8(response.maximumPrivilege)
        .take();
}

Bytes encodeSetPrivilegeRequest(Privilege privilege)
{
    return {privilegeByte(privilege)};
}

Result<std::uint8_t> decodeSetPrivilegeResponse(ByteView data)
{
    if (data.empty())
        return shortResponse("Set Session Privilege Level");
    return static_cast<std::uint8_t>(data[0] & 0x0f);
}

Bytes encodeCloseSessionRequest(std::uint32_t sessionId)
{
    return ByteWriter(4).u32le(sessionId).take();
}

Error sessionCommandError(std::uint8_t cmd, std::uint8_t code, std::string_view peer,
                          std::string_view username)
{
    const std::string bmc = "the BMC at " + std::string(peer);
    const std::string user = "'" + std::string(username) + "'";
    switch (cmd) {
    case kGetSessionChallenge:
        if (code == 0x81)
            return makeError(ErrorKind::UnknownUser,
                             bmc + " does not know user name " + user, code);
        if (code == 0x82)
            return makeError(ErrorKind::UnknownUser,
                             bmc + " does not allow the null user name", code);
        break;
    case kActivateSession:
        if (code >= 0x81 && code <= 0x83)
            return makeError(ErrorKind::NoSessionSlot,
                             bmc + " has no free session slot; close other sessions or wait "
                                   "for them to time out", code);
        if (code == 0x86)
            return makeError(ErrorKind::PrivilegeUnavailable,
                             "user " + user + " may not hold the requested privilege level on "
                                 + bmc, code);
        break;
    case kSetSessionPrivilege:
        if (code == 0x80 || code == 0x81)
            return makeError(ErrorKind::PrivilegeUnavailable,
                             "user " + user + " may not hold the requested privilege level on "
                                 + bmc, code);
        break;
    default:
        break;
    }
    std::string what;
    switch (cmd) {
    case kGetChannelAuthCaps: what = "Get Channel Authentication Capabilities"; break;
    case kGetChannelCipherSuites: what = "Get Channel Cipher Suites"; break;
    case kGetSessionChallenge: what = "Get Session Challenge"; break;
    case kActivateSession: what = "Activate Session"; break;
    case kSetSessionPrivilege: what = "Set Session Privilege Level"; break;
    case kCloseSession: what = "Close Session"; break;
    default: what = "Session command"; break;
    }
    return completionCodeError(what, code);
}

} // namespace ipmi::sessioncmd
