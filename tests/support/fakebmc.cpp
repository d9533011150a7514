// SPDX-License-Identifier: GPL-3.0-or-later
// The fake BMC's framing and logins; its commands are in fakebmccommands.cpp.
#include "fakebmc.h"

#include "ipmi/crypto/hash.h"
#include "ipmi/crypto/rakpkeys.h"
#include "ipmi/wire/rmcp.h"

#include <algorithm>

namespace ipmi::test {

ResponseMessage replyTo(const RequestMessage &request, std::uint8_t completionCode, Bytes data)
{
    ResponseMessage reply;
    reply.rqAddr = request.rqAddr;
    reply.netFn = static_cast<std::uint8_t>(request.netFn | 1);
    reply.rqLun = request.rqLun;
    reply.rsAddr = request.rsAddr;
    reply.rqSeq = request.rqSeq;
    reply.rsLun = request.rsLun;
    reply.cmd = request.cmd;
    reply.completionCode = completionCode;
    reply.data = std::move(data);
    return reply;
}

FakeBmc::FakeBmc(FakeBmcConfig config) : m_config(std::move(config)), m_rng(m_config.seed)
{
    m_randomSource = [this](std::size_t count) { return random(count); };
    const Bytes guid = random(16);
    std::copy(guid.begin(), guid.end(), m_guid.begin());
}

Bytes FakeBmc::random(std::size_t count)
{
    Bytes bytes(count);
    for (std::uint8_t &byte : bytes)
        byte = static_cast<std::uint8_t>(m_rng() & 0xff);
    return bytes;
}

std::uint32_t FakeBmc::newSessionId()
{
    std::uint32_t id = 0;
    while (id == 0 || m_sessions.count(id) != 0)
        id = static_cast<std::uint32_t>(m_rng());
    return id;
}

const FakeUser *FakeBmc::findUser(std::string_view name) const
{
    for (const FakeUser &user : m_config.users) {
        if (user.name == name)
            return &user;
    }
    return nullptr;
}

void FakeBmc::reboot()
{
    m_sessions.clear();
}

std::size_t FakeBmc::activeSessions() const
{
    return static_cast<std::size_t>(std::count_if(m_sessions.begin(), m_sessions.end(),
                                                  [](const auto &entry) { return entry.second.active; }));
}

int FakeBmc::countReceived(std::uint8_t netFn, std::uint8_t cmd) const
{
    return static_cast<int>(std::count_if(m_received.begin(), m_received.end(), [&](const Received &r) {
        return r.netFn == netFn && r.cmd == cmd;
    }));
}

std::vector<Bytes> FakeBmc::handleDatagram(ByteView datagram)
{
    switch (classifyDatagram(datagram)) {
    case DatagramKind::Ipmi15: return handle15(datagram);
    case DatagramKind::RmcpPlus: return handle20(datagram);
    default: return {};
    }
}

// --- IPMI 1.5 -------------------------------------------------------------------------

std::vector<Bytes> FakeBmc::handle15(ByteView datagram)
{
    Result<Session15Packet> packet = decodeSession15(datagram);
    if (!packet)
        return {};
    Result<RequestMessage> request = decodeRequestMessage(packet->payload);
    if (!request)
        return {};
    if (packet->sessionId == 0) {
        if (packet->authType != AuthType::None)
            return {};
        m_received.push_back({request->netFn, request->cmd, request->rqSeq, request->data, false});
        std::optional<ResponseMessage> reply = command(request.value(), nullptr, false);
        if (!reply)
            return {};
        Result<Bytes> out = encodeSession15(AuthType::None, 0, 0, encodeResponseMessage(*reply), {});
        return out ? std::vector<Bytes>{out.value()} : std::vector<Bytes>{};
    }
    const auto found = m_sessions.find(packet->sessionId);
    if (found == m_sessions.end() || found->second.rmcpPlus)
        return {}; // unknown session: real BMCs stay silent
    Session &session = found->second;
    const ByteView password = asBytes(session.user->password);
    if (!session.active) {
        // Only Activate Session, authenticated with the login's type, is valid here.
        if (packet->authType != session.authType || request->cmd != 0x3a)
            return {};
    } else if (packet->authType != session.sessionAuth
               && !(session.sessionAuth == AuthType::None && packet->authType != AuthType::None)) {
        return {};
    }
    if (packet->authType != AuthType::None) {
        Result<Bytes> expected = session15AuthCode(packet->authType, password, packet->sessionId,
                                                   packet->payload, packet->sequence);
        if (!expected || !equalConstantTime(expected.value(), packet->authCode))
            return {}; // a wrong auth code gets no answer, as on real 1.5 BMCs
    }
    m_received.push_back({request->netFn, request->cmd, request->rqSeq, request->data, true});
    const AuthType replyAuth = session.active ? session.sessionAuth : session.authType;
    const std::uint32_t replySequence = session.active ? session.outboundSequence++ : 0;
    const std::uint32_t sessionId = session.bmcSessionId;
    std::optional<ResponseMessage> reply = session.active ? command(request.value(), &session, false)
                                                          : activate(request.value(), session);
    if (!reply)
        return {};
    Result<Bytes> out = encodeSession15(replyAuth, replySequence, sessionId,
                                        encodeResponseMessage(*reply), password);
    if (reply->cmd == 0x3c && reply->completionCode == 0)
        m_sessions.erase(sessionId);
    return out ? std::vector<Bytes>{out.value()} : std::vector<Bytes>{};
}

std::optional<ResponseMessage> FakeBmc::challenge(const RequestMessage &request)
{
    if (!m_config.lan15)
        return replyTo(request, 0xc1);
    const Result<sessioncmd::ChallengeRequest> decoded = sessioncmd::decodeChallengeRequest(request.data);
    if (!decoded)
        return replyTo(request, 0xc7);
    const FakeUser *user = findUser(decoded->username);
    if (!user)
        return replyTo(request, 0x81);
    if ((m_config.authTypes15 & sessioncmd::authTypeBit(decoded->authType)) == 0)
        return replyTo(request, 0xcc);
    Session session;
    session.rmcpPlus = false;
    session.bmcSessionId = newSessionId();
    session.user = *user;
    session.authType = decoded->authType;
    const Bytes challenge = random(16);
    std::copy(challenge.begin(), challenge.end(), session.challenge.begin());
    sessioncmd::SessionChallenge answer{session.bmcSessionId, session.challenge};
    m_sessions[session.bmcSessionId] = session;
    return replyTo(request, 0, sessioncmd::encodeChallengeResponse(answer));
}

std::optional<ResponseMessage> FakeBmc::activate(const RequestMessage &request, Session &session)
{
    const Result<sessioncmd::ActivateRequest> decoded = sessioncmd::decodeActivateRequest(request.data);
    if (!decoded || decoded->challenge != session.challenge)
        return std::nullopt;
    if (decoded->maximumPrivilege > session.user->maximumPrivilege)
        return replyTo(request, 0x86);
    session.active = true;
    session.maximum = decoded->maximumPrivilege;
    session.outboundSequence = decoded->initialOutboundSequence;
    const bool unauthenticated = m_config.perMessageAuthDisabled && !m_config.activateAuthenticatedAnyway;
    session.sessionAuth = unauthenticated ? AuthType::None : session.authType;
    ++activatedSessions;
    sessioncmd::ActivateResponse answer;
    answer.authType = session.sessionAuth;
    answer.sessionId = session.bmcSessionId;
    answer.initialInboundSequence = static_cast<std::uint32_t>(m_rng()) | 1u;
    answer.maximumPrivilege = static_cast<std::uint8_t>(session.maximum);
    return replyTo(request, 0, sessioncmd::encodeActivateResponse(answer));
}

// --- RMCP+ ----------------------------------------------------------------------------

Bytes FakeBmc::presession20(PayloadType type, const Bytes &payload)
{
    RmcpPlusPacket packet;
    packet.payloadType = type;
    packet.payload = payload;
    Result<Bytes> out = encodeRmcpPlus(packet, nullptr, m_randomSource);
    return out ? out.value() : Bytes{};
}

std::vector<Bytes> FakeBmc::handle20(ByteView datagram)
{
    if (!m_config.lan20 || datagram.size() < 10)
        return {};
    ByteReader header(datagram.subspan(6, 4));
    const std::uint32_t sessionId = header.u32le();
    if (sessionId == 0) {
        Result<RmcpPlusPacket> packet = decodeRmcpPlus(datagram, nullptr);
        if (!packet)
            return {};
        switch (packet->payloadType) {
        case PayloadType::OpenSessionRequest: return openSession(packet->payload);
        case PayloadType::Rakp1: return rakp1(packet->payload);
        case PayloadType::Rakp3: return rakp3(packet->payload);
        case PayloadType::Ipmi: break;
        default: return {};
        }
        Result<RequestMessage> request = decodeRequestMessage(packet->payload);
        if (!request)
            return {};
        m_received.push_back({request->netFn, request->cmd, request->rqSeq, request->data, false});
        std::optional<ResponseMessage> reply = command(request.value(), nullptr, true);
        if (!reply)
            return {};
        return {presession20(PayloadType::Ipmi, encodeResponseMessage(*reply))};
    }
    const auto found = m_sessions.find(sessionId);
    if (found == m_sessions.end() || !found->second.rmcpPlus || !found->second.active)
        return {};
    Session &session = found->second;
    Result<RmcpPlusPacket> packet = decodeRmcpPlus(datagram, &session.keys);
    if (!packet || packet->payloadType != PayloadType::Ipmi)
        return {};
    if (session.keys.integrity != IntegrityAlgorithm::None && !packet->authenticated)
        return {};
    Result<RequestMessage> request = decodeRequestMessage(packet->payload);
    if (!request)
        return {};
    m_received.push_back({request->netFn, request->cmd, request->rqSeq, request->data, true});
    std::optional<ResponseMessage> reply = command(request.value(), &session, true);
    if (!reply)
        return {};
    RmcpPlusPacket out;
    out.sessionId = session.consoleSessionId;
    out.sequence = ++session.outboundSequence;
    out.payload = encodeResponseMessage(*reply);
    Result<Bytes> bytes = encodeRmcpPlus(out, &session.keys, m_randomSource);
    if (reply->cmd == 0x3c && reply->completionCode == 0)
        m_sessions.erase(sessionId);
    return bytes ? std::vector<Bytes>{bytes.value()} : std::vector<Bytes>{};
}

std::vector<Bytes> FakeBmc::openSession(ByteView payload)
{
    const Result<OpenSessionRequest> request = decodeOpenSessionRequest(payload);
    if (!request)
        return {};
    ++openSessionRequests;
    openSessionPrivileges.push_back(request->requestedPrivilege);
    OpenSessionResponse response;
    response.tag = request->tag;
    response.consoleSessionId = request->consoleSessionId;
    std::optional<CipherSuite> match;
    for (std::uint8_t id : m_config.suites) {
        const std::optional<CipherSuite> suite = supportedCipherSuite(id);
        if (suite && suite->auth == request->auth && suite->integrity == request->integrity
            && suite->confidentiality == request->confidentiality)
            match = suite;
    }
    if (!match)
        response.status = 0x11;
    else if (m_config.rejectExplicitOpenSessionPrivilege && request->requestedPrivilege != 0)
        response.status = 0x09;
    if (response.status != 0)
        return {presession20(PayloadType::OpenSessionResponse, encodeOpenSessionResponse(response))};
    Session session;
    session.bmcSessionId = newSessionId();
    session.consoleSessionId = request->consoleSessionId;
    session.suite = *match;
    session.tag = request->tag;
    session.openPrivilege = request->requestedPrivilege;
    m_sessions[session.bmcSessionId] = session;
    response.maximumPrivilege = request->requestedPrivilege == 0 ? 4 : request->requestedPrivilege;
    response.bmcSessionId = session.bmcSessionId;
    response.auth = match->auth;
    response.integrity = match->integrity;
    response.confidentiality = match->confidentiality;
    return {presession20(PayloadType::OpenSessionResponse, encodeOpenSessionResponse(response))};
}

std::vector<Bytes> FakeBmc::rakp1(ByteView payload)
{
    const Result<Rakp1> request = decodeRakp1(payload);
    if (!request)
        return {};
    ++rakp1Messages;
    Rakp2 response;
    response.tag = request->tag;
    const auto found = m_sessions.find(request->bmcSessionId);
    if (found == m_sessions.end() || !found->second.rmcpPlus || found->second.active) {
        response.status = 0x02; // invalid session ID
        return {presession20(PayloadType::Rakp2, encodeRakp2(response))};
    }
    Session &session = found->second;
    response.consoleSessionId = session.consoleSessionId;
    const FakeUser *user = findUser(request->username);
    const auto wanted = static_cast<Privilege>(request->role & 0x0f);
    if (!user)
        response.status = 0x0d;
    else if (wanted > user->maximumPrivilege)
        response.status = m_config.roleRefusal;
    if (response.status != 0)
        return {presession20(PayloadType::Rakp2, encodeRakp2(response))};
    session.user = *user;
    session.maximum = wanted;
    session.rakp.consoleSessionId = session.consoleSessionId;
    session.rakp.bmcSessionId = session.bmcSessionId;
    session.rakp.consoleRandom = request->consoleRandom;
    const Bytes bmcRandom = random(16);
    std::copy(bmcRandom.begin(), bmcRandom.end(), session.rakp.bmcRandom.begin());
    session.rakp.bmcGuid = m_guid;
    session.rakp.role = request->role;
    if (m_config.hashWithOpenSessionPrivilege) // keys from the Open Session level instead
        session.rakp.role = static_cast<std::uint8_t>((request->role & 0x10) | session.openPrivilege);
    session.rakp.username = request->username;
    response.bmcRandom = session.rakp.bmcRandom;
    response.bmcGuid = m_guid;
    response.authCode = rakp2AuthCode(session.suite.auth, asBytes(user->password), session.rakp);
    if (m_config.forgeRakp2 && !response.authCode.empty())
        response.authCode[0] ^= 0x5a;
    return {presession20(PayloadType::Rakp2, encodeRakp2(response))};
}

std::vector<Bytes> FakeBmc::rakp3(ByteView payload)
{
    ++rakp3Messages;
    if (payload.size() < 8)
        return {};
    ByteReader peek(payload.subspan(4, 4));
    const auto found = m_sessions.find(peek.u32le());
    if (found == m_sessions.end() || !found->second.user || found->second.active)
        return {};
    Session &session = found->second;
    const Result<Rakp3> request = decodeRakp3(payload, session.suite.auth);
    Rakp4 response;
    response.tag = session.tag;
    response.consoleSessionId = session.consoleSessionId;
    const ByteView password = asBytes(session.user->password);
    if (!request || request->status != 0
        || !equalConstantTime(rakp3AuthCode(session.suite.auth, password, session.rakp), request->authCode)) {
        response.status = 0x0f;
        m_sessions.erase(found);
        return {presession20(PayloadType::Rakp4, encodeRakp4(response))};
    }
    const ByteView kg = m_config.kg.empty() ? password : asBytes(m_config.kg);
    const SecretBytes sik = sessionIntegrityKey(session.suite.auth, kg, session.rakp);
    response.integrityCheck = rakp4IntegrityCheck(session.suite.auth, sik.view(), session.rakp);
    if (m_config.forgeRakp4 && !response.integrityCheck.empty())
        response.integrityCheck[0] ^= 0x5a;
    session.keys.integrity = session.suite.integrity;
    session.keys.confidentiality = session.suite.confidentiality;
    if (session.suite.auth != AuthAlgorithm::None) {
        session.keys.k1 = additionalKey(session.suite.auth, sik.view(), 1);
        session.keys.k2 = additionalKey(session.suite.auth, sik.view(), 2);
    }
    session.active = true;
    ++activatedSessions;
    return {presession20(PayloadType::Rakp4, encodeRakp4(response))};
}

} // namespace ipmi::test
