// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/rttestimator.h"

#include <algorithm>

namespace ipmi {

void RttEstimator::addSample(Duration rtt)
{
    rtt = std::max(rtt, Duration(0));
    if (m_samples == 0) {
        m_srtt = rtt;
        m_rttvar = rtt / 2;
    } else {
        // alpha = 1/8, beta = 1/4 (RFC 6298, 2.3)
        const Duration deviation = m_srtt > rtt ? m_srtt - rtt : rtt - m_srtt;
        m_rttvar = (3 * m_rttvar + deviation) / 4;
        m_srtt = (7 * m_srtt + rtt) / 8;
    }
    ++m_samples;
}

RttEstimator::Duration RttEstimator::timeout() const
{
    return std::max({m_srtt + 4 * m_rttvar, m_srtt * 3 / 2, m_floor});
}

} // namespace ipmi
