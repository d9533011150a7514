// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartseries.h"

#include <QUuid>
#include <QWidget>

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
class SensorsPage : public QWidget
{
    Q_OBJECT

public:
    SensorsPage(SensorMonitor *monitor, ServerRegistry *registry, QWidget *parent = nullptr);
    ~SensorsPage() override;

    void setServer(const QUuid &server);
    QUuid server() const;
    SensorTableModel *tableModel() const { return m_table; }

Q_SIGNALS:
    void chartRequested(const QList<ChartSeries> &series);
    void refreshRequested(const QUuid &server);

private:
    void updateTypes();
    void updateSummary();
    void chartSelected();
    ChartSeries chartSeriesFor(int sourceRow) const;

    std::unique_ptr<Ui::SensorsPage> m_ui;
    SensorMonitor *m_monitor;
    ServerRegistry *m_registry;
    SensorTableModel *m_table;
    SensorFilterModel *m_filter;
};
