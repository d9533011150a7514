// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"
#include "model/fleetoperation.h"

#include <QDialog>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class FleetDialog;
}
class Fleet;
class FleetResultsModel;
class QTimer;
class QTreeWidgetItem;

// Runs one action over many servers: a read-only look (power status, sensor and SEL
// summaries, the first and default choice), a power action, a new password for one user
// id, or a SEL clear. The servers are ticked in the dialog's own tree (servers or whole
// groups), at first those selected in the main window. The form says what will happen
// ("Power off 12 servers: web-01, …") and shows in words why Run is refused (no servers,
// passwords that differ or do not fit the chosen form); a destructive action asks first,
// naming the count and the hosts. Then the dialog turns into the results grid: per-host
// state, detail (wrapped, never cut off) and time, a progress bar, Cancel and "Copy
// results". Closing the dialog cancels a run still going.
class FleetDialog : public QDialog
{
    Q_OBJECT

public:
    // The question shown before a destructive run; true to go ahead.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    // selection: server and group ids, as selected in the tree (groups stand for every
    // server below them); they start ticked. The sensor and SEL summaries are offered when
    // services has their monitors.
    FleetDialog(const AppServices &services, const QList<QUuid> &selection, QWidget *parent = nullptr);
    FleetDialog(Fleet *fleet, const QList<QUuid> &selection, QWidget *parent = nullptr);
    ~FleetDialog() override;

    // The ticked servers, in tree order.
    const QList<QUuid> &servers() const { return m_servers; }
    // Ticks or unticks a server or a group (and everything below it).
    void setTicked(const QUuid &id, bool ticked);
    // Why Run is refused, or empty.
    QString problem() const;
    std::optional<FleetOperation::Action> alertDestinationAction() const;
    // What Run would do, e.g. "Power off 3 servers: web-01, web-02, web-03", "Read the
    // power status of 3 servers: …".
    QString summary() const;
    // The action the form describes; nothing while problem() is not empty.
    std::optional<FleetOperation::Action> action() const;

    // Replaces the confirmation message box (tests).
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Validates, asks for destructive actions, then starts; false when nothing was sent.
    bool run();
    // The run once started, else null.
    FleetOperation *operation() const { return m_operation; }
    FleetResultsModel *results() const { return m_results; }

public Q_SLOTS:
    void reject() override;

private:
    void fillServers(const QUuid &parent, QTreeWidgetItem *parentItem, const QList<QUuid> &ticked);
    void collectTicked();
    void fillActions();
    void validate();
    void updateForm();
    QString confirmationText() const;
    void onHostChanged();
    void onFinished(const FleetOperation::Summary &summary);
    void copyResults();

    std::unique_ptr<Ui::FleetDialog> m_ui;
    AppServices m_services;
    Fleet *m_fleet;
    QList<QUuid> m_servers;
    Confirmation m_confirm;
    FleetOperation *m_operation = nullptr;
    FleetResultsModel *m_results = nullptr;
    QTimer *m_ticker;
};
