// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/session/sessionconfig.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace ipmi {

using TimePoint = std::chrono::steady_clock::time_point;

// One IPMI request as a caller sees it: network function, command, data.
struct Request
{
    std::uint8_t netFn = 0;
    std::uint8_t cmd = 0;
    Bytes data;
    std::uint8_t lun = 0;
};

// The BMC's answer: completion code and the bytes after it. A non-zero completion code
// is still a Response; the command layer turns it into an Error with its sentence.
struct Response
{
    std::uint8_t completionCode = 0;
    Bytes data;
};

using RequestId = std::uint64_t;

// How every client, and every layer above the clients, hands back an answer or a login.
using ResponseCallback = std::function<void(Result<Response>)>;
using OpenCallback = std::function<void(Result<SessionInfo>)>;

namespace session_event {
struct Established { SessionInfo info; };
struct Completed { RequestId id; Response response; };
struct Failed { RequestId id; Error error; };   // this request only
struct SessionFailed { Error error; };         // handshake or session lost for good;
                                               // every pending request also gets Failed
struct Closed {};
struct LoggedInAgain { SessionInfo info; }; // after the BMC dropped the session: what was
                                            // bound to the old one (a SOL payload) is gone
} // namespace session_event

// Counters for tests, `-v` and diagnostics; they never affect behaviour.
struct SessionStats
{
    std::uint64_t datagramsSent = 0;
    std::uint64_t retransmissions = 0;   // requests and login messages sent again
    std::uint64_t handshakeRestarts = 0; // logins restarted after a handshake timeout
    std::uint64_t relogins = 0;          // new logins after the BMC dropped the session
    std::uint64_t keepalives = 0;
    std::uint64_t droppedMalformed = 0;
    std::uint64_t droppedWrongSession = 0;
    std::uint64_t droppedUnauthenticated = 0; // integrity or auth code missing or wrong
    std::uint64_t droppedReplayed = 0;        // outside the sequence window, or seen
    std::uint64_t staleReplies = 0;           // valid, but for no request in flight
    std::uint64_t duplicateRequestReplies = 0; // completion code CFh
    // The smoothed round-trip time the retransmission timeout follows; 0 before the
    // first timed answer (and after every try of a request went unanswered).
    std::chrono::microseconds smoothedRtt{0};
};

using SessionEvent = std::variant<session_event::Established, session_event::Completed,
                                  session_event::Failed, session_event::SessionFailed,
                                  session_event::Closed, session_event::LoggedInAgain>;

// A LAN session to one BMC (IPMI 1.5 or RMCP+), sans I/O: it never reads a clock or
// touches a socket. Feed it datagrams and timeouts with the current time; drain what it
// wants to send, when it next wants to be woken, and what happened. Call order after any
// input: pollTransmit() until empty, pollEvent() until empty, then pollTimeout().
//
// Requests are queued and sent one at a time (one outstanding request per session, as
// BMCs expect). submit() on a session that is not open starts the handshake.
//
// Established is emitted once per open(); when the BMC drops the session (reboot,
// `mc reset`) the session logs in again on its own and re-sends the request that was
// lost, and says so with LoggedInAgain instead of another Established (info() is
// updated; state() reads Handshaking meanwhile). Only when that fails is SessionFailed
// emitted. close() fails the pending
// requests with ErrorKind::Cancelled, sends Close Session once and ends with Closed.
class LanSession
{
public:
    enum class State
    {
        Idle,
        Handshaking,
        Established,
        Closing,
        Closed,
        Failed,
    };

    explicit LanSession(SessionConfig config);
    ~LanSession();
    LanSession(const LanSession &) = delete;
    LanSession &operator=(const LanSession &) = delete;

    // Inputs.
    void open(TimePoint now);
    RequestId submit(Request request, TimePoint now);
    void cancel(RequestId id); // a later Failed{id, Cancelled} is emitted unless already done
    void close(TimePoint now);
    void handleDatagram(ByteView datagram, TimePoint now);
    void handleTimeout(TimePoint now);

    // Outputs.
    std::optional<Bytes> pollTransmit();
    std::optional<TimePoint> pollTimeout() const;
    std::optional<SessionEvent> pollEvent();

    // The SOL payload (type 01h) of an established RMCP+ session, for src/ipmi/sol: sent
    // with the session's integrity and encryption; those that arrive are queued here
    // (drain after every input, like pollTransmit()). The SOL rules are not this class's.
    Result<void> sendSolPayload(ByteView payload);
    std::optional<Bytes> pollSolPayload();

    // Getters.
    State state() const;
    const SessionInfo &info() const; // valid once Established
    std::size_t pendingRequests() const; // the caller's, waiting or in flight
    const SessionStats &stats() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ipmi
