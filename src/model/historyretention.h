// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Helpers shared by HistoryStore's query and retention code (historystore.cpp,
// historyretention.cpp). Internal to the model layer.
namespace HistoryRetention {

// A coarse rollup (table rollup_coarse) spans this many fine rollup steps: 30 minutes at
// the default 5-minute step. Wide chart queries read it instead of the fine rollups.
constexpr qint64 CoarseFactor = 6;

// Rounds towards minus infinity to a multiple of step (> 0).
inline qint64 alignDown(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step < 0 ? q - 1 : q) * step;
}

inline qint64 alignUp(qint64 value, qint64 step)
{
    return -alignDown(-value, step);
}

} // namespace HistoryRetention
