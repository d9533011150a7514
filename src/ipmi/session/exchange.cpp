// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/exchange.h"

#include <algorithm>

namespace ipmi {

Clock::duration RetryPolicy::waitAfter(int sends, const RttEstimator *rtt) const
{
    const Clock::duration fixed = waitAfter(sends);
    if (!rtt || !rtt->hasEstimate())
        return fixed;
    const Clock::duration adaptive =
        std::min<Clock::duration>(rtt->timeout() * (1LL << std::clamp(sends - 1, 0, 20)), fixed);
    if (patientLastSend && sends >= attempts)
        return std::max<Clock::duration>(adaptive, timeout);
    return adaptive;
}

Bytes Exchange::start(const RequestMessage &message, const RetryPolicy &policy,
                      Clock::time_point now, bool adaptive)
{
    m_adaptive = adaptive;
    m_message = message;
    m_message.rqSeq = m_rqSeq->next();
    m_policy = policy;
    m_policy.attempts = std::max(1, policy.attempts);
    m_usedRqSeqs.assign(1, m_message.rqSeq);
    m_sends = 1;
    m_active = true;
    m_sawDuplicate = false;
    m_firstSent = now;
    m_deadline = now + m_policy.waitAfter(1, m_adaptive ? m_rtt : nullptr);
    return encodeRequestMessage(m_message);
}

Exchange::Verdict Exchange::match(const ResponseMessage &response)
{
    if (!m_active || response.cmd != m_message.cmd || response.netFn != (m_message.netFn | 1))
        return Verdict::Unrelated;
    if (std::find(m_usedRqSeqs.begin(), m_usedRqSeqs.end(), response.rqSeq) == m_usedRqSeqs.end())
        return Verdict::Unrelated;
    if (response.completionCode == 0xcf) {
        m_sawDuplicate = true;
        return Verdict::Duplicate;
    }
    return Verdict::Answer;
}

void Exchange::answered(Clock::time_point now)
{
    // Karn's rule: after a retransmission the answer may be to any of the sends.
    if (m_active && m_rtt && m_sends == 1)
        m_rtt->addSample(std::chrono::duration_cast<RttEstimator::Duration>(now - m_firstSent));
    m_active = false;
}

std::optional<Clock::time_point> Exchange::deadline() const
{
    if (!m_active)
        return std::nullopt;
    return m_deadline;
}

std::optional<Bytes> Exchange::retransmit(Clock::time_point now)
{
    if (!m_active || m_sends >= m_policy.attempts)
        return std::nullopt;
    if (m_sawDuplicate) {
        m_message.rqSeq = m_rqSeq->next();
        m_usedRqSeqs.push_back(m_message.rqSeq);
        m_sawDuplicate = false;
    }
    ++m_sends;
    m_deadline = now + m_policy.waitAfter(m_sends, m_adaptive ? m_rtt : nullptr);
    return encodeRequestMessage(m_message);
}

} // namespace ipmi
