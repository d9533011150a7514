// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historysource.h"
#include "model/historytypes.h"
#include "ui/chartline.h"
#include "ui/chartseries.h"

#include <QColor>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class ChartAnnotations;
class ChartValueAxes;
class HistorySource;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QMouseEvent;

// The sensor history of several series over time, drawn with QCustomPlot.
//
// Data flow: every view change (setRange(), or the mouse: the wheel zooms the time axis,
// a drag pans it) asks its HistorySource for the visible range plus a margin on each side,
// at about two points per pixel column (the store keeps each bucket's minimum and
// maximum), so zooming in shows full resolution and a month never draws more than the
// widget can show. Mouse changes are debounced; answers to older requests are dropped by
// sequence number. A source that fails (Prometheus unreachable, no such series) says why
// in the message shown instead of data. Gaps become NaN points (QCPGraph breaks the line there) and hatched
// bands; SEL events become vertical markers styled by severity.
//
// One y axis per distinct unit: the first on the left, the second on the right, then
// alternating outwards. Colours come with text everywhere: a legend above the plot (in
// as many columns as fit), a label at the end of each line, labelled threshold lines
// (under the graphs, never on top of each other), symbols on event markers. Without
// series the plot gives way to a message.
//
// The parts: ChartValueAxes (axes per unit), ChartAnnotations (thresholds, gaps, events),
// ChartReadout (the text under the mouse) and ChartExporter (CSV and PNG); this class
// holds the plot, the requests and the mouse.
//
// Threading contract: GUI thread only. Lifetime: answers arriving after destruction are
// dropped by the source (this widget is the callback context).
class HistoryChart : public QWidget
{
    Q_OBJECT

public:
    // The last request sent to the history source (for the read-out and for tests).
    struct Request
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int maxPoints = 0;
        quint64 sequence = 0;
    };

    explicit HistoryChart(HistorySource *history, QWidget *parent = nullptr);
    ~HistoryChart() override;

    void setSeries(const QList<ChartSeries> &series);
    QList<ChartSeries> series() const;
    // Shows [fromMs, toMs] and asks for its data at once (no debounce).
    void setRange(qint64 fromMs, qint64 toMs);
    qint64 rangeFrom() const;
    qint64 rangeTo() const;
    QColor colorOf(int seriesIndex) const;

    // The visible range as CSV: "Time" (ISO 8601 local time with offset), then one
    // column per series. Bucket minimum and maximum share a time and give two rows.
    QString csv() const;
    // false with *error set when the file cannot be written.
    bool exportCsv(const QString &path, QString *error) const;
    bool exportPng(const QString &path, QString *error);

    QCustomPlot *plot() const { return m_plot; }
    Request lastRequest() const { return m_request; }
    // The request whose answer is drawn (0 before the first).
    quint64 shownSequence() const { return m_shownSequence; }
    // The text shown instead of data (no series, or no history in the range); empty when data is shown.
    QString emptyText() const;
    // Why series of the last answer have no data (Prometheus down, no such series), one
    // sentence each; empty when every source answered.
    QStringList problems() const { return m_errors; }
    QSize sizeHint() const override;

Q_SIGNALS:
    // The user zoomed or panned (not emitted for setRange()).
    void rangeChangedByUser(qint64 fromMs, qint64 toMs);
    // Time and values under the mouse; empty when the mouse leaves the plot.
    void readoutChanged(const QString &text);
    // An answer was drawn; sequence as in lastRequest().
    void dataShown(quint64 sequence);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void onRangeChanged();
    void requery();
    void showData(quint64 sequence, const QList<HistoryAnswer> &answers);
    void showEvents(quint64 sequence, const QList<HistoryEvent> &events);
    void placeLabels();
    void placeEndLabels();
    void fitLegend();
    void updateTimeAxisFormat();
    void updateEmptyState();
    void onMouseMove(QMouseEvent *event);
    int pixelWidth() const;

    HistorySource *m_history;
    QCustomPlot *m_plot;
    QLabel *m_emptyLabel;
    QList<ChartLine> m_lines;
    std::unique_ptr<ChartValueAxes> m_axes;
    std::unique_ptr<ChartAnnotations> m_annotations;
    QCPItemStraightLine *m_cursor = nullptr;
    QTimer m_debounce;
    Request m_request;
    quint64 m_sequence = 0;
    quint64 m_shownSequence = 0;
    bool m_settingRange = false;
    bool m_anyData = false;
    QStringList m_errors; // why series of the last answer have no data, one sentence each
};
