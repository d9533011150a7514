// SPDX-License-Identifier: GPL-3.0-or-later
// The commands the fake BMC answers: the session-management ones, Get Device ID,
// Get Chassis Status and a configurable echo.
#include "fakebmc.h"

#include "ipmi/session/sessioncommands.h"

namespace ipmi::test {

using namespace sessioncmd;

Bytes FakeBmc::cipherSuiteRecords() const
{
    Bytes records;
    const std::vector<std::uint8_t> &listed = m_config.listedSuites.empty() ? m_config.suites
                                                                            : m_config.listedSuites;
    for (std::uint8_t id : listed) {
        const std::optional<CipherSuite> suite = supportedCipherSuite(id);
        const auto auth = static_cast<std::uint8_t>(suite ? suite->auth : AuthAlgorithm::HmacMd5);
        const auto integrity = static_cast<std::uint8_t>(suite ? suite->integrity : IntegrityAlgorithm::Md5_128);
        const auto confidentiality = static_cast<std::uint8_t>(
            suite ? suite->confidentiality : ConfidentialityAlgorithm::Xrc4_128);
        records.insert(records.end(), {0xc0, id, auth, static_cast<std::uint8_t>(0x40 | integrity),
                                       static_cast<std::uint8_t>(0x80 | confidentiality)});
    }
    return records;
}

std::optional<ResponseMessage> FakeBmc::command(const RequestMessage &request, Session *session,
                                                bool rmcpPlusFraming)
{
    const bool app = request.netFn == kNetFnApp;
    if (!session) {
        // Pre-session: only the commands that make a session.
        if (app && request.cmd == kGetChannelAuthCaps) {
            const bool askV20 = !request.data.empty() && (request.data[0] & 0x80) != 0;
            if (askV20 && m_config.rejectV20AuthCaps)
                return replyTo(request, 0xcc);
            AuthCapabilities caps;
            caps.channel = 1;
            caps.authTypes = m_config.authTypes15;
            caps.nonNullUsernames = true;
            caps.perMessageAuthDisabled = m_config.perMessageAuthDisabled;
            caps.kgSet = !m_config.kg.empty();
            caps.v20DataPresent = askV20;
            caps.v15Supported = m_config.lan15;
            caps.v20Supported = m_config.lan20;
            return replyTo(request, 0, encodeAuthCapsResponse(caps));
        }
        if (app && request.cmd == kGetChannelCipherSuites) {
            if (m_config.cipherList == CipherListSupport::Silent
                || (m_config.cipherList == CipherListSupport::Only15Framing && rmcpPlusFraming))
                return std::nullopt;
            if (m_config.cipherList == CipherListSupport::InvalidCommand)
                return replyTo(request, 0xc1);
            const Result<CipherSuitesRequest> decoded = decodeCipherSuitesRequest(request.data);
            if (!decoded)
                return replyTo(request, 0xc7);
            const Bytes records = cipherSuiteRecords();
            const std::size_t begin = std::min(records.size(), std::size_t{decoded->listIndex} * 16);
            const std::size_t end = std::min(records.size(), begin + 16);
            Bytes data{0x01};
            data.insert(data.end(), records.begin() + static_cast<std::ptrdiff_t>(begin),
                        records.begin() + static_cast<std::ptrdiff_t>(end));
            return replyTo(request, 0, std::move(data));
        }
        if (app && request.cmd == kGetSessionChallenge && !rmcpPlusFraming)
            return challenge(request);
        return std::nullopt;
    }
    // Duplicate detection on rqSeq and command, as the spec allows.
    const bool duplicate = session->lastRqSeq == request.rqSeq && session->lastCmd == request.cmd;
    session->lastRqSeq = request.rqSeq;
    session->lastCmd = request.cmd;
    if (duplicate && m_config.cfOnDuplicate)
        return replyTo(request, 0xcf);
    if (app && request.cmd == kSetSessionPrivilege) {
        if (request.data.empty())
            return replyTo(request, 0xc7);
        const auto wanted = static_cast<Privilege>(request.data[0] & 0x0f);
        if (wanted > session->maximum || wanted > session->user->maximumPrivilege
            || (wanted == Privilege::Administrator && m_config.setPrivilegeRefusesAdmin))
            return replyTo(request, 0x81);
        session->privilege = wanted;
        return replyTo(request, 0, {static_cast<std::uint8_t>(wanted)});
    }
    if (app && request.cmd == kCloseSession) {
        ++closedSessions;
        if (!m_config.answerCloseSession) {
            m_sessions.erase(session->bmcSessionId);
            return std::nullopt;
        }
        return replyTo(request, 0);
    }
    if (app && request.cmd == kGetDeviceId)
        return replyTo(request, 0,
                       {0x20, 0x81, 0x02, 0x10, 0x02, 0xbf, 0x57, 0x01, 0x00, 0x34, 0x12, 0, 0, 0, 0});
    if (request.netFn == 0x00 && request.cmd == 0x01) // Get Chassis Status: power on
        return replyTo(request, 0, {0x01, 0x00, 0x40, 0x00});
    if (request.netFn == m_config.echoNetFn && request.cmd == m_config.echoCmd) {
        ++echoExecutions;
        Bytes data = request.data;
        data.push_back(static_cast<std::uint8_t>(echoExecutions));
        return replyTo(request, 0, std::move(data));
    }
    return replyTo(request, 0xc1);
}

} // namespace ipmi::test
