// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class Bmc;
class Fleet;

// A page about the selected server. The base keeps the current server, loads lazily
// (when the page is shown and its data is stale), drops answers meant for a server no
// longer shown, and reloads when the Fleet replaces the server's Bmc (its entry or
// credentials were edited) or forgets it (the server was removed).
//
// A page implements clearView() and load(); everything it starts in load() uses
// loadContext() as its callbacks' context, so a late answer never reaches a page that
// has moved on, and it never keeps a Bmc pointer across an asynchronous call.
class ServerPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPage(Fleet *fleet, QWidget *parent = nullptr);
    ~ServerPage() override;

    // The server to show (null: none). A visible page loads at once, a hidden one when
    // it is next shown.
    void setServer(const QUuid &server);
    QUuid server() const { return m_server; }
    // The server's name and address for headings, "web-01 (10.0.0.5)"; empty for none.
    QString serverLabel() const;
    // Called once every page exists, so a page can link itself to another (the
    // sensors to the chart); nothing by default.
    virtual void linkTo(const QList<QWidget *> &pages);

public Q_SLOTS:
    // Reads the current server again now (Reload buttons, Refresh, tests).
    void reload();

Q_SIGNALS:
    // What the page is doing or did, for the status bar.
    void activity(const QString &text);
    // Another page (or this one) should be the one shown: the chart, when sensors were
    // sent to it.
    void showPageRequested(QWidget *page);

protected:
    Fleet *fleet() const { return m_fleet; }
    // The current server's Bmc, looked up afresh; nullptr and *error when there is none.
    Bmc *currentBmc(QString *error = nullptr) const;
    // The owner of the present load's callbacks; replaced by every load and server
    // change, so answers for what the page no longer shows are dropped.
    QObject *loadContext() const { return m_context; }
    // Forget what was shown; server() is already the new server, possibly null.
    virtual void clearView() = 0;
    // Start reading server() (not null) with loadContext() as the context.
    virtual void load() = 0;
    void showEvent(QShowEvent *event) override;

private:
    void renewContext();

    Fleet *m_fleet;
    QUuid m_server;
    bool m_stale = true;
    bool m_reloadQueued = false;
    QPointer<QObject> m_context;
};
