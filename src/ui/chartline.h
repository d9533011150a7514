// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"
#include "ui/chartseries.h"

#include <QColor>
#include <QList>

class QCPAxis;
class QCPGraph;
class QCPItemText;

// One series as the history chart draws it: the sensor, its colour, its graph on the
// value axis of its unit, the gaps of the last answer and the label at the line's end.
// The plot owns the graph and the label.
struct ChartLine
{
    ChartSeries series;
    QColor color;
    QCPGraph *graph = nullptr;
    QCPAxis *axis = nullptr;
    QList<HistoryGap> gaps;
    QCPItemText *endLabel = nullptr;

    // "CPU Temp (web-01) [degrees C]"; the label alone for a series without a unit.
    QString legendName() const;

    // Takes a history source's answer into the graph: failed polls with no reading between
    // them become one gap, and a NaN point at each gap's start breaks the line there.
    // True when a point falls in the visible time range [visibleFrom, visibleTo] (seconds).
    bool show(const HistorySeriesData &answer, double visibleFrom, double visibleTo);
};
