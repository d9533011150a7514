// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverpage.h"

#include <memory>

namespace Ui {
class FruPage;
}
class Fleet;
class FruInventoryModel;
class SensorMonitor;

// The FRU inventory of the selected server: every FRU device with its chassis, board and
// product fields. Read when the page is first shown for a server, and again on request.
class FruPage : public ServerPage
{
    Q_OBJECT

public:
    FruPage(Fleet *fleet, SensorMonitor *sensors, QWidget *parent = nullptr);
    ~FruPage() override;

    FruInventoryModel *model() const { return m_model; }

protected:
    void clearView() override;
    void load() override;

private:
    std::unique_ptr<Ui::FruPage> m_ui;
    SensorMonitor *m_sensors;
    FruInventoryModel *m_model;
};
