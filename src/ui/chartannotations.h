// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QList>
#include <QRectF>
#include <QString>

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
    // The layer under the graphs that labels and threshold lines go on (the chart adds
    // it): no text ever hides a line of data.
    static constexpr const char *LabelLayer = "labels";

    explicit ChartAnnotations(QCustomPlot *plot);

    // Forgets every item and event, after QCustomPlot::clearItems() deleted the items.
    void forget();

    // A line and a label for each threshold of the series, on its value axis.
    void addThresholds(const ChartLine &line);
    // Labels at the left end of their lines, just above (else just below) each, never on
    // top of each other or of `taken` (pixel rectangles, e.g. the lines' end labels):
    // side by side where lines meet, in short form ("UC 90") when the full one does not
    // fit, and left out when neither does. Labels of lines out of sight are hidden.
    void placeThresholdLabels(const QList<QRectF> &taken = {});

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
        QString text;      // "CPU Temp (web-01) UC: 90.0"
        QString shortText; // "UC 90.0"
    };

    void remove(QList<QCPAbstractItem *> &items);

    QCustomPlot *m_plot;
    QList<ThresholdLabel> m_thresholdLabels;
    QList<QCPAbstractItem *> m_gapItems;
    QList<QCPAbstractItem *> m_eventItems;
    QList<HistoryEvent> m_events;
};
