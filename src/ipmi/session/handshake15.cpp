// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/handshake15.h"

#include <algorithm>

namespace ipmi {

using namespace sessioncmd;

Result<AuthType> Handshake15::chooseAuthType(const AuthCapabilities &caps,
                                             const Lan15Policy &policy, std::string_view peer)
{
    const std::string bmc = "the BMC at " + std::string(peer);
    if (caps.offers(AuthType::Md5))
        return AuthType::Md5;
    if (caps.offers(AuthType::StraightPassword) && policy.allowStraightPassword)
        return AuthType::StraightPassword;
    if (caps.offers(AuthType::None) && policy.allowNone)
        return AuthType::None;
    if (caps.offers(AuthType::StraightPassword))
        return makeError(ErrorKind::InsecureRefused,
                         bmc + " offers only straight-password authentication for IPMI 1.5, "
                               "which sends the password in clear; allow it explicitly or use "
                               "IPMI 2.0 (lanplus)");
    if (caps.offers(AuthType::None))
        return makeError(ErrorKind::InsecureRefused,
                         bmc + " offers only IPMI 1.5 logins without authentication; allow them "
                               "explicitly or use IPMI 2.0 (lanplus)");
    if (caps.offers(AuthType::Md2))
        return makeError(ErrorKind::Unsupported,
                         bmc + " offers only MD2 authentication for IPMI 1.5, which BMC Pilot "
                               "does not support; use IPMI 2.0 (lanplus)");
    return makeError(ErrorKind::AuthTypeUnavailable,
                     bmc + " offers no IPMI 1.5 authentication type; use IPMI 2.0 (lanplus)");
}

void Handshake15::start(Clock::time_point now)
{
    sendAuthCaps(false, now);
}

void Handshake15::onAuthCaps(const AuthCapabilities &caps, Clock::time_point now)
{
    const Result<AuthType> type = chooseAuthType(caps, m_config.lan15, peer());
    if (!type) {
        m_host.loginFailed(type.error());
        return;
    }
    m_authType = type.value();
    m_perMessageAuthDisabled = caps.perMessageAuthDisabled;
    sendChallenge(now);
}

void Handshake15::sendChallenge(Clock::time_point now)
{
    // A repeated challenge request only costs the BMC a temporary session, so it is
    // retransmitted like any login message. Its answer comes unauthenticated.
    m_presessionAuth.reset();
    sendIpmi(Step::ChallengeSent, kGetSessionChallenge,
             encodeChallengeRequest(m_authType, m_config.username), handshakePolicy(),
             [](ByteView message) { return presession15(message); }, now);
}

void Handshake15::sendActivate(const SessionChallenge &challenge, Clock::time_point now)
{
    m_temporarySessionId = challenge.temporarySessionId;
    m_initialInbound = randomNonZero32();
    m_presessionAuth = m_authType;
    ActivateRequest request;
    request.authType = m_authType;
    request.maximumPrivilege = m_privilege;
    request.challenge = challenge.challenge;
    request.initialOutboundSequence = m_initialInbound;
    // Sent once per challenge: a 1.5 BMC drops an Activate Session whose auth code does
    // not match, so silence here usually means a wrong password, and each retry would
    // make that verdict wait longer. A timeout restarts at the challenge.
    const std::chrono::milliseconds wait = m_config.timing.handshakeTimeout
                                           + m_config.timing.backoffStep * m_restarts;
    sendIpmi(Step::ActivateSent, kActivateSession, encodeActivateRequest(request),
             RetryPolicy{wait, std::chrono::milliseconds(0), 1},
             [this](ByteView message) {
                 return encodeSession15(m_authType, 0, m_temporarySessionId, message,
                                        m_config.password.view());
             },
             now);
}

void Handshake15::onIpmiReply(const ResponseMessage &reply, Clock::time_point now)
{
    if (reply.completionCode != 0) {
        m_host.loginFailed(
            sessionCommandError(reply.cmd, reply.completionCode, peer(), m_config.username));
        return;
    }
    if (reply.cmd == kGetSessionChallenge) {
        const Result<SessionChallenge> challenge = decodeChallengeResponse(reply.data);
        if (!challenge)
            m_host.loginFailed(challenge.error());
        else
            sendActivate(challenge.value(), now);
    } else if (reply.cmd == kActivateSession) {
        const Result<ActivateResponse> response = decodeActivateResponse(reply.data);
        if (!response)
            m_host.loginFailed(response.error());
        else
            onActivated(response.value());
    }
}

void Handshake15::onActivated(const ActivateResponse &response)
{
    if (response.sessionId == 0) {
        m_host.loginFailed(makeError(ErrorKind::MalformedResponse,
                                     "the BMC at " + peer() + " activated session ID 0"));
        return;
    }
    // Per-message authentication "disabled" lets both sides send NONE after activation.
    // The bit comes in an unauthenticated answer that anyone on the path can forge, so
    // it counts only when the user allowed it and the activation itself says NONE
    // (Supermicro sets the bit and still authenticates; FreeIPMI also waits for that).
    const bool unauthenticated = m_config.lan15.allowPerMessageAuthOff && m_perMessageAuthDisabled
                                 && response.authType == AuthType::None;
    if (response.authType != m_authType && !unauthenticated) {
        m_host.loginFailed(makeError(
            ErrorKind::BmcNotAuthenticated,
            "the BMC at " + peer() + " activated the session with authentication type "
                + std::string(authTypeName(response.authType)) + " instead of the negotiated "
                + std::string(authTypeName(m_authType))
                + (m_perMessageAuthDisabled ? "; it says per-message authentication is off, which is accepted "
                                              "only when allowed explicitly"
                                            : "")));
        return;
    }
    if (m_perMessageAuthDisabled && !unauthenticated)
        m_host.note("BMC reports per-message authentication off; authenticating every message");
    Framing15::Params params;
    params.outboundAuth = unauthenticated ? AuthType::None : m_authType;
    params.acceptUnauthenticated = unauthenticated || m_authType == AuthType::None;
    params.sessionId = response.sessionId;
    params.firstOutboundSequence = response.initialInboundSequence;
    params.firstInboundSequence = m_initialInbound;
    SessionInfo info;
    info.version = LanVersion::Lan15;
    info.authType = params.outboundAuth;
    info.privilege = m_privilege;
    info.bmcSessionId = response.sessionId;
    m_host.loggedIn(std::make_unique<Framing15>(params, m_config.password), std::move(info));
}

void Handshake15::onIpmiTimeout(std::uint8_t cmd, Clock::time_point now)
{
    std::optional<Error> finalError;
    if (cmd == kActivateSession) {
        // The challenge was answered, so the BMC is there: a 1.5 BMC silently drops an
        // Activate Session whose auth code does not match its password.
        finalError = makeError(ErrorKind::AuthenticationFailed,
                               "wrong user name or password for " + peer()
                                   + " (no answer to Activate Session after "
                                   + std::to_string(m_restarts + 1) + " tries)");
    }
    if (spendRestart(cmd == kActivateSession ? Step::ActivateSent : Step::ChallengeSent,
                     std::move(finalError)))
        sendChallenge(now);
}

void Handshake15::onDatagram(ByteView, Clock::time_point)
{
    // Every 1.5 login reply is an IPMI message, handled by onIpmiReply.
}

void Handshake15::onStepTimeout(Clock::time_point)
{
    // No single-send steps in the 1.5 login.
}

} // namespace ipmi
