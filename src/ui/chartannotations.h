// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QList>

struct ChartLine;
class QCPAbstractItem;
class QCPAxis;
class QCPItemText;
class QCustomPlot;

// What the history chart draws over its lines, each with words as well as a look:
// dashed threshold lines with labels, hatched "no data" bands over gaps, and SEL event
// markers whose colour, line style and glyph all carry the severity. The plot owns the
// items; this class keeps track of them to replace or move them.
class ChartAnnotations
{
public:
    explicit ChartAnnotations(QCustomPlot *plot);

    // Forgets every item and event, after QCustomPlot::clearItems() deleted the items.
    void forget();

    // A line and a label for each threshold of the series, on its value axis.
    void addThresholds(const ChartLine &line);
    // Labels at the left end of their lines; where lines of several axes meet at the same
    // height, the labels line up side by side instead of on top of each other.
    void placeThresholdLabels();

    // Bands over the gaps of all lines, merged where closer than pixelMs.
    void drawGaps(const QList<ChartLine> &lines, qint64 pixelMs);

    // Drops the events of an earlier range; their markers stay until addEvents().
    void clearEvents() { m_events.clear(); }
    // Adds events (of one host) and redraws every marker in time order.
    void addEvents(const QList<HistoryEvent> &events);
    const QList<HistoryEvent> &events() const { return m_events; }

private:
    struct ThresholdLabel
    {
        QCPItemText *item;
        QCPAxis *axis;
        double value;
    };

    void remove(QList<QCPAbstractItem *> &items);

    QCustomPlot *m_plot;
    QList<ThresholdLabel> m_thresholdLabels;
    QList<QCPAbstractItem *> m_gapItems;
    QList<QCPAbstractItem *> m_eventItems;
    QList<HistoryEvent> m_events;
};
