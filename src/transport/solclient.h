// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/sol/solcommands.h"
#include "ipmi/sol/solsession.h"
#include "transport/ipmiclient.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

// Serial-over-LAN on top of a client's RMCP+ session: activates the SOL payload
// (Get Channel Payload Support, Get Payload Activation Status, Activate Payload with the
// session's encryption and integrity), drives ipmi::sol::Session with a QTimer, sends its
// keepalive (Get Device ID) and deactivates the payload on deactivate() or destruction.
//
// A payload already active elsewhere is reported by alreadyActive(); takeOver() then
// deactivates it and activates it here. A BMC without Get Channel Payload Support or
// Get Payload Activation Status (pyghmi answers C1h) is activated all the same. A client
// that cannot carry SOL (the local interface, IPMI 1.5) fails activation with its
// sentence (IpmiClient::solAvailable()). SOL ends when the client reports the session
// lost or logged in again (the new session has no SOL payload active).
//
// Threading contract: lives in the client's thread; signals are emitted from its event
// loop. Lifetime: the client must outlive this object (it is usually its parent);
// destroying an active SolClient sends Deactivate Payload without waiting for the answer.
class SolClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Activating,
        Active,
        Deactivating,
    };

    struct Settings
    {
        ipmi::sol::Timing timing;
        bool takeOver = false;          // deactivate another session's SOL without asking
        bool zeroCountMeansAll = false; // Intel quirk, ipmitool -o intelplus
    };

    explicit SolClient(IpmiClient *client, QObject *parent = nullptr);
    SolClient(IpmiClient *client, Settings settings, QObject *parent = nullptr);
    ~SolClient() override;

    void activate();
    void takeOver(); // after alreadyActive()
    void send(const QByteArray &characters);
    void sendBreak();
    void deactivate(); // ends with deactivated({}) (also when not active)

    State state() const { return m_state; }
    const ipmi::sol::Activation &activation() const { return m_activation; }
    ipmi::sol::Stats stats() const; // of the current or last activation

signals:
    void activated();
    void alreadyActive();
    void received(const QByteArray &characters);
    void breakDetected();
    // SOL ended: reason is empty when deactivate() asked for it, else a sentence (the BMC
    // deactivated it, the session was lost).
    void deactivated(const QString &reason);
    // Activation failed or the BMC stopped answering. worthRetrying is false when trying
    // again cannot help by itself: the BMC lacks SOL or refuses it as configured, or the
    // login is refused.
    void failed(const QString &error, bool worthRetrying);
    void stateChanged(SolClient::State state);

private:
    void setState(State state);
    // Logs in (unless the client cannot carry SOL), then goes on with next.
    void openThen(std::function<void()> next);
    void checkSupport();
    void checkStatus();
    void activatePayload();
    void deactivateThen(std::function<void()> next);
    void onActivated(const ipmi::sol::Activation &activation);
    void onPayload(ipmi::Bytes payload);
    void pump();
    void sendKeepalive();
    void lost(const QString &reason);
    void fail(const QString &error, bool worthRetrying);
    void fail(const ipmi::Error &error);

    QPointer<IpmiClient> m_client;
    Settings m_settings;
    State m_state = State::Idle;
    std::unique_ptr<ipmi::sol::Session> m_sol;
    ipmi::sol::Activation m_activation;
    ipmi::SessionInfo m_session; // of the client's current login
    QTimer *m_timer;
};
