// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/sol/solpacket.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <variant>

namespace ipmi::sol {

using TimePoint = std::chrono::steady_clock::time_point;

struct Timing
{
    std::chrono::milliseconds retransmitTimeout{1000}; // wait for an ACK before resending
    int attempts = 7;                                  // sends of one packet in all
    std::chrono::milliseconds nackPause{200};          // after a NACK, before offering the rest again
    std::chrono::milliseconds keepaliveIdle{15000};    // ipmitool's SOL keepalive period
};

struct Options
{
    std::size_t charactersPerPacket = kMaxCharacters;
    // Intel BMCs ACK with accepted count 0 meaning "all" (ipmitool -o intelplus).
    bool zeroCountMeansAll = false;
    Timing timing;
};

struct Stats
{
    std::uint64_t packetsSent = 0;       // data packets, first sends
    std::uint64_t retransmissions = 0;   // data packets sent again after a timeout
    std::uint64_t acksSent = 0;
    std::uint64_t charactersSent = 0;    // accepted by the BMC
    std::uint64_t charactersReceived = 0;
    std::uint64_t duplicatesReceived = 0; // BMC packets seen before (their ACK was lost)
    std::uint64_t nacks = 0;
    std::uint64_t partialAcks = 0;       // fewer characters accepted than sent
    std::uint64_t staleAcks = 0;         // for no packet in flight
    std::uint64_t overruns = 0;          // the BMC reported dropping characters
    std::uint64_t malformed = 0;
};

namespace event {
struct Data { Bytes characters; };       // from the host's serial port, each byte once
struct BreakDetected {};                 // the BMC saw a break on the serial line
struct KeepaliveDue {};                  // the driver sends Get Device ID in the session
struct Deactivated { std::string reason; }; // the BMC ends SOL
struct Failed { Error error; };          // no ACK after every try
} // namespace event
using Event = std::variant<event::Data, event::BreakDetected, event::KeepaliveDue,
                           event::Deactivated, event::Failed>;

// The SOL conversation of one activated payload instance, sans I/O: feed it the SOL
// payloads that arrive (already unwrapped from the RMCP+ session) and timeouts with the
// current time; drain the SOL payloads to send, the events and the next deadline. Call
// order after any input: pollTransmit() until empty, pollEvent() until empty, pollTimeout().
//
// Rules (IPMI 2.0 §15.9; FreeIPMI's ipmiconsole and pyghmi for the behaviour of real BMCs):
// - One data packet in flight; sequence numbers run 1..15 and skip 0, which marks ACK-only
//   packets. A packet that is not ACKed in time is sent again, same bytes, same number.
// - The ACK's accepted count says how many characters the BMC took; the rest are offered
//   again in the next packet (after a short pause when the BMC NACKed).
// - Every BMC packet with characters is ACKed with its full count in a separate packet.
//   A packet the BMC sends again (our ACK was lost) is ACKed again, and only characters
//   beyond those already delivered reach the caller.
// - A break rides on the next data packet (control bit 10h), with or without characters.
class Session
{
public:
    explicit Session(Options options = {});

    void start(TimePoint now); // the payload was activated
    void send(ByteView characters, TimePoint now);
    void sendBreak(TimePoint now);
    void handlePayload(ByteView payload, TimePoint now);
    void handleTimeout(TimePoint now);
    void stop(); // deactivated by us: nothing more is sent

    std::optional<Bytes> pollTransmit();
    std::optional<Event> pollEvent();
    std::optional<TimePoint> pollTimeout() const;

    bool active() const { return m_state == State::Active; }
    // Characters not yet accepted by the BMC (waiting or in flight).
    std::size_t unacknowledged() const;
    const Stats &stats() const { return m_stats; }

private:
    enum class State { Idle, Active, Stopped };
    struct InFlight
    {
        std::uint8_t sequence = 0;
        Bytes characters;
        std::uint8_t flags = 0;
        Bytes payload; // the encoded packet, resent as is
        TimePoint deadline{};
        int sends = 0;
    };

    void trySend(TimePoint now);
    void onAck(const Packet &packet, TimePoint now);
    void onData(const Packet &packet);
    void acknowledge(std::uint8_t sequence, std::size_t count);
    void fail(Error error);
    std::uint8_t nextSequence();

    Options m_options;
    State m_state = State::Idle;
    std::deque<std::uint8_t> m_waiting;
    bool m_breakWaiting = false;
    std::optional<InFlight> m_inFlight;
    std::optional<TimePoint> m_pausedUntil;
    std::uint8_t m_lastSequence = 0;      // our last data packet's number
    std::uint8_t m_inboundSequence = 0;   // the BMC's last data packet
    std::uint8_t m_previousInbound = 0;   // and the one before it
    std::size_t m_inboundLength = 0;      // characters of it delivered
    TimePoint m_lastActivity{};
    std::deque<Bytes> m_transmit;
    std::deque<Event> m_events;
    Stats m_stats;
};

} // namespace ipmi::sol
