// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}
class Fleet;
class QLabel;

// The first page of a server: device identity, chassis state, last restart cause, and
// power control. Destructive power actions ask for confirmation naming the host first.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Fleet *fleet, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setServer(const QUuid &serverId);
    QUuid server() const { return m_serverId; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Current activity, for the status bar.
    void activity(const QString &text);

private:
    enum class PowerAction { On, Off, Soft, Reset, Cycle, Identify };

    void clearValues();
    void refreshChassis();
    void runPowerAction(PowerAction action);
    bool confirm(PowerAction action, const QString &serverName, const QString &address);
    void showError(QLabel *label, const QString &message);
    // Stale answers (for a server no longer shown) are recognised by their generation.
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    std::unique_ptr<Ui::OverviewPage> m_ui;
    Fleet *m_fleet;
    QUuid m_serverId;
    quint64 m_generation = 0;
};
