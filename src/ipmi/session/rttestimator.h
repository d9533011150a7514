// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace ipmi {

// The round-trip time to one BMC, smoothed as TCP does (RFC 6298): SRTT and RTTVAR from
// answers whose send is known (see Exchange: a copy of a read has an rqSeq of its own; a
// write, whose copies share one, is timed only when it was sent once: Karn's rule). The
// retransmission timeout is
//   RTO = max(SRTT + 4 * RTTVAR, SRTT * 3/2, floor)
// The middle term keeps a BMC that is slow but steady (400 ms every time, so RTTVAR
// decays towards zero) from being sent a copy of every request that comes a few
// milliseconds late; the floor covers the scheduling noise of a fast one. Within one
// request the wait doubles on each expiry (RFC 6298, 5.5), but unlike TCP the doubling
// is not carried to the next request (5.7): datagrams to a BMC are lost at random, not
// to congestion, and carrying it made every following loss cost up to a second. The
// last send of a request always waits the fixed time (Exchange), which bounds what a
// BMC that has become slower is sent. Before the first sample there is no estimate,
// and the caller's fixed schedule applies.
class RttEstimator
{
public:
    using Duration = std::chrono::microseconds;

    explicit RttEstimator(Duration floor = std::chrono::milliseconds(10)) : m_floor(floor) {}

    void setFloor(Duration floor) { m_floor = floor; }
    Duration floor() const { return m_floor; }
    void addSample(Duration rtt);

    bool hasEstimate() const { return m_samples > 0; }
    Duration timeout() const; // RTO; meaningful only with an estimate
    Duration smoothed() const { return m_srtt; }
    Duration variation() const { return m_rttvar; }
    long long samples() const { return m_samples; }

private:
    Duration m_floor;
    Duration m_srtt{0};
    Duration m_rttvar{0};
    long long m_samples = 0;
};

} // namespace ipmi
