// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/session/exchange.h"
#include "ipmi/session/framing.h"
#include "ipmi/session/sessioncommands.h"
#include "ipmi/session/sessionconfig.h"
#include "ipmi/session/sessionstate.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace ipmi {

// What a handshake needs from the session that runs it.
class HandshakeHost
{
public:
    virtual void send(Bytes datagram) = 0;
    virtual void enter(Step step) = 0;
    virtual void note(std::string text) = 0;
    virtual void countHandshakeRestart() = 0;
    virtual void countRetransmission() = 0;
    // The login worked up to the point where messages travel inside the session; the
    // session continues with Set Session Privilege Level.
    virtual void loggedIn(std::unique_ptr<SessionFraming> framing, SessionInfo info) = 0;
    virtual void loginFailed(Error error) = 0;

protected:
    ~HandshakeHost() = default;
};

// Common part of the IPMI 1.5 and RMCP+ logins: Get Channel Authentication
// Capabilities, pre-session IPMI exchanges with retransmission, and helpers. The
// version-specific classes decide what to send next; LanSession checks every step.
class Handshake
{
public:
    // `rtt` is the session's: every answer to a message sent once is a sample, and the
    // waits follow it once it has one.
    Handshake(HandshakeHost &host, const SessionConfig &config, const RandomSource &random,
              RqSeqCounter &rqSeq, RttEstimator &rtt);
    virtual ~Handshake() = default;
    Handshake(const Handshake &) = delete;
    Handshake &operator=(const Handshake &) = delete;

    virtual void start(Clock::time_point now) = 0;
    void handleDatagram(ByteView datagram, Clock::time_point now);
    void handleTimeout(Clock::time_point now);
    std::optional<Clock::time_point> deadline() const;

    // The privilege the login obtained (may be lower after the OPERATOR fallback).
    Privilege privilege() const { return m_privilege; }

protected:
    using Wrap = std::function<Result<Bytes>(ByteView ipmiMessage)>;

    void sendAuthCaps(bool askV20, Clock::time_point now);
    // Sends a pre-session IPMI request through the shared retransmission machinery; without
    // `adaptive` its waits are the fixed schedule's (see Exchange::start).
    void sendIpmi(Step step, std::uint8_t cmd, Bytes data, const RetryPolicy &policy, Wrap wrap,
                  Clock::time_point now, bool adaptive = true);
    // An RMCP+ login message (Open Session, RAKP 1, RAKP 3): sent again unchanged while
    // tries last, then onStepTimeout() restarts the login.
    void sendStep(Bytes datagram, Step step, Clock::time_point now);
    // Sends the current step's message again now, as one of its tries; false when every
    // try is used.
    bool resendStep(Clock::time_point now);
    // The current step's answer arrived (sendStep() says so for the step it replaces).
    void stepAnswered(Clock::time_point now);
    // Counts a restart; false (after failing the login with `finalError`, or a timeout
    // error naming the step) when the budget is spent.
    bool spendRestart(Step timedOut, std::optional<Error> finalError = std::nullopt);

    virtual void onAuthCaps(const sessioncmd::AuthCapabilities &caps, Clock::time_point now) = 0;
    virtual void onIpmiReply(const ResponseMessage &reply, Clock::time_point now) = 0;
    virtual void onIpmiTimeout(std::uint8_t cmd, Clock::time_point now) = 0;
    virtual void onDatagram(ByteView datagram, Clock::time_point now) = 0;
    virtual void onStepTimeout(Clock::time_point now) = 0; // every try of the step is used
    // At a step's deadline, before it is retried: true when what arrived meanwhile
    // already decided the step (the login has then been failed or started afresh).
    virtual bool decidedAtDeadline(Clock::time_point) { return false; }

    int lastExchangeSends() const { return m_exchange.sends(); } // of the last IPMI exchange
    Bytes randomBytes(std::size_t count) const;
    std::uint32_t randomNonZero32() const;
    RetryPolicy handshakePolicy() const;
    Error noAnswer(std::string_view what, int tries) const;
    std::string peer() const;

    HandshakeHost &m_host;
    const SessionConfig &m_config;
    const RandomSource &m_random;
    Privilege m_privilege;
    int m_restarts = 0; // whole-login restarts so far
    // IPMI 1.5: the authentication type a pre-session reply must carry (Activate
    // Session's, once MD5 is negotiated); others are dropped as forgeries.
    std::optional<AuthType> m_presessionAuth;

    const RttEstimator &rtt() const { return m_rtt; }

private:
    std::optional<ResponseMessage> decodePresessionReply(ByteView datagram) const;

    RttEstimator &m_rtt;
    Exchange m_exchange;
    Wrap m_wrap;
    std::optional<Clock::time_point> m_stepDeadline;
    Clock::time_point m_stepSent{};
    Bytes m_stepDatagram;
    int m_stepSends = 0;
    bool m_askedV20 = false;
};

} // namespace ipmi
