// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <cstddef>

// A record of every datagram a LAN client sends and receives and every timer it handles,
// with a monotonic clock, for the benchmarks' per-BMC timelines. Off unless the
// environment variable BMCPILOT_TIMELINE names a file (then appended to, one line per
// event: "<microseconds> <host:port> send|recv|timer <bytes>"); when off, each call costs
// one test of a flag.
class ExchangeTimeline
{
public:
    enum class Event
    {
        Send,
        Receive,
        Timer,
    };

    static bool enabled();
    static void record(const QString &peer, Event event, std::size_t bytes = 0);
};
