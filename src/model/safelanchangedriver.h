// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/safelanchange.h"
#include "model/sessionopener.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

// Runs the verified LAN change (ipmi::lan::SafeLanChange) against a BMC through a
// SessionOpener, for every front end (the desktop's NetworkService over the pool, the
// CLI's `lan set --verify` over its HostSession): writes the change over the own
// session, then opens NEW sessions at the new address until one answers or the time
// limit passes, and on a timeout opens a new session at the old address and writes the
// previous values back.
//
// Every confirmation attempt and the reconnection at the old address are private
// sessions of the opener, so an already open session can never stand in for "the
// address answers". They log in as the own session does (SessionOpener::lanLogin()); a
// BMC reached without a LAN login cannot be changed this way. countdown() ticks once a
// second while waiting.
//
// Threading: lives in the thread of the opener's callbacks (the GUI's, the CLI's).
class SafeLanChangeDriver : public QObject
{
    Q_OBJECT

public:
    SafeLanChangeDriver(std::shared_ptr<SessionOpener> opener, std::uint8_t channel, ipmi::lan::LanChange change,
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
    QString resultingAddress() const;

signals:
    // While waiting for the new address: whole seconds left and the sentence
    // ("Waiting for 127.0.0.2 to answer: 42 s").
    void countdown(int secondsLeft, const QString &text);
    // A step starts: "Writing the new settings", "Reconnecting at 127.0.0.1", ...
    void stepChanged(const QString &text);
    // Something the user should know that does not stop the change (a check's warning,
    // a parameter the BMC would not read back).
    void warning(const QString &text);
    void finished(bool confirmed, const QString &message);

private:
    ipmi::lan::SafeLanChange::Duration now() const;
    void advance(); // runs the step the transaction asks for
    void attemptAtNew();
    void connectAtOld();
    void restorePrevious();
    void tick();

    std::shared_ptr<SessionOpener> m_opener;
    std::optional<SessionOpener::LanLogin> m_login;
    SessionOpener::SessionId m_attempt = SessionOpener::OwnSession;    // the one at the new address in flight
    SessionOpener::SessionId m_oldSession = SessionOpener::OwnSession; // at the old address, for the restore
    ipmi::lan::SafeLanChange m_safe;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QTimer m_ticker;
    bool m_attemptInFlight = false;
    bool m_announcedFinish = false;
};
