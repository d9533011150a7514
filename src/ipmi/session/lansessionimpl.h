// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LanSession's private implementation, shared by lansession.cpp (inputs, outputs and
// the login's start) and lansessionphases.cpp (the established phase and the login's
// outcome). Not part of the API.

#include "ipmi/session/handshake.h"
#include "ipmi/session/lansession.h"
#include "ipmi/session/requestqueue.h"

#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace ipmi {

class LanSession::Impl final : public HandshakeHost
{
public:
    static std::uint8_t firstRqSeq(const RandomSource &random)
    {
        const Bytes bytes = random(1);
        return bytes.empty() ? 0 : bytes[0]; // FreeIPMI starts at a random 0..63
    }

    explicit Impl(SessionConfig config)
        : m_config(std::move(config)),
          m_random(m_config.random ? m_config.random : secureRandomSource()),
          m_rtt(m_config.timing.minRetransmitTimeout),
          m_rqSeq(firstRqSeq(m_random)),
          m_queue(m_rqSeq, m_rtt)
    {
    }

    void open(TimePoint now);
    RequestId submit(Request request, TimePoint now);
    void cancel(RequestId id);
    void close(TimePoint now);
    void handleDatagram(ByteView datagram, TimePoint now);
    void handleTimeout(TimePoint now);
    std::optional<TimePoint> pollTimeout() const;
    State publicState() const;

    // HandshakeHost
    void send(Bytes datagram) override;
    void enter(Step step) override;
    void note(std::string text) override;
    void countHandshakeRestart() override { ++m_stats.handshakeRestarts; }
    void countRetransmission() override { ++m_stats.retransmissions; }
    void loggedIn(std::unique_ptr<SessionFraming> framing, SessionInfo info) override;
    void loginFailed(Error error) override;

    Result<void> sendSol(ByteView payload) { return sendPayload(PayloadType::Sol, payload); }

    SessionConfig m_config;
    RandomSource m_random;
    Step m_step = Step::Idle;
    RttEstimator m_rtt; // the login's and the requests' answers, kept across re-logins
    RqSeqCounter m_rqSeq;
    RequestQueue m_queue;
    std::unique_ptr<Handshake> m_handshake;
    // Handshakes that ended inside their own calls; destroyed at the next input.
    std::vector<std::unique_ptr<Handshake>> m_retired;
    std::unique_ptr<SessionFraming> m_framing;
    SessionInfo m_info;
    std::string m_notes;
    SessionStats m_stats;
    std::deque<Bytes> m_transmit;
    std::deque<SessionEvent> m_events;
    std::deque<Bytes> m_solInbound; // SOL payloads received, for pollSolPayload()
    RequestId m_nextId = 1;
    TimePoint m_now{};          // time of the latest input
    TimePoint m_lastActivity{}; // last send or valid reply, for the keepalive
    std::optional<TimePoint> m_closeDeadline;
    bool m_relogging = false;
    bool m_announceRelogin = false; // open() was called during a re-login
    int m_reloginsLeft = 0;

private:
    bool inLogin() const;
    void retireHandshake()
    {
        if (m_handshake)
            m_retired.push_back(std::move(m_handshake));
    }
    std::optional<Error> validateConfig() const;
    void startLogin(TimePoint now);
    void pump(TimePoint now);
    void sendMessage(Bytes ipmiMessage, TimePoint now);
    Result<void> sendPayload(PayloadType type, ByteView payload);
    void onPayload(InboundPayload payload, TimePoint now);
    void onReply(const ResponseMessage &message, TimePoint now);
    void onPrivilegeSet(const Response &response, TimePoint now);
    void onRequestExhausted(TimePoint now);
    void relogin(TimePoint now);
    void failRequests(const Error &error);
    void failSession(Error error);
    void finishClose();
    bool sendCloseSession(); // once, never retransmitted
    RetryPolicy requestPolicy() const;
    std::string peer() const { return m_config.peerName.empty() ? "the BMC" : m_config.peerName; }
};

} // namespace ipmi
