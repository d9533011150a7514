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
class HistoryService;

// The sensor history page: range presets, the chart, the list of shown series (with
// remove), exports, and a read-out of the values under the mouse.
//
// A preset range keeps ending "now": it moves forward (and the chart asks for the new
// samples) when the page is shown, when series are set, and every RefreshMs while shown.
// Zooming or panning with the mouse leaves the preset for a custom range.
class ChartPage : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Minutes15, Hour1, Hours24, Days7, Days30 };
    static constexpr int RefreshMs = 5'000; // about a poll interval: new readings show up soon

    explicit ChartPage(HistoryService *history, QWidget *parent = nullptr);
    ~ChartPage() override;

    void setSeries(const QList<ChartSeries> &series);
    // Adds a series, or refreshes it when the same sensor of the same host is shown.
    void addSeries(const ChartSeries &series);
    void removeSeries(int index);
    QList<ChartSeries> series() const;

    // A custom range (leaves the preset).
    void setRange(qint64 fromMs, qint64 toMs);
    void applyPreset(Preset preset);
    std::optional<Preset> preset() const { return m_preset; }
    static qint64 presetSpanMs(Preset preset);

    HistoryChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void exportPng();
    void exportCsv();
    QString askExportPath(const QString &title, const QString &filter, const QString &suffix);
    void updateSeriesList();
    void updatePresetButtons();
    // The preset's span ending now (m_preset is set); the chart asks for its data.
    void moveToNow();

    std::unique_ptr<Ui::ChartPage> m_ui;
    HistoryChart *m_chart;
    std::optional<Preset> m_preset;
    QTimer m_refresh;
};
