// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangetimeline.h"

#include <QByteArray>

#include <cstdio>

namespace {

std::FILE *timelineFile()
{
    // Opened once; written with one fprintf per event, which stdio locks, so clients in
    // several threads interleave whole lines.
    static std::FILE *const file = [] {
        const QByteArray path = qgetenv("BMCPILOT_TIMELINE");
        return path.isEmpty() ? nullptr : std::fopen(path.constData(), "a");
    }();
    return file;
}

} // namespace

bool ExchangeTimeline::enabled()
{
    return timelineFile() != nullptr;
}

void ExchangeTimeline::record(const QString &peer, Event event, std::size_t bytes)
{
    std::FILE *file = timelineFile();
    if (!file)
        return;
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count();
    const char *name = event == Event::Send ? "send" : event == Event::Receive ? "recv" : "timer";
    std::fprintf(file, "%lld %s %s %zu\n", static_cast<long long>(micros), peer.toUtf8().constData(), name, bytes);
    std::fflush(file);
}
