// SPDX-License-Identifier: GPL-3.0-or-later
#include "localclient.h"

#include "transport/openipmidevice.h"

#include <QTimer>

LocalClient::LocalClient(std::unique_ptr<IpmiDevice> device, QObject *parent)
    : IpmiClient(parent), m_device(new OpenIpmiDevice(std::move(device), this))
{
}

LocalClient::~LocalClient() = default;

ipmi::SessionInfo LocalClient::sessionInfo()
{
    ipmi::SessionInfo info;
    info.privilege = ipmi::Privilege::Administrator; // the system interface has no session limit
    info.notes = "local interface (OpenIPMI driver)";
    return info;
}

void LocalClient::whenOpen(OpenedCallback next)
{
    switch (m_state) {
    case State::Open:
        // Never call back from inside the caller's call.
        QTimer::singleShot(0, this, [next = std::move(next)] { next({}); });
        return;
    case State::Opening:
        m_afterOpen.push_back(std::move(next));
        return;
    case State::Closed:
        break;
    }
    m_state = State::Opening;
    m_afterOpen.push_back(std::move(next));
    // A failed open is tried again by the next request: the driver may be loaded by then.
    m_device->open([this, generation = m_generation](ipmi::Result<void> opened) {
        if (generation != m_generation)
            return; // closed meanwhile; close() answered the waiting callers
        m_state = opened ? State::Open : State::Closed;
        std::vector<OpenedCallback> waiting = std::move(m_afterOpen);
        m_afterOpen.clear();
        for (OpenedCallback &callback : waiting)
            callback(opened);
    });
}

void LocalClient::open(ipmi::OpenCallback done)
{
    whenOpen([done = std::move(done)](ipmi::Result<void> opened) {
        if (opened)
            done(sessionInfo());
        else
            done(opened.error());
    });
}

ipmi::RequestId LocalClient::execute(ipmi::Request request, ipmi::ResponseCallback done)
{
    const ipmi::RequestId id = m_nextId++;
    m_pending.insert(id, std::move(done));
    whenOpen([this, id, request = std::move(request)](ipmi::Result<void> opened) mutable {
        if (!m_pending.contains(id))
            return; // cancelled meanwhile
        if (!opened) {
            finish(id, opened.error());
            return;
        }
        m_device->execute(std::move(request),
                          [this, id](ipmi::Result<ipmi::Response> result) { finish(id, std::move(result)); });
    });
    return id;
}

void LocalClient::finish(ipmi::RequestId id, ipmi::Result<ipmi::Response> result)
{
    ipmi::ResponseCallback done = m_pending.take(id);
    if (done)
        done(std::move(result));
}

void LocalClient::cancel(ipmi::RequestId id)
{
    if (!m_pending.contains(id))
        return;
    QTimer::singleShot(0, this, [this, id] {
        finish(id, ipmi::Error{ipmi::ErrorKind::Cancelled, "cancelled"});
    });
}

void LocalClient::close(std::function<void()> done)
{
    m_device->close();
    ++m_generation; // an open still on its way no longer counts
    m_state = State::Closed;
    const QList<ipmi::RequestId> ids = m_pending.keys();
    std::vector<OpenedCallback> waiting = std::move(m_afterOpen);
    m_afterOpen.clear();
    QTimer::singleShot(0, this, [this, ids, waiting = std::move(waiting), done = std::move(done)] {
        const ipmi::Error closed{ipmi::ErrorKind::Cancelled, "the local interface was closed"};
        for (const OpenedCallback &callback : waiting)
            callback(closed);
        for (ipmi::RequestId id : ids)
            finish(id, closed);
        if (done)
            done();
    });
}
