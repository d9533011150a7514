// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class FruPage;
}
class Fleet;
class FruInventoryModel;
class SensorMonitor;

// The FRU inventory of the selected server: every FRU device with its chassis, board and
// product fields. Read when the page is first shown for a server, and again on request.
class FruPage : public QWidget
{
    Q_OBJECT

public:
    FruPage(Fleet *fleet, SensorMonitor *sensors, QWidget *parent = nullptr);
    ~FruPage() override;

    void setServer(const QUuid &server);
    QUuid server() const { return m_server; }
    FruInventoryModel *model() const { return m_model; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Ui::FruPage> m_ui;
    Fleet *m_fleet;
    SensorMonitor *m_sensors;
    FruInventoryModel *m_model;
    QUuid m_server;
    QUuid m_loadedFor; // the server the tree shows (or is being read for)
};
