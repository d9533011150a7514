// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/handshake.h"

#include "ipmi/wire/rmcp.h"

#include <utility>

namespace ipmi {

using namespace sessioncmd;

Handshake::Handshake(HandshakeHost &host, const SessionConfig &config,
                     const RandomSource &random, RqSeqCounter &rqSeq, RttEstimator &rtt)
    : m_host(host),
      m_config(config),
      m_random(random),
      m_privilege(config.privilege),
      m_rtt(rtt),
      m_exchange(rqSeq, &rtt)
{
}

void Handshake::sendAuthCaps(bool askV20, Clock::time_point now)
{
    m_askedV20 = askV20;
    // Always in IPMI 1.5 framing: ipmi_sim ignores a 2.0-framed one (go-ipmi). On the fixed
    // schedule even when the BMC's round trip is known: this is the first message of a
    // login, and of a re-login after the BMC went silent (a reboot), which must keep
    // waiting about 10 s for it to come back rather than give up in a second.
    sendIpmi(Step::AuthCapsSent, kGetChannelAuthCaps, encodeAuthCapsRequest(askV20, m_privilege),
             handshakePolicy(), [](ByteView message) { return presession15(message); }, now, false);
}

void Handshake::sendIpmi(Step step, std::uint8_t cmd, Bytes data, const RetryPolicy &policy,
                         Wrap wrap, Clock::time_point now, bool adaptive)
{
    m_stepDeadline.reset();
    m_wrap = std::move(wrap);
    RequestMessage message;
    message.netFn = kNetFnApp;
    message.cmd = cmd;
    message.data = std::move(data);
    m_host.enter(step);
    Result<Bytes> datagram = m_wrap(m_exchange.start(message, policy, now, adaptive));
    if (!datagram) {
        m_exchange.finish();
        m_host.loginFailed(datagram.error());
        return;
    }
    m_host.send(std::move(datagram).value());
}

void Handshake::sendStep(Bytes datagram, Step step, Clock::time_point now)
{
    stepAnswered(now); // a step follows another only on its answer
    m_exchange.finish();
    m_host.enter(step);
    m_stepDatagram = std::move(datagram);
    m_stepSends = 1;
    m_host.send(m_stepDatagram);
    m_stepSent = now;
    m_stepDeadline = now + handshakePolicy().waitAfter(m_stepSends, &m_rtt);
}

void Handshake::stepAnswered(Clock::time_point now)
{
    if (m_stepDeadline && m_stepSends == 1) // Karn's rule, as in Exchange
        m_rtt.addSample(std::chrono::duration_cast<RttEstimator::Duration>(now - m_stepSent));
    m_stepDeadline.reset();
}

bool Handshake::resendStep(Clock::time_point now)
{
    // The same bytes again: pyghmi restarts the login instead because some BMCs dislike
    // a repeated RAKP 1 or 3, but a restart costs the same wait and fails as often under
    // loss. A BMC that does mind answers RAKP 4 with an error, and that restarts the login.
    if (!m_stepDeadline || m_stepSends >= handshakePolicy().attempts)
        return false;
    ++m_stepSends;
    m_host.countRetransmission();
    m_host.send(m_stepDatagram);
    m_stepDeadline = now + handshakePolicy().waitAfter(m_stepSends, &m_rtt);
    return true;
}

bool Handshake::spendRestart(Step timedOut, std::optional<Error> finalError)
{
    ++m_restarts;
    if (m_restarts < m_config.timing.handshakeAttempts) {
        m_host.countHandshakeRestart();
        return true;
    }
    m_host.loginFailed(finalError ? std::move(*finalError) : noAnswer(stepName(timedOut), m_restarts));
    return false;
}

std::optional<ResponseMessage> Handshake::decodePresessionReply(ByteView datagram) const
{
    Bytes payload;
    switch (classifyDatagram(datagram)) {
    case DatagramKind::Ipmi15: {
        Result<Session15Packet> packet = decodeSession15(datagram);
        // Only Activate Session's reply carries an auth code before the session exists,
        // and it must carry the negotiated type: a reply of type NONE proves nothing.
        if (!packet || !Framing15::authCodeValid(packet.value(), m_config.password.view())
            || (m_presessionAuth && packet->authType != *m_presessionAuth))
            return std::nullopt;
        payload = std::move(packet->payload);
        break;
    }
    case DatagramKind::RmcpPlus: {
        Result<RmcpPlusPacket> packet = decodeRmcpPlus(datagram, nullptr);
        if (!packet || packet->payloadType != PayloadType::Ipmi || packet->sessionId != 0)
            return std::nullopt;
        payload = std::move(packet->payload);
        break;
    }
    default:
        return std::nullopt;
    }
    Result<ResponseMessage> reply = decodeResponseMessage(payload);
    if (!reply)
        return std::nullopt;
    return std::move(reply).value();
}

void Handshake::handleDatagram(ByteView datagram, Clock::time_point now)
{
    if (!m_exchange.active()) {
        onDatagram(datagram, now);
        return;
    }
    const std::optional<ResponseMessage> reply = decodePresessionReply(datagram);
    if (!reply || m_exchange.match(*reply) != Exchange::Verdict::Answer)
        return;
    m_exchange.answered(now, reply->rqSeq);
    if (reply->cmd != kGetChannelAuthCaps) {
        onIpmiReply(*reply, now);
        return;
    }
    if (reply->completionCode == 0xcc && m_askedV20) {
        // Some BMCs reject the "v2.0 data" bit; pyghmi asks again without it.
        m_host.note("BMC rejects the IPMI 2.0 form of Get Channel Authentication "
                    "Capabilities (CCh); asked again in the 1.5 form");
        sendAuthCaps(false, now);
        return;
    }
    if (reply->completionCode != 0) {
        m_host.loginFailed(sessionCommandError(kGetChannelAuthCaps, reply->completionCode,
                                               peer(), m_config.username));
        return;
    }
    const Result<AuthCapabilities> caps = decodeAuthCapsResponse(reply->data);
    if (!caps) {
        m_host.loginFailed(caps.error());
        return;
    }
    if (caps->anonymousLogin || caps->nullUsernames)
        m_host.note("warning: the BMC allows anonymous or null-user logins");
    onAuthCaps(caps.value(), now);
}

void Handshake::handleTimeout(Clock::time_point now)
{
    if (m_exchange.active()) {
        if (now < *m_exchange.deadline())
            return;
        if (std::optional<Bytes> again = m_exchange.retransmit(now)) {
            Result<Bytes> datagram = m_wrap(*again);
            if (datagram) {
                m_host.countRetransmission();
                m_host.send(std::move(datagram).value());
            }
            return;
        }
        const std::uint8_t cmd = m_exchange.request().cmd;
        const int tries = m_exchange.sends();
        m_exchange.finish();
        if (cmd == kGetChannelAuthCaps)
            m_host.loginFailed(noAnswer("Get Channel Authentication Capabilities", tries));
        else
            onIpmiTimeout(cmd, now);
        return;
    }
    if (!m_stepDeadline || now < *m_stepDeadline)
        return;
    const std::optional<Clock::time_point> due = m_stepDeadline;
    if (decidedAtDeadline(now)) {
        if (m_stepDeadline == due) // a fresh try has set its own
            m_stepDeadline.reset();
        return;
    }
    if (!resendStep(now)) {
        m_stepDeadline.reset();
        onStepTimeout(now);
    }
}

std::optional<Clock::time_point> Handshake::deadline() const
{
    if (m_exchange.active())
        return m_exchange.deadline();
    return m_stepDeadline;
}

Bytes Handshake::randomBytes(std::size_t count) const
{
    Bytes bytes = m_random(count);
    bytes.resize(count, 0); // a short answer from an injected source must not overflow
    return bytes;
}

std::uint32_t Handshake::randomNonZero32() const
{
    std::uint32_t value = 0;
    for (int tries = 0; value == 0 && tries < 16; ++tries) {
        const Bytes bytes = randomBytes(4);
        ByteReader reader(bytes);
        value = reader.u32le();
    }
    return value != 0 ? value : 1; // only a broken injected source gets here
}

RetryPolicy Handshake::handshakePolicy() const
{
    // Once the BMC has answered, a login message whose every try is lost restarts the
    // login at once: a restart costs a few round trips, and some BMCs never answer a
    // repeated RAKP 3 (ipmi_sim), so waiting longer for it only loses time.
    return {m_config.timing.handshakeTimeout, m_config.timing.backoffStep,
            m_config.timing.handshakeMessageAttempts, 2 * m_config.timing.handshakeTimeout, false};
}

std::string Handshake::peer() const
{
    return m_config.peerName.empty() ? std::string("the BMC") : m_config.peerName;
}

Error Handshake::noAnswer(std::string_view what, int tries) const
{
    return makeError(ErrorKind::Timeout,
                     "no answer from " + peer() + " after " + std::to_string(tries)
                         + (tries == 1 ? " try" : " tries") + " (" + std::string(what)
                         + "); check the address, the network and that IPMI over LAN is "
                           "enabled on the BMC");
}

} // namespace ipmi
