// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"
#include "transport/ipmiclient.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;
class UdpPort;

// Drives one ipmi::LanSession with a UDP port and a QTimer.
//
// Threading contract: a LanClient lives in the thread that created it (or was moved to
// before its first use) and must be used only from there; callbacks run in that thread
// from its event loop. Many clients can share one thread: nothing here blocks, and they
// share that thread's UDP socket (UdpPort), one per BMC unless two talk to the same one.
//
// Lifetime/teardown: destroying the client abandons pending requests without calling
// their callbacks and sends a best-effort Close Session (never waited for). close()
// closes politely and calls back when done.
class LanClient : public IpmiClient
{
    Q_OBJECT

public:

    // host: a name or address; resolved once, at open.
    LanClient(QString host, quint16 port, ipmi::SessionConfig config, QObject *parent = nullptr);
    ~LanClient() override;

    // Opens the session now (otherwise the first request does it).
    void open(ipmi::OpenCallback done) override;
    ipmi::RequestId execute(ipmi::Request request, ipmi::ResponseCallback done) override;
    void cancel(ipmi::RequestId id) override;
    void close(std::function<void()> done = {}) override;

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString peerName() const; // "host:port"
    bool isOpen() const override;
    QString location() const override { return peerName(); }
    // SOL payloads: only in an IPMI 2.0 session, sent inside the established session.
    ipmi::Result<void> solAvailable() const override;
    ipmi::Result<void> sendSolPayload(ipmi::ByteView payload) override;
    void setSolPayloadHandler(std::function<void(ipmi::Bytes)> handler) override;

private:
    struct Waiting;

    void resolveThen(std::function<void()> action);
    bool attachPort();
    void pump();
    void dispatch(ipmi::SessionEvent event);
    void failEverything(const ipmi::Error &error);
    void onDatagram(ipmi::ByteView datagram);
    void onTimer();

    QString m_host;
    quint16 m_port;
    ipmi::LanVersion m_version;
    QHostAddress m_address;
    bool m_resolving = false;
    std::vector<std::function<void()>> m_afterResolve;
    std::unique_ptr<ipmi::LanSession> m_session;
    std::shared_ptr<UdpPort> m_udp; // once the address is known
    QTimer *m_timer;
    std::unique_ptr<Waiting> m_waiting;
    std::function<void(ipmi::Bytes)> m_solHandler;
};
