// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/exchange.h"
#include "ipmi/session/lansession.h"

#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace ipmi {

// Why a request is in the queue: the caller's, or one the session makes itself.
enum class RequestPurpose
{
    User,
    Keepalive,    // Get Device ID after an idle spell
    SetPrivilege, // the first message of every login
};

struct PendingRequest
{
    RequestId id = 0; // 0 for the session's own requests
    RequestPurpose purpose = RequestPurpose::User;
    Request request;
    bool cancelled = false;         // in flight when cancelled: finish quietly
    bool resentAfterRelogin = false; // a second loss of this request is not the session's
};

// The established phase's queue: one request in flight (BMCs expect no pipelining),
// the rest waiting in order. Retransmission and reply matching are Exchange's; the
// measured round trip sets the waits of repeatable commands only (repeatableCommand()).
class RequestQueue
{
public:
    RequestQueue(RqSeqCounter &rqSeq, RttEstimator &rtt) : m_exchange(rqSeq, &rtt) {}

    void push(PendingRequest request, bool front = false);
    bool busy() const { return m_inFlight.has_value(); }
    bool hasWaiting() const { return !m_waiting.empty(); }
    std::size_t callerRequests() const; // the caller's, not cancelled, waiting or in flight
    const PendingRequest *inFlight() const { return m_inFlight ? &*m_inFlight : nullptr; }

    // Puts the next waiting request in flight and returns its IPMI message.
    std::optional<Bytes> startNext(const RetryPolicy &policy, Clock::time_point now);

    struct Reply
    {
        PendingRequest request;
        Response response;
    };
    // The finished request, if `message` answers the one in flight.
    std::optional<Reply> onReply(const ResponseMessage &message, Clock::time_point now,
                                 bool *duplicate = nullptr);

    std::optional<Clock::time_point> deadline() const { return m_exchange.deadline(); }
    // At the deadline: the message to send again, or nullopt when every try is used
    // (the request stays in flight until takeInFlight()).
    std::optional<Bytes> retransmit(Clock::time_point now) { return m_exchange.retransmit(now); }
    int sends() const { return m_exchange.sends(); }
    PendingRequest takeInFlight();

    // Removes a waiting request, or marks the one in flight cancelled. The request is
    // returned so the session can report it.
    std::optional<PendingRequest> cancel(RequestId id);
    // Everything, waiting and in flight, for failing or re-sending.
    std::vector<PendingRequest> takeAll();

private:
    std::deque<PendingRequest> m_waiting;
    std::optional<PendingRequest> m_inFlight;
    Exchange m_exchange;
};

} // namespace ipmi
