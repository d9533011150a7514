// SPDX-License-Identifier: GPL-3.0-or-later
//
// Theory of operation
// ===================
//
// A LanSession is a deterministic function of its inputs (open, submit, close,
// datagrams, timeouts, each with `now`). Its outputs are datagrams, one deadline and
// events. This file owns the table of which Step may follow which; the code that decides
// *when* to move lives in lansession.cpp (shared phases) and handshake15.cpp /
// handshake20.cpp (version-specific login), and every move is checked here.
//
// Login, RMCP+ (lanplus):
//   Idle -> AuthCapsSent [-> AuthCapsSent on CCh, 0Eh instead of 8Eh]
//        -> CipherSuitesSent* (optional probe, short timeout; skipped for a pinned suite)
//        -> OpenSessionSent -> Rakp1Sent -> Rakp3Sent -> PrivilegeSent -> Established
//   Every login message is sent again, unchanged, after a timeout (backoff, capped)
//   while handshakeMessageAttempts last; then the login restarts at OpenSessionSent with
//   fresh SID_M and R_M, while handshakeAttempts last. The pre-session answers carry no
//   integrity check, so nothing in them is believed on one sighting: a non-zero Open
//   Session status moves to the next candidate suite only when a second request gets it
//   too; a RAKP 2 that does not verify is asked for again before the password is
//   blamed; "invalid session ID" at RAKP 2 and a rejected or unverifiable RAKP 4 restart
//   the login, and only the last try's verdict is reported.
// Login, IPMI 1.5 (lan):
//   Idle -> AuthCapsSent -> ChallengeSent -> ActivateSent -> PrivilegeSent -> Established
//   Get Session Challenge is retransmitted; Activate Session is sent once, and a timeout
//   there restarts at ChallengeSent (silence is how a 1.5 BMC says "wrong password").
// Established: one request in flight, retransmitted as a new packet (new session
//   sequence number) with backoff; a keepalive after keepaliveIdle of silence. When the
//   session stops answering (every try of a request timed out) the login is repeated
//   (Established -> AuthCapsSent) and the request is sent again in the new session. A
//   re-login that fails starts over (any login step -> AuthCapsSent) while
//   reopenAttempts last.
// Closing: Established/PrivilegeSent -> CloseSent -> Closed, never retransmitted.
// Any step can reach Failed (a typed Error) or Closed (the caller closed); both are
// terminal until the caller opens again (-> AuthCapsSent).
//
// Every step has a deadline, so the session can never hang waiting for a peer.
#include "ipmi/session/sessionstate.h"

#include <array>
#include <cstdint>

namespace ipmi {

namespace {

// A set of steps as bits: constant data, no pointers into temporaries.
constexpr std::uint32_t bit(Step step)
{
    return 1u << static_cast<unsigned>(step);
}

struct Row
{
    Step from;
    std::uint32_t to; // bit(step) for every step allowed next
};

// Closed and Failed are reachable from every step and are not repeated in the rows.
const std::array kTransitions{
    Row{Step::Idle, bit(Step::AuthCapsSent)},
    Row{Step::AuthCapsSent, bit(Step::AuthCapsSent) | bit(Step::CipherSuitesSent) |
                                bit(Step::OpenSessionSent) | bit(Step::ChallengeSent)},
    Row{Step::CipherSuitesSent,
        bit(Step::CipherSuitesSent) | bit(Step::OpenSessionSent) | bit(Step::AuthCapsSent)},
    Row{Step::OpenSessionSent, bit(Step::OpenSessionSent) | bit(Step::Rakp1Sent) |
                                   bit(Step::CipherSuitesSent) | bit(Step::AuthCapsSent)},
    Row{Step::Rakp1Sent,
        bit(Step::Rakp3Sent) | bit(Step::OpenSessionSent) | bit(Step::AuthCapsSent)},
    Row{Step::Rakp3Sent,
        bit(Step::PrivilegeSent) | bit(Step::OpenSessionSent) | bit(Step::AuthCapsSent)},
    Row{Step::ChallengeSent,
        bit(Step::ChallengeSent) | bit(Step::ActivateSent) | bit(Step::AuthCapsSent)},
    Row{Step::ActivateSent,
        bit(Step::PrivilegeSent) | bit(Step::ChallengeSent) | bit(Step::AuthCapsSent)},
    Row{Step::PrivilegeSent, bit(Step::PrivilegeSent) | bit(Step::Established) |
                                 bit(Step::CloseSent) | bit(Step::AuthCapsSent)},
    Row{Step::Established, bit(Step::CloseSent) | bit(Step::AuthCapsSent)},
    Row{Step::CloseSent, 0},
    Row{Step::Closed, bit(Step::AuthCapsSent)},
    Row{Step::Failed, bit(Step::AuthCapsSent)},
};

} // namespace

bool transitionAllowed(Step from, Step to)
{
    if (to == Step::Closed || to == Step::Failed)
        return from != Step::Closed || to == Step::Closed;
    for (const Row &row : kTransitions) {
        if (row.from == from)
            return (row.to & bit(to)) != 0;
    }
    return false;
}

std::string_view stepName(Step step)
{
    switch (step) {
    case Step::Idle:
        return "nothing";
    case Step::AuthCapsSent:
        return "Get Channel Authentication Capabilities";
    case Step::CipherSuitesSent:
        return "Get Channel Cipher Suites";
    case Step::OpenSessionSent:
        return "Open Session";
    case Step::Rakp1Sent:
        return "RAKP message 1";
    case Step::Rakp3Sent:
        return "RAKP message 3";
    case Step::ChallengeSent:
        return "Get Session Challenge";
    case Step::ActivateSent:
        return "Activate Session";
    case Step::PrivilegeSent:
        return "Set Session Privilege Level";
    case Step::Established:
        return "a request";
    case Step::CloseSent:
        return "Close Session";
    case Step::Closed:
        return "nothing (closed)";
    case Step::Failed:
        return "nothing (failed)";
    }
    return "?";
}

} // namespace ipmi
