// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <optional>
#include <random>

class QUdpSocket;

// A loopback UDP proxy that damages traffic at set rates, in both directions: datagrams
// are dropped, duplicated, delayed, reordered (held back behind the next one) or have
// one byte flipped. Clients talk to listenPort(); the proxy forwards to the upstream BMC
// through one socket per client, so several clients can share it.
//
// Refuses any upstream or listen address outside 127.0.0.0/8: fault tests never send
// traffic anywhere else.
//
// Threading contract: lives in the thread that created it; all work runs from its event
// loop. Lifetime: destroying it closes its sockets; datagrams still delayed are dropped.
class UdpFaultProxy : public QObject
{
    Q_OBJECT

public:
    struct Faults
    {
        double loss = 0;        // probability a datagram is dropped
        double duplicate = 0;   // probability it is sent twice
        double reorder = 0;     // probability it is held back behind the next one
        double corrupt = 0;     // probability one byte is flipped
        int delayMs = 0;        // added to every datagram
        int jitterMs = 0;       // random extra delay, 0..jitterMs
        quint32 seed = 1;       // same seed, same damage
        // An on-path attacker's downgrade: every RMCP+ Open Session Request that asks for
        // encryption is answered by the proxy itself with a refusal (status 11h, "no
        // cipher suite match"), which needs no key to forge; the BMC never sees it.
        bool refuseEncryptedSuites = false;
    };

    struct Counters
    {
        quint64 forwarded = 0;
        quint64 dropped = 0;
        quint64 duplicated = 0;
        quint64 reordered = 0;
        quint64 corrupted = 0;
        quint64 forgedRefusals = 0;
    };

    UdpFaultProxy(QHostAddress upstream, quint16 upstreamPort, Faults faults,
                  QObject *parent = nullptr);
    ~UdpFaultProxy() override;

    // Binds the listening socket (port 0: any free port). False with errorString() set.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 listenPort() const;
    QString errorString() const { return m_error; }

    void setFaults(const Faults &faults);
    Faults faults() const { return m_faults; }
    // While cut, nothing passes in either direction (a BMC that went away).
    void setCut(bool cut) { m_cut = cut; }
    Counters counters() const { return m_counters; }

private:
    struct Client;

    void onClientDatagrams();
    void onUpstreamDatagrams(Client *client);
    // The forged refusal for an Open Session Request asking for encryption, else nothing.
    static std::optional<QByteArray> forgedRefusal(const QByteArray &request);
    void pass(QUdpSocket *socket, QByteArray data, const QHostAddress &to, quint16 port);
    void emitNow(QUdpSocket *socket, const QByteArray &data, const QHostAddress &to, quint16 port);
    bool chance(double probability);

    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    Faults m_faults;
    bool m_cut = false;
    Counters m_counters;
    QString m_error;
    QUdpSocket *m_listener;
    QHash<QString, Client *> m_clients;
    std::mt19937 m_random;
    struct Held
    {
        QUdpSocket *socket = nullptr;
        QByteArray data;
        QHostAddress to;
        quint16 port = 0;
    };
    std::optional<Held> m_held; // a datagram waiting to be overtaken
};
