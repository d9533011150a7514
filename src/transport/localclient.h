// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"
#include "transport/ipmiclient.h"
#include "transport/ipmidevice.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class OpenIpmiDevice;

// The local BMC (`-I open`) behind the same calls as LanClient, so the session pool can
// serve a server on this machine like one on the network: open() opens the kernel
// device (there is no login), the first request opens it too, and a request can be
// cancelled. The device itself is OpenIpmiDevice: one request at a time, watched with a
// QSocketNotifier in the thread this client lives in.
//
// Threading contract: lives in the thread that created it; callbacks run there from its
// event loop, never from inside a call.
// Lifetime/teardown: destroying the client drops pending requests without calling back;
// close() fails them with the Cancelled error and closes the device.
class LocalClient : public IpmiClient
{
    Q_OBJECT

public:
    // Makes the device a client talks to; tests give a fake one. Empty: the kernel's.
    using DeviceFactory = std::function<std::unique_ptr<IpmiDevice>()>;

    explicit LocalClient(std::unique_ptr<IpmiDevice> device = {}, QObject *parent = nullptr);
    ~LocalClient() override;

    void open(ipmi::OpenCallback done) override;
    ipmi::RequestId execute(ipmi::Request request, ipmi::ResponseCallback done) override;
    void cancel(ipmi::RequestId id) override; // the request fails with Cancelled; a late answer is dropped
    void close(std::function<void()> done = {}) override;
    bool isOpen() const override { return m_state == State::Open; }
    QString location() const override { return QStringLiteral("local"); }

    // What a "session" over the system interface is: no login, no privilege limit.
    static ipmi::SessionInfo sessionInfo();

private:
    enum class State { Closed, Opening, Open };
    using OpenedCallback = std::function<void(ipmi::Result<void>)>;

    void whenOpen(OpenedCallback next);
    void finish(ipmi::RequestId id, ipmi::Result<ipmi::Response> result);

    OpenIpmiDevice *m_device;
    State m_state = State::Closed;
    quint64 m_generation = 0; // counts close() calls
    std::vector<OpenedCallback> m_afterOpen;
    QHash<ipmi::RequestId, ipmi::ResponseCallback> m_pending;
    ipmi::RequestId m_nextId = 1;
};
