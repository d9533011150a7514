// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;

// One non-blocking UDP socket and the LAN clients that talk through it.
//
// The clients of one thread share a socket per address family (shared()), so the event
// loop watches one descriptor however many BMCs the thread talks to, and each wake-up
// reads every datagram waiting, with one recvfrom() each and no peeking. A datagram goes
// to the receiver attached for its sender's address and port; one from anybody else is
// dropped. A peer can be attached once per port: a second client for the same BMC in the
// same thread needs a port of its own (create()), since the BMC answers both at the same
// address.
//
// Threading: a port belongs to the thread that created it; attach, detach, send and the
// receivers all run there. Ports are shared: the last owner to let go closes the socket.
class UdpPort : public std::enable_shared_from_this<UdpPort>
{
public:
    using Receiver = std::function<void(ipmi::ByteView datagram)>;

    // Datagrams read per wake-up before the event loop gets a turn again.
    static constexpr int MaxBatch = 256;

    // The calling thread's shared port for addresses like peer's, opened on first use.
    static std::shared_ptr<UdpPort> shared(const QHostAddress &peer, QString *error);
    // A port nobody else uses.
    static std::shared_ptr<UdpPort> create(const QHostAddress &peer, QString *error);

    ~UdpPort();
    UdpPort(const UdpPort &) = delete;
    UdpPort &operator=(const UdpPort &) = delete;

    // False when that peer already has a receiver here.
    bool attach(const QHostAddress &peer, quint16 port, Receiver receiver);
    void detach(const QHostAddress &peer, quint16 port);
    // Best effort, like UDP: a datagram the kernel will not take is lost (the session
    // retransmits), and false says so. Datagrams sent by receivers while a batch of
    // arrivals is handled leave together (one sendmmsg()) once the batch is done, so the
    // peers they wake do not interrupt the batch; true then means queued.
    bool send(const QHostAddress &peer, quint16 port, ipmi::ByteView datagram);

    quint16 localPort() const;
    int attachedCount() const { return int(m_receivers.size()); }

    struct PeerKey
    {
        std::array<quint8, 16> address{};
        quint16 port = 0;
        bool v6 = false;
        friend bool operator==(const PeerKey &, const PeerKey &) = default;
    };

private:
    struct Token
    {
    };

public:
    UdpPort(Token, int descriptor);

private:
    static std::shared_ptr<UdpPort> open(bool v6, QString *error);
    void readPending();
    void flushQueued();

    struct Outgoing;

    int m_descriptor;
    QSocketNotifier *m_notifier = nullptr;
    QHash<PeerKey, Receiver> m_receivers;
    bool m_dispatching = false;
    std::vector<Outgoing> m_queued;
};

size_t qHash(const UdpPort::PeerKey &key, size_t seed = 0) noexcept;
