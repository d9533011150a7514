// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace ipmi {

// Replay protection for inbound session sequence numbers, after FreeIPMI
// (util/ipmi-outofband-util.c, "more or less from Appendix A"): remember the highest
// number seen and a bitmap of the `width` numbers below it.
//  - above the highest by 1..width: accepted, the window slides up;
//  - below the highest by 1..width and not seen yet: accepted (late or reordered);
//  - equal to the highest or already seen: a duplicate, dropped;
//  - anything further away in either direction: dropped.
// Arithmetic is modulo 2^32, so the window slides across a wrap. Whether 0 is a valid
// number is the framing's business (RMCP+ skips it, IPMI 1.5 does not).
class SequenceWindow
{
public:
    static constexpr std::uint32_t kDefaultWidth = 8;

    // `initial` is the first number expected; `initial - 1` also counts as new, which
    // absorbs BMCs whose first number is off by one (FreeIPMI, lan session 1887).
    explicit SequenceWindow(std::uint32_t initial = 1, std::uint32_t width = kDefaultWidth);

    // Accepts and records the number, or rejects it without changing anything.
    bool accept(std::uint32_t sequence);

private:
    std::uint32_t m_highest;
    std::uint32_t m_width;
    std::uint32_t m_seen = 0; // bit n set: m_highest - 1 - n was seen
};

// Outbound session sequence numbers. RMCP+ starts at 1 and skips 0 on wrap; IPMI 1.5
// starts where Activate Session said and may use 0.
class OutboundSequence
{
public:
    OutboundSequence(std::uint32_t first, bool skipZero) : m_next(first), m_skipZero(skipZero) {}
    std::uint32_t next();

private:
    std::uint32_t m_next;
    bool m_skipZero;
};

} // namespace ipmi
