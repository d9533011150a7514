// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

struct ChartLine;
class QCPAxis;
class QCustomPlot;

// The value axes of the history chart: one per distinct unit, the first on the left, the
// second on the right, then alternating outwards; each labelled with its unit and fitted
// to what its lines show.
class ChartValueAxes
{
public:
    explicit ChartValueAxes(QCustomPlot *plot);

    // Back to the left axis alone, unlabelled, with no unit known.
    void reset();
    // The axis of this unit, created on first use.
    QCPAxis *axisFor(const QString &unit);
    // Fits each axis to its lines' points in the visible time range and their thresholds.
    void rescale(const QList<ChartLine> &lines) const;

private:
    QCustomPlot *m_plot;
    QStringList m_units;           // in order of first use: index 0 left, 1 right, then m_extraAxes
    QList<QCPAxis *> m_extraAxes;  // owned by the plot's axis rect
};
