// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverpage.h"

#include "model/chassisservice.h"

#include <memory>
#include <optional>

namespace Ui {
class OverviewPage;
}
class QLabel;

// The first page of a server: device identity, chassis state, last restart cause, global
// enables, the watchdog, and power control. ChassisService reads and acts; the page
// shows. Power buttons are enabled only once the chassis state is known, and only those
// that would do something in it; destructive actions ask for confirmation naming the
// host first.
class OverviewPage : public ServerPage
{
    Q_OBJECT

public:
    explicit OverviewPage(Fleet *fleet, QWidget *parent = nullptr);
    ~OverviewPage() override;

    ChassisService *service() const { return m_service; }

Q_SIGNALS:
    // A power action ended (ok, the sentence shown).
    void powerActionFinished(bool ok, const QString &message);

protected:
    void clearView() override;
    void load() override;

private:
    using PowerAction = ChassisService::PowerAction;

    void clearValues();
    void readChassis();
    // Global enables and the watchdog timer, read-only.
    void readSettings();
    void runPowerAction(PowerAction action);
    bool confirm(PowerAction action, const QString &serverName, const QString &address);
    void showError(QLabel *label, const QString &message);
    // Enables the power buttons that make sense for the known power state (none while
    // it is unknown or an action runs).
    void updatePowerButtons();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    ChassisService *m_service;
    std::optional<bool> m_powerOn;
    bool m_acting = false;
};
