// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/requestqueue.h"

#include "ipmi/session/repeatablecommands.h"

#include <algorithm>

namespace ipmi {

void RequestQueue::push(PendingRequest request, bool front)
{
    if (front)
        m_waiting.push_front(std::move(request));
    else
        m_waiting.push_back(std::move(request));
}

std::optional<Bytes> RequestQueue::startNext(const RetryPolicy &policy, Clock::time_point now)
{
    if (m_inFlight || m_waiting.empty())
        return std::nullopt;
    m_inFlight = std::move(m_waiting.front());
    m_waiting.pop_front();
    RequestMessage message;
    message.netFn = static_cast<std::uint8_t>(m_inFlight->request.netFn & 0x3e);
    message.cmd = m_inFlight->request.cmd;
    message.rsLun = static_cast<std::uint8_t>(m_inFlight->request.lun & 0x03);
    message.data = m_inFlight->request.data;
    return m_exchange.start(message, policy, now, repeatableCommand(message.netFn, message.cmd));
}

std::optional<RequestQueue::Reply> RequestQueue::onReply(const ResponseMessage &message,
                                                         Clock::time_point now, bool *duplicate)
{
    const Exchange::Verdict verdict = m_exchange.match(message);
    if (duplicate)
        *duplicate = verdict == Exchange::Verdict::Duplicate;
    if (verdict != Exchange::Verdict::Answer || !m_inFlight)
        return std::nullopt;
    m_exchange.answered(now, message.rqSeq);
    Reply reply{std::move(*m_inFlight), Response{message.completionCode, message.data}};
    m_inFlight.reset();
    return reply;
}

std::size_t RequestQueue::callerRequests() const
{
    const auto counts = [](const PendingRequest &request) {
        return request.purpose == RequestPurpose::User && !request.cancelled;
    };
    return static_cast<std::size_t>(std::count_if(m_waiting.begin(), m_waiting.end(), counts))
           + (m_inFlight && counts(*m_inFlight) ? 1 : 0);
}

PendingRequest RequestQueue::takeInFlight()
{
    m_exchange.finish();
    PendingRequest request = std::move(m_inFlight).value_or(PendingRequest{});
    m_inFlight.reset();
    return request;
}

std::optional<PendingRequest> RequestQueue::cancel(RequestId id)
{
    if (id == 0)
        return std::nullopt; // the session's own requests are not the caller's to cancel
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [id](const PendingRequest &request) { return request.id == id; });
    if (it != m_waiting.end()) {
        PendingRequest request = std::move(*it);
        m_waiting.erase(it);
        return request;
    }
    if (m_inFlight && m_inFlight->id == id && !m_inFlight->cancelled) {
        m_inFlight->cancelled = true;
        return *m_inFlight;
    }
    return std::nullopt;
}

std::vector<PendingRequest> RequestQueue::takeAll()
{
    std::vector<PendingRequest> all;
    if (m_inFlight)
        all.push_back(takeInFlight());
    for (PendingRequest &request : m_waiting)
        all.push_back(std::move(request));
    m_waiting.clear();
    return all;
}

} // namespace ipmi
