// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

// The one bounded-concurrency scheduler for work over many hosts: bmcpilot-cli's -F
// fan-out and the model's fleet operations. Items 0..count-1 start in order, at most
// `limit` run at once, and every start is matched by one finished() (which may come from
// inside the start call itself, for a host that fails at once).
//
// Threading: plain single-threaded state; its owner calls it from one thread.
class HostFanOut
{
public:
    using Start = std::function<void(int index)>;

    HostFanOut(int count, int limit, Start start);

    void startMore(); // starts queued items while fewer than the limit run
    void finished();  // one started item ended: the next one starts
    // No further starts; returns the first item that will never start (count if none).
    int dropQueued();

    bool idle() const { return m_running == 0 && m_next == m_count; }
    int running() const { return m_running; }
    int peakRunning() const { return m_peak; }
    int limit() const { return m_limit; }

private:
    int m_count;
    int m_limit;
    Start m_start;
    int m_next = 0;
    int m_running = 0;
    int m_peak = 0;
    bool m_starting = false; // inside startMore(): a synchronous finish must not recurse
};
