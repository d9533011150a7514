// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostfanout.h"

#include <algorithm>

HostFanOut::HostFanOut(int count, int limit, Start start)
    : m_count(std::max(0, count)), m_limit(std::max(1, limit)), m_start(std::move(start))
{
}

void HostFanOut::startMore()
{
    if (m_starting)
        return; // the loop below goes on with the freed slot
    m_starting = true;
    while (m_running < m_limit && m_next < m_count) {
        const int index = m_next++;
        m_peak = std::max(m_peak, ++m_running);
        m_start(index);
    }
    m_starting = false;
}

void HostFanOut::finished()
{
    if (m_running > 0)
        --m_running;
    startMore();
}

int HostFanOut::dropQueued()
{
    const int first = m_next;
    m_next = m_count;
    return first;
}
