// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/wire/rmcp.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTimer;
class QUdpSocket;

// Finds BMCs by ASF presence ping (RMCP class 06h): one datagram per address, at a
// bounded rate, then answers are collected until a quiet period after the last send.
// Addresses that did not answer are pinged again (retries) before giving up. Nothing is
// sent but the pings, and only to the addresses given.
//
// Threading contract: lives in one thread with an event loop; signals come from it.
class PresenceScanner : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QHostAddress address;
        quint16 port = 623;
    };
    struct Found
    {
        QHostAddress address;
        quint16 port = 0;
        ipmi::AsfPong pong;
        qint64 roundTripMs = 0;
    };

    explicit PresenceScanner(QObject *parent = nullptr);
    ~PresenceScanner() override;

    void setRate(int pingsPerSecond);   // 1..10000; default 200
    void setTimeoutMs(int milliseconds); // quiet time after the last ping; default 1000
    void setRetries(int retries);        // further rounds for silent addresses; default 1

    // Starts a sweep (a running one is cancelled first). False, with errorString(), if
    // the socket cannot be opened.
    bool start(const QList<Target> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void found(const PresenceScanner::Found &bmc);
    void progress(int pinged, int total);
    // answered: how many distinct addresses answered.
    void finished(int answered, int total);

private:
    void sendSome();
    void readPending();
    void finish();
    static QString keyOf(const QHostAddress &address, quint16 port);

    QUdpSocket *m_socket = nullptr;
    QTimer *m_sendTimer;
    QTimer *m_quietTimer;
    QList<Target> m_targets;
    QHash<QString, qint64> m_sentAt; // key -> elapsed ms of the latest ping
    QHash<QString, bool> m_answered;
    QElapsedTimer m_clock;
    int m_next = 0;
    int m_round = 0;
    int m_rate = 200;
    int m_timeoutMs = 1000;
    int m_retries = 1;
    int m_sentThisRound = 0;
    qint64 m_roundStartMs = 0;
    bool m_running = false;
    QString m_error;
};

Q_DECLARE_METATYPE(PresenceScanner::Found)
