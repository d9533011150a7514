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
    m_policy = policy;
    m_policy.attempts = std::max(1, policy.attempts);
    m_rqSeqs.clear();
    takeRqSeq(now);
    m_sends = 1;
    m_active = true;
    m_sawDuplicate = false;
    m_deadline = now + m_policy.waitAfter(1, waitEstimate());
    return encodeRequestMessage(m_message);
}

void Exchange::takeRqSeq(Clock::time_point now)
{
    m_message.rqSeq = m_rqSeq->next();
    m_rqSeqs.push_back({m_message.rqSeq, now});
}

const RttEstimator *Exchange::waitEstimate() const
{
    if (!m_adaptive)
        return nullptr;
    const auto own = m_commandRtt.find(commandKey());
    return own != m_commandRtt.end() && own->second.hasEstimate() ? &own->second : m_rtt;
}

const Exchange::Send *Exchange::sendWith(std::uint8_t rqSeq) const
{
    const auto send = std::find_if(m_rqSeqs.begin(), m_rqSeqs.end(), [&](const Send &s) { return s.rqSeq == rqSeq; });
    return send != m_rqSeqs.end() ? &*send : nullptr;
}

Exchange::Verdict Exchange::match(const ResponseMessage &response)
{
    if (!m_active || response.cmd != m_message.cmd || response.netFn != (m_message.netFn | 1))
        return Verdict::Unrelated;
    if (!sendWith(response.rqSeq))
        return Verdict::Unrelated;
    if (response.completionCode == 0xcf) {
        m_sawDuplicate = true;
        return Verdict::Duplicate;
    }
    return Verdict::Answer;
}

void Exchange::answered(Clock::time_point now, std::uint8_t rqSeq)
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_rtt)
        return;
    // An answer to an rqSeq sent once names its send; one sent more than once may be
    // answering any of its copies (Karn's rule).
    const Send *send = sendWith(rqSeq);
    if (!send || send->copies > 1)
        return;
    const auto sample = std::chrono::duration_cast<RttEstimator::Duration>(now - send->at);
    m_rtt->addSample(sample);
    m_commandRtt.try_emplace(commandKey(), m_rtt->floor()).first->second.addSample(sample);
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
    if (m_adaptive || m_sawDuplicate) {
        takeRqSeq(now);
        m_sawDuplicate = false;
    } else {
        ++m_rqSeqs.back().copies;
    }
    ++m_sends;
    m_deadline = now + m_policy.waitAfter(m_sends, waitEstimate());
    return encodeRequestMessage(m_message);
}

} // namespace ipmi
