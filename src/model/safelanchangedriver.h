// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/safelanchange.h"
#include "model/bmcendpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

class SessionPool;

// Runs the verified LAN change (ipmi::lan::SafeLanChange) against a BMC through the
// session pool: writes the change over the present session, then opens NEW sessions at
// the new address until one answers or the time limit passes, and on a timeout opens a
// new session at the old address and writes the previous values back.
//
// Every confirmation attempt and the reconnection at the old address use an isolated
// endpoint (BmcEndpoint::isolation), so an already open session can never stand in for
// "the address answers". countdown() ticks once a second while waiting.
//
// Threading: lives in the GUI (or test) thread; the pool runs the sessions.
class SafeLanChangeDriver : public QObject
{
    Q_OBJECT

public:
    SafeLanChangeDriver(SessionPool *pool, BmcEndpoint endpoint, std::uint8_t channel, ipmi::lan::LanChange change,
                        ipmi::lan::LanConfig current,
                        std::chrono::milliseconds timeout = ipmi::lan::SafeLanChange::DefaultTimeout,
                        QObject *parent = nullptr);
    ~SafeLanChangeDriver() override;

    // Starts the transaction; finished() follows (also when the change is refused).
    void start();

    const ipmi::lan::SafeLanChange &transaction() const { return m_safe; }
    bool isFinished() const { return m_safe.action() == ipmi::lan::SafeLanChange::Action::Finished; }
    // Where the BMC answers once finished: the new address after a confirmed change,
    // else the old one.
    BmcEndpoint resultingEndpoint() const;

signals:
    // While waiting for the new address: whole seconds left and the sentence
    // ("Waiting for 127.0.0.2 to answer: 42 s").
    void countdown(int secondsLeft, const QString &text);
    // A step starts: "Writing the new settings", "Reconnecting at 127.0.0.1", ...
    void stepChanged(const QString &text);
    void finished(bool confirmed, const QString &message);

private:
    ipmi::lan::SafeLanChange::Duration now() const;
    void advance(); // runs the step the transaction asks for
    void attemptAtNew();
    void connectAtOld();
    void restorePrevious();
    BmcEndpoint isolated(const QString &host, const QString &purpose);
    void tick();

    SessionPool *m_pool;
    BmcEndpoint m_endpoint;
    BmcEndpoint m_oldSession; // the isolated session at the old address, for the restore
    ipmi::lan::SafeLanChange m_safe;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QTimer m_ticker;
    int m_attempts = 0;
    bool m_attemptInFlight = false;
    bool m_announcedFinish = false;
};
