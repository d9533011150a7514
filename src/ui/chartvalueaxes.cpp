// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartvalueaxes.h"

#include "chartline.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <cmath>
#include <limits>

ChartValueAxes::ChartValueAxes(QCustomPlot *plot)
    : m_plot(plot)
{
}

void ChartValueAxes::reset()
{
    for (QCPAxis *axis : std::as_const(m_extraAxes))
        m_plot->axisRect()->removeAxis(axis);
    m_extraAxes.clear();
    m_units.clear();
    m_plot->yAxis2->setVisible(false);
    m_plot->yAxis->setLabel(QString());
}

QCPAxis *ChartValueAxes::axisFor(const QString &unit)
{
    const qsizetype known = m_units.indexOf(unit);
    if (known == 0)
        return m_plot->yAxis;
    if (known == 1)
        return m_plot->yAxis2;
    if (known > 1)
        return m_extraAxes[known - 2];
    m_units << unit;
    QCPAxis *axis = nullptr;
    if (m_units.size() == 1) {
        axis = m_plot->yAxis;
    } else if (m_units.size() == 2) {
        axis = m_plot->yAxis2;
        axis->setVisible(true);
        axis->setTickLabels(true);
    } else {
        axis = m_plot->axisRect()->addAxis(m_units.size() % 2 ? QCPAxis::atLeft : QCPAxis::atRight);
        axis->setBasePen(m_plot->yAxis->basePen());
        m_extraAxes << axis;
    }
    axis->setLabel(unit.isEmpty() ? QCoreApplication::translate("HistoryChart", "Value") : unit);
    return axis;
}

void ChartValueAxes::rescale(const QList<ChartLine> &lines) const
{
    QList<QCPAxis *> axes;
    for (const ChartLine &line : lines)
        if (!axes.contains(line.axis))
            axes << line.axis;
    const QCPRange visible = m_plot->xAxis->range();
    for (QCPAxis *axis : std::as_const(axes)) {
        double low = std::numeric_limits<double>::infinity(), high = -low;
        for (const ChartLine &line : lines) {
            if (line.axis != axis)
                continue;
            const auto graphData = line.graph->data();
            for (auto it = graphData->findBegin(visible.lower, false); it != graphData->findEnd(visible.upper, false); ++it) {
                if (!std::isnan(it->value)) {
                    low = std::min(low, it->value);
                    high = std::max(high, it->value);
                }
            }
            if (std::isfinite(low)) // thresholds widen a range, they do not make one
                for (const auto &threshold : line.series.thresholds) {
                    low = std::min(low, threshold.second);
                    high = std::max(high, threshold.second);
                }
        }
        if (!std::isfinite(low)) {
            axis->setRange(0, 1);
            continue;
        }
        const double pad = high > low ? (high - low) * 0.08 : std::max(1.0, std::abs(high) * 0.05);
        axis->setRange(low - pad, high + pad);
    }
}
