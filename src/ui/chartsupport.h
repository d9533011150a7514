// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QString>
#include <QtGlobal>

#include <qcustomplot.h>

// Small pieces the history chart's parts share: QCustomPlot's time keys are seconds
// (double) where the history store speaks milliseconds.
namespace chart {

inline double toKey(qint64 ms)
{
    return double(ms) / 1000.0;
}

inline qint64 toMs(double key)
{
    return qRound64(key * 1000.0);
}

// Anchors an item position to the axes, with its own coordinate type per direction.
void placeAt(QCPItemPosition *position, QCPAxis *xAxis, QCPAxis *yAxis, QCPItemPosition::PositionType typeX,
             QCPItemPosition::PositionType typeY, double x, double y);

// A reading with as many decimals as its size deserves, in the user's locale.
QString formatValue(double value);

// "Critical", "Warning", "Info".
QString severityName(HistoryEvent::Severity severity);

} // namespace chart
