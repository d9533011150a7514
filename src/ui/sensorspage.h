// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartseries.h"
#include "serverpage.h"

#include <memory>

namespace Ui {
class SensorsPage;
}
class SensorFilterModel;
class SensorMonitor;
class SensorTableModel;
class ServerRegistry;

// The sensors of the selected server: name, type, reading, unit, status in words and
// colour, and the thresholds; filters by text, type and state; live as sweeps arrive.
// Selected sensors go to the chart.
class SensorsPage : public ServerPage
{
    Q_OBJECT

public:
    SensorsPage(Fleet *fleet, SensorMonitor *monitor, QWidget *parent = nullptr);
    ~SensorsPage() override;

    // Sends the selected sensors to the history chart, when there is one.
    void linkTo(const QList<QWidget *> &pages) override;
    SensorTableModel *tableModel() const { return m_table; }

Q_SIGNALS:
    void chartRequested(const QList<ChartSeries> &series);
    void refreshRequested(const QUuid &server);

protected:
    void clearView() override;
    // Readings come from the poller's sweeps; a server not swept yet is polled now.
    void load() override;

private:
    void updateTypes();
    void updateSummary();
    void chartSelected();
    ChartSeries chartSeriesFor(int sourceRow) const;

    std::unique_ptr<Ui::SensorsPage> m_ui;
    SensorMonitor *m_monitor;
    SensorTableModel *m_table;
    SensorFilterModel *m_filter;
};
