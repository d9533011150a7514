// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartline.h"

#include "chartsupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

QString ChartLine::legendName() const
{
    return series.unit.isEmpty() ? series.label
                                 : QCoreApplication::translate("HistoryChart", "%1 [%2]").arg(series.label, series.unit);
}

bool ChartLine::show(const HistorySeriesData &answer, double visibleFrom, double visibleTo)
{
    // Failed polls with no reading between them are one outage, however far apart.
    gaps.clear();
    for (const HistoryGap &next : answer.gaps) {
        const auto between = std::lower_bound(answer.points.cbegin(), answer.points.cend(),
                                              gaps.isEmpty() ? 0 : gaps.last().toMs + 1,
                                              [](const HistoryPoint &p, qint64 t) { return p.timestampMs < t; });
        if (!gaps.isEmpty() && (between == answer.points.cend() || between->timestampMs > next.fromMs))
            gaps.last().toMs = std::max(gaps.last().toMs, next.toMs);
        else
            gaps << next;
    }
    // A NaN point at the start of each gap makes QCPGraph break the line there.
    QVector<QCPGraphData> points;
    points.reserve(answer.points.size() + gaps.size());
    qsizetype gap = 0;
    bool visible = false;
    for (const HistoryPoint &point : answer.points) {
        for (; gap < gaps.size() && gaps[gap].fromMs <= point.timestampMs; ++gap)
            points.append({chart::toKey(gaps[gap].fromMs), std::numeric_limits<double>::quiet_NaN()});
        points.append({chart::toKey(point.timestampMs), point.value});
        visible = visible || (points.last().key >= visibleFrom && points.last().key <= visibleTo);
    }
    for (; gap < gaps.size(); ++gap)
        points.append({chart::toKey(gaps[gap].fromMs), std::numeric_limits<double>::quiet_NaN()});
    graph->data()->set(points, true);
    return visible;
}
