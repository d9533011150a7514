// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chartseries.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ChartPage;
}
class HistoryChart;
class HistorySource;

// The sensor history page: range presets, "Follow now", the chart, the list of shown
// series (with remove), exports, and a read-out of the values under the mouse.
//
// While following, the range keeps ending "now": it moves forward (and the chart asks for
// the new samples) when the page is shown, when series are set, and every RefreshMs while
// shown. A preset follows with its span. Zooming or panning with the mouse stops
// following (a custom range); "Follow now" takes it up again with the span on screen.
//
// Until the user picks a range, the page picks one from the data stored for the series:
// the shortest preset that reaches back to the oldest reading (1 h when there is none),
// so fresh readings are not a sliver at the right edge of a day.
class ChartPage : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Minutes15, Hour1, Hours24, Days7, Days30 };
    static constexpr int RefreshMs = 5'000; // about a poll interval: new readings show up soon

    explicit ChartPage(HistorySource *history, QWidget *parent = nullptr);
    ~ChartPage() override;

    void setSeries(const QList<ChartSeries> &series);
    // Adds a series, or refreshes it when the same sensor of the same host is shown.
    void addSeries(const ChartSeries &series);
    void removeSeries(int index);
    QList<ChartSeries> series() const;

    // A custom range (stops following).
    void setRange(qint64 fromMs, qint64 toMs);
    void applyPreset(Preset preset);
    // Keeps the range ending now with this span (a preset's when it matches one).
    void follow(qint64 spanMs);
    bool isFollowing() const { return m_followSpanMs.has_value(); }
    std::optional<Preset> preset() const { return m_preset; }
    static qint64 presetSpanMs(Preset preset);
    // The shortest preset whose span reaches back to oldestMs from nowMs (1 h without data).
    static Preset presetCovering(std::optional<qint64> oldestMs, qint64 nowMs);

    HistoryChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void exportPng();
    void exportCsv();
    QString askExportPath(const QString &title, const QString &filter, const QString &suffix);
    void updateSeriesList();
    void updateRangeButtons();
    void stopFollowing();
    // The followed span ending now; the chart asks for its data.
    void moveToNow();
    // Asks the history how far back the series' data goes, then follows presetCovering().
    void chooseRangeFromData();

    std::unique_ptr<Ui::ChartPage> m_ui;
    HistorySource *m_history;
    HistoryChart *m_chart;
    std::optional<Preset> m_preset;
    std::optional<qint64> m_followSpanMs;
    bool m_rangeChosen = false;    // by the user: no more choosing from the data
    quint64 m_dataQuestion = 0;    // answers to earlier questions are dropped
    QTimer m_refresh;
};
