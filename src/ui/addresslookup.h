// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

class QHostInfo;

// Checks in the background that a BMC address can be reached by name: an IP address is
// taken at once, a host name is looked up with QHostInfo after a short pause (so typing
// does not start a lookup per key). Only the answer for the latest name counts; earlier
// lookups are aborted or their answers dropped. changed() follows every state change.
//
// Threading contract: GUI thread; QHostInfo answers in this object's thread.
class AddressLookup : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Pending, Resolved, Failed };
    static constexpr int PauseMs = 300;

    explicit AddressLookup(QObject *parent = nullptr);
    ~AddressLookup() override;

    // The host part only (no port, no brackets); empty stops any lookup.
    void setHost(const QString &host);
    QString host() const { return m_host; }
    State state() const { return m_state; }
    // What the name resolved to (the address itself for an IP address).
    const QList<QHostAddress> &addresses() const { return m_addresses; }
    // Why the name did not resolve (Failed only).
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    void start();
    void onResult(const QHostInfo &info);
    void abort();

    QString m_host;
    State m_state = State::Empty;
    QList<QHostAddress> m_addresses;
    QString m_error;
    QTimer m_pause;
    int m_lookupId = -1;
};
