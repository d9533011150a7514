// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QList>
#include <QString>

struct ChartLine;
class QCPAxis;

// The history chart's read-out for a time under the mouse, as text: the time, each
// line's value there, then the SEL events drawn within a few pixels of the mouse.
class ChartReadout
{
public:
    // "2026-11-24 03:10:00 CET — CPU Temp (web-01): 45.0 degrees C · …", then one line
    // per event near pixelX on timeAxis.
    static QString at(const QList<ChartLine> &lines, const QList<HistoryEvent> &events, const QCPAxis *timeAxis,
                      double keySeconds, int pixelX);
    // The value nearest the time, "min–max" where a bucket holds both, "no data" in a gap.
    static QString valueAt(const ChartLine &line, double keySeconds);
};
