// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/session/rttestimator.h"
#include "ipmi/wire/message.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ipmi {

using Clock = std::chrono::steady_clock;

// When to give up on an answer: the first wait is `timeout`, each retry waits
// `backoff` longer (never more than `maxWait`, when set), and `attempts` sends are made
// in all.
struct RetryPolicy
{
    std::chrono::milliseconds timeout{1000};
    std::chrono::milliseconds backoff{0};
    int attempts = 1;
    std::chrono::milliseconds maxWait{0}; // 0: no cap
    bool patientLastSend = true;

    // The wait after the send numbered `sends` (1 for the first).
    std::chrono::milliseconds waitAfter(int sends) const
    {
        const std::chrono::milliseconds wait = timeout + backoff * (sends - 1);
        return maxWait.count() > 0 && wait > maxWait ? maxWait : wait;
    }
    // The same wait once `rtt` has measured the BMC: its RTO, doubled on each retry, and
    // never longer than the fixed schedule above (so -N stays the ceiling). With
    // patientLastSend the last send still waits at least `timeout`, so a BMC that is
    // busy for a moment is not given up on (and logged in to again) after a fraction of
    // a second. Without an estimate, the fixed schedule.
    Clock::duration waitAfter(int sends, const RttEstimator *rtt) const;
};

// The requester sequence number (rqSeq, 6 bits) shared by every exchange of a session.
class RqSeqCounter
{
public:
    explicit RqSeqCounter(std::uint8_t first = 0) : m_next(first & 0x3f) {}
    std::uint8_t next()
    {
        const std::uint8_t value = m_next;
        m_next = static_cast<std::uint8_t>((m_next + 1) & 0x3f);
        return value;
    }

private:
    std::uint8_t m_next;
};

// One IPMI request in flight and its retransmission schedule.
//
// rqSeq policy: a copy of a repeatable request (a read, sent again on the RTO) takes a
// new rqSeq, as FreeIPMI's retransmissions do. Its answer then says which send it
// answers, so the round trip is measured even after a retransmission (a BMC that is slow
// for one command, not lossy, is learnt instead of being sent copies every time), and a
// BMC that ignores a repeated rqSeq whose first answer was lost answers the copy. A copy
// of any other request (a write, on the fixed schedule) reuses the rqSeq, as ipmitool's
// do, so a BMC that detects duplicates does not carry it out twice; its answer is timed
// only when it was sent once (Karn's rule). If the BMC answers "duplicate request" (CFh)
// the answer is ignored (the first reply may still be on its way); the next copy then
// takes a fresh rqSeq, because the original reply is evidently lost. A reply is accepted
// for any rqSeq this exchange used, with the response netFn and the same command;
// anything else is stale and ignored.
//
// Each command (netFn, cmd) has its own estimate besides the session's: a BMC may answer
// Get Sensor Reading in 2 ms and Get Chassis Status (which some ask a CPLD or a script
// for) in 800 ms. A command's waits follow its own estimate once it has one, the
// session's until then; every timed answer teaches both.
class Exchange
{
public:
    // `rtt`, when given, learns from this exchange's answers and sets its waits.
    explicit Exchange(RqSeqCounter &rqSeq, RttEstimator *rtt = nullptr) : m_rqSeq(&rqSeq), m_rtt(rtt) {}

    // Starts a new exchange and returns the IPMI message of its first send. Without
    // `adaptive` the waits are the fixed schedule's (answers are still timed).
    Bytes start(const RequestMessage &message, const RetryPolicy &policy, Clock::time_point now,
                bool adaptive = true);
    bool active() const { return m_active; }
    void finish() { m_active = false; }
    // Finishes on a matched Answer (with that answer's rqSeq) and times it when its send
    // is known.
    void answered(Clock::time_point now, std::uint8_t rqSeq);

    enum class Verdict
    {
        Unrelated, // not a reply to this exchange
        Duplicate, // CFh: keep waiting
        Answer,
    };
    Verdict match(const ResponseMessage &response);

    std::optional<Clock::time_point> deadline() const;
    // At the deadline: the message to send again, or nullopt when every try is used.
    std::optional<Bytes> retransmit(Clock::time_point now);
    int sends() const { return m_sends; }
    const RequestMessage &request() const { return m_message; }

private:
    struct Send
    {
        std::uint8_t rqSeq;
        Clock::time_point at; // its first send
        int copies = 1;       // sends that carried it
    };

    const RttEstimator *waitEstimate() const; // the command's, else the session's
    std::uint16_t commandKey() const { return std::uint16_t(m_message.netFn << 8 | m_message.cmd); }
    void takeRqSeq(Clock::time_point now);
    const Send *sendWith(std::uint8_t rqSeq) const; // null when this exchange did not use it

    RqSeqCounter *m_rqSeq;
    RttEstimator *m_rtt;
    std::map<std::uint16_t, RttEstimator> m_commandRtt; // by netFn << 8 | cmd
    bool m_adaptive = true;
    RequestMessage m_message;
    RetryPolicy m_policy;
    std::vector<Send> m_rqSeqs; // every rqSeq this exchange used
    Clock::time_point m_deadline{};
    int m_sends = 0;
    bool m_active = false;
    bool m_sawDuplicate = false;
};

} // namespace ipmi
