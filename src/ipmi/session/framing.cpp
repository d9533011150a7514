// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/framing.h"

#include "ipmi/crypto/hash.h"
#include "ipmi/wire/rmcp.h"

#include <utility>

namespace ipmi {

Result<Bytes> presession15(ByteView ipmiMessage)
{
    return encodeSession15(AuthType::None, 0, 0, ipmiMessage, {});
}

Result<Bytes> presession20(PayloadType type, ByteView payload, const RandomSource &random)
{
    RmcpPlusPacket packet;
    packet.payloadType = type;
    packet.payload.assign(payload.begin(), payload.end());
    return encodeRmcpPlus(packet, nullptr, random);
}

// --- IPMI 1.5 -------------------------------------------------------------------------

Framing15::Framing15(const Params &params, const SecretBytes &password)
    : m_params(params),
      m_password(password),
      m_outbound(params.firstOutboundSequence, false),
      m_window(params.firstInboundSequence)
{
}

Result<Bytes> Framing15::wrap(PayloadType type, ByteView payload)
{
    if (type != PayloadType::Ipmi)
        return makeError(ErrorKind::Unsupported, "IPMI 1.5 sessions carry IPMI messages only");
    return encodeSession15(m_params.outboundAuth, m_outbound.next(), m_params.sessionId,
                           payload, m_password.view());
}

bool Framing15::authCodeValid(const Session15Packet &packet, ByteView password)
{
    if (packet.authType == AuthType::None)
        return packet.authCode.empty();
    const Result<Bytes> expected = session15AuthCode(packet.authType, password, packet.sessionId,
                                                     packet.payload, packet.sequence);
    return expected.ok() && equalConstantTime(expected.value(), packet.authCode);
}

SessionFraming::Unwrapped Framing15::unwrap(ByteView datagram)
{
    if (classifyDatagram(datagram) != DatagramKind::Ipmi15)
        return {std::nullopt, DropReason::Malformed};
    Result<Session15Packet> packet = decodeSession15(datagram);
    if (!packet)
        return {std::nullopt, DropReason::Malformed};
    if (packet->sessionId != m_params.sessionId)
        return {std::nullopt, DropReason::WrongSession};
    // A packet that carries an auth code must carry the right one (Dell sends one even
    // with per-message authentication off); one without is fine only if the BMC said so.
    if (packet->authType == AuthType::None) {
        if (m_params.outboundAuth != AuthType::None && !m_params.acceptUnauthenticated)
            return {std::nullopt, DropReason::Unauthenticated};
    } else if (packet->authType != m_params.outboundAuth
               && !(m_params.outboundAuth == AuthType::None && m_params.acceptUnauthenticated)) {
        return {std::nullopt, DropReason::Unauthenticated};
    } else if (!authCodeValid(packet.value(), m_password.view())) {
        return {std::nullopt, DropReason::Unauthenticated};
    }
    if (!m_window.accept(packet->sequence))
        return {std::nullopt, DropReason::Replayed};
    return {InboundPayload{PayloadType::Ipmi, std::move(packet->payload)}, DropReason::Malformed};
}

// --- RMCP+ ----------------------------------------------------------------------------

Framing20::Framing20(SessionKeys keys, std::uint32_t bmcSessionId,
                     std::uint32_t consoleSessionId, RandomSource random)
    : m_keys(std::move(keys)),
      m_bmcSessionId(bmcSessionId),
      m_consoleSessionId(consoleSessionId),
      m_random(std::move(random))
{
    m_keys.prepare();
}

Result<Bytes> Framing20::wrap(PayloadType type, ByteView payload)
{
    RmcpPlusPacket packet;
    packet.payloadType = type;
    packet.sessionId = m_bmcSessionId;
    packet.sequence = m_outbound.next();
    packet.payload.assign(payload.begin(), payload.end());
    return encodeRmcpPlus(packet, &m_keys, m_random);
}

SessionFraming::Unwrapped Framing20::unwrap(ByteView datagram)
{
    if (classifyDatagram(datagram) != DatagramKind::RmcpPlus)
        return {std::nullopt, DropReason::Malformed};
    Result<RmcpPlusPacket> packet = decodeRmcpPlus(datagram, &m_keys);
    if (!packet) {
        const bool integrity = packet.error().message.find("integrity") != std::string::npos;
        return {std::nullopt, integrity ? DropReason::Unauthenticated : DropReason::Malformed};
    }
    if (packet->sessionId != m_consoleSessionId)
        return {std::nullopt, DropReason::WrongSession};
    // With integrity (or encryption) negotiated, a packet without it is a forgery or a
    // downgrade: the BMC must protect every packet of the session.
    if (m_keys.integrity != IntegrityAlgorithm::None && !packet->authenticated)
        return {std::nullopt, DropReason::Unauthenticated};
    if (m_keys.confidentiality != ConfidentialityAlgorithm::None && !packet->encrypted)
        return {std::nullopt, DropReason::Unauthenticated};
    if (packet->sequence == 0 || !m_window.accept(packet->sequence))
        return {std::nullopt, DropReason::Replayed};
    return {InboundPayload{packet->payloadType, std::move(packet->payload)}, DropReason::Malformed};
}

} // namespace ipmi
