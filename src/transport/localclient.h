// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"
#include "transport/ipmiclient.h"
#include "transport/ipmidevice.h"

#include <QObject>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;
class QTimer;

// The local BMC (`-I open`) through the kernel's IPMI driver, behind the same calls as
// LanClient, so the session pool can serve a server on this machine like one on the
// network. There is no session and no login: open() opens the device (the first request
// opens it too; a failed open is tried again by the next request, the driver may be
// loaded by then), and the driver owns the system interface (KCS, SMIC, BT or SSIF).
//
// Requests go to the device one at a time, in order; each waits at most timeout() for
// its answer. An answer with another message id, for another command, or an event is
// skipped; an answer without a completion code fails its request as malformed. A
// cancelled request ends with Cancelled at once, and its late answer is skipped.
//
// Threading contract: lives in the thread that created it; the device is watched with a
// QSocketNotifier there, and callbacks run there from its event loop, never from inside
// a call.
// Lifetime/teardown: destroying the client closes the device and drops pending requests
// without calling back; close() fails them with Cancelled and closes the device.
class LocalClient : public IpmiClient
{
    Q_OBJECT

public:
    // Makes the device a client talks to; tests give a fake one. Empty: the kernel's.
    using DeviceFactory = std::function<std::unique_ptr<IpmiDevice>()>;

    // The real device (LinuxIpmiDevice) unless another is given.
    explicit LocalClient(std::unique_ptr<IpmiDevice> device = {}, QObject *parent = nullptr);
    ~LocalClient() override;

    void open(ipmi::OpenCallback done) override;
    ipmi::RequestId execute(ipmi::Request request, ipmi::ResponseCallback done) override;
    void cancel(ipmi::RequestId id) override;
    void close(std::function<void()> done = {}) override;
    bool isOpen() const override { return m_notifier != nullptr; }
    QString location() const override { return QStringLiteral("local"); }

    // The system interface carries IPMI messages only: never Serial-over-LAN.
    ipmi::Result<void> solAvailable() const override;
    ipmi::Result<void> sendSolPayload(ipmi::ByteView payload) override;
    void setSolPayloadHandler(std::function<void(ipmi::Bytes)>) override {}

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // What a "session" over the system interface is: no login, no privilege limit.
    static ipmi::SessionInfo sessionInfo();

private:
    struct Pending
    {
        ipmi::RequestId id = 0;
        ipmi::Request request;
        ipmi::ResponseCallback done;
    };

    // Opens the device unless it is open; true when this call opened it.
    ipmi::Result<bool> openDevice();
    void scheduleSend();
    void sendNext();
    void onReadable();
    void onTimeout();
    // Ends the request in flight (the front of the queue) and moves on to the next.
    void finishCurrent(ipmi::Result<ipmi::Response> result);
    void failAll(const ipmi::Error &error);

    std::unique_ptr<IpmiDevice> m_device;
    QSocketNotifier *m_notifier = nullptr; // while the device is open
    QTimer *m_timer;
    std::chrono::milliseconds m_timeout{5000};
    std::deque<Pending> m_queue; // the front is in flight while m_busy
    bool m_busy = false;
    bool m_sendScheduled = false;
    long m_nextMsgid = 1;
    long m_currentMsgid = 0;
    ipmi::RequestId m_nextId = 1;
    quint64 m_generation = 0; // counts close() calls
};
