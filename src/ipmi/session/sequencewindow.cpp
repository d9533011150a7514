// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/sequencewindow.h"

#include <algorithm>

namespace ipmi {

SequenceWindow::SequenceWindow(std::uint32_t initial, std::uint32_t width)
    : m_highest(initial - 2), m_width(std::clamp<std::uint32_t>(width, 1, 32))
{
    // Pretend that initial - 2 was the last number seen, so both initial - 1 and
    // initial are ahead of the window; nothing below counts as seen.
    m_seen = ~0u;
}

bool SequenceWindow::accept(std::uint32_t sequence)
{
    const std::uint32_t ahead = sequence - m_highest; // modulo 2^32
    if (ahead >= 1 && ahead <= m_width) {
        const std::uint64_t shifted = (std::uint64_t{m_seen} << ahead) | (std::uint64_t{1} << (ahead - 1));
        m_seen = static_cast<std::uint32_t>(shifted);
        m_highest = sequence;
        return true;
    }
    const std::uint32_t behind = m_highest - sequence;
    if (behind >= 1 && behind <= m_width) {
        const std::uint32_t bit = 1u << (behind - 1);
        if ((m_seen & bit) != 0)
            return false;
        m_seen |= bit;
        return true;
    }
    return false; // duplicate of the highest, or too far away
}

std::uint32_t OutboundSequence::next()
{
    if (m_skipZero && m_next == 0)
        m_next = 1;
    return m_next++;
}

} // namespace ipmi
