// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"
#include "transport/ipmidevice.h"

#include <QObject>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

// Sends IPMI requests to the local BMC through the kernel's IPMI driver (`-I open`):
// no session, no login; the driver owns the system interface (KCS, SMIC, BT or SSIF).
// Requests go one at a time, in order; each waits at most timeout() for its answer.
// An answer with another message id, or an event, is skipped; an answer without a
// completion code fails its request as malformed.
//
// Threading contract: lives in the thread that created it; callbacks run in that thread
// from its event loop, never from inside a call.
// Lifetime/teardown: destroying it drops pending requests without calling back.
class OpenIpmiDevice : public QObject
{
    Q_OBJECT

public:
    using OpenCallback = std::function<void(ipmi::Result<void>)>;

    // The real device (LinuxIpmiDevice) unless another is given.
    explicit OpenIpmiDevice(std::unique_ptr<IpmiDevice> device = {}, QObject *parent = nullptr);
    ~OpenIpmiDevice() override;

    void open(OpenCallback done);
    void execute(ipmi::Request request, ipmi::ResponseCallback done);
    void close();

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isOpen() const { return m_open; }

private:
    struct Pending
    {
        ipmi::Request request;
        ipmi::ResponseCallback done;
    };

    void sendNext();
    void onReadable();
    void onTimeout();
    void finishCurrent(ipmi::Result<ipmi::Response> result);

    std::unique_ptr<IpmiDevice> m_device;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer;
    std::chrono::milliseconds m_timeout{5000};
    bool m_open = false;
    long m_nextMsgid = 1;
    long m_currentMsgid = 0;
    bool m_busy = false;
    std::deque<Pending> m_queue; // front is in flight while m_busy
};
