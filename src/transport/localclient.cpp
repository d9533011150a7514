// SPDX-License-Identifier: GPL-3.0-or-later
#include "localclient.h"

#include "transport/linuxipmidevice.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>

namespace {

const ipmi::Error &closedError()
{
    static const ipmi::Error closed{ipmi::ErrorKind::Cancelled, "the local interface was closed"};
    return closed;
}

} // namespace

LocalClient::LocalClient(std::unique_ptr<IpmiDevice> device, QObject *parent)
    : IpmiClient(parent)
    , m_device(device ? std::move(device) : std::make_unique<LinuxIpmiDevice>())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LocalClient::onTimeout);
}

LocalClient::~LocalClient()
{
    if (m_notifier) {
        delete m_notifier; // before its descriptor goes
        m_device->close();
    }
}

ipmi::SessionInfo LocalClient::sessionInfo()
{
    ipmi::SessionInfo info;
    info.privilege = ipmi::Privilege::Administrator; // the system interface has no session limit
    info.notes = "local interface (OpenIPMI driver)";
    return info;
}

ipmi::Result<void> LocalClient::solAvailable() const
{
    return ipmi::makeError(ipmi::ErrorKind::Unsupported,
                           tr("Serial-over-LAN is not available through this machine's local interface "
                              "(/dev/ipmi0): it needs an IPMI 2.0 (lanplus) session to the BMC over the "
                              "network.")
                               .toStdString());
}

ipmi::Result<void> LocalClient::sendSolPayload(ipmi::ByteView)
{
    return solAvailable();
}

ipmi::Result<bool> LocalClient::openDevice()
{
    if (m_notifier)
        return false;
    if (ipmi::Result<void> opened = m_device->open(); !opened)
        return opened.error();
    m_notifier = new QSocketNotifier(qintptr(m_device->fd()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LocalClient::onReadable);
    return true;
}

void LocalClient::open(ipmi::OpenCallback done)
{
    ipmi::Result<bool> result = openDevice();
    // Never call back from inside the caller's call.
    QTimer::singleShot(0, this, [this, result = std::move(result), done = std::move(done), generation = m_generation] {
        if (generation != m_generation) {
            done(closedError()); // closed meanwhile
            return;
        }
        if (!result) {
            emit failed(result.error());
            done(result.error());
            return;
        }
        if (result.value())
            emit opened(sessionInfo());
        done(sessionInfo());
    });
}

ipmi::RequestId LocalClient::execute(ipmi::Request request, ipmi::ResponseCallback done)
{
    const ipmi::RequestId id = m_nextId++;
    m_queue.push_back(Pending{id, std::move(request), std::move(done)});
    scheduleSend();
    return id;
}

void LocalClient::cancel(ipmi::RequestId id)
{
    QTimer::singleShot(0, this, [this, id] {
        const auto found = std::find_if(m_queue.begin(), m_queue.end(),
                                        [id](const Pending &pending) { return pending.id == id; });
        if (found == m_queue.end())
            return; // answered or closed meanwhile
        const ipmi::Error cancelled{ipmi::ErrorKind::Cancelled, "cancelled"};
        if (found == m_queue.begin() && m_busy) {
            finishCurrent(cancelled); // its late answer has a message id no longer awaited
            return;
        }
        ipmi::ResponseCallback callback = std::move(found->done);
        m_queue.erase(found);
        callback(cancelled);
    });
}

void LocalClient::close(std::function<void()> done)
{
    m_timer->stop();
    if (m_notifier) {
        delete m_notifier;
        m_notifier = nullptr;
        m_device->close();
    }
    m_busy = false;
    ++m_generation; // an open() still to report no longer counts
    std::deque<Pending> pending = std::move(m_queue);
    m_queue.clear();
    QTimer::singleShot(0, this, [pending = std::move(pending), done = std::move(done)] {
        for (const Pending &request : pending)
            request.done(closedError());
        if (done)
            done();
    });
}

void LocalClient::scheduleSend()
{
    if (m_busy || m_sendScheduled)
        return;
    m_sendScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_sendScheduled = false;
        sendNext();
    });
}

void LocalClient::sendNext()
{
    if (m_busy || m_queue.empty())
        return;
    const ipmi::Result<bool> device = openDevice();
    if (!device) {
        failAll(device.error());
        return;
    }
    if (device.value()) {
        QPointer<LocalClient> self(this);
        emit opened(sessionInfo());
        if (!self || m_busy || m_queue.empty())
            return; // a receiver deleted this client, or sent or closed meanwhile
    }
    m_currentMsgid = m_nextMsgid++;
    if (const ipmi::Result<void> sent = m_device->send(m_currentMsgid, m_queue.front().request); !sent) {
        finishCurrent(sent.error());
        return;
    }
    m_busy = true;
    m_timer->start(m_timeout);
}

void LocalClient::onReadable()
{
    // Drain everything waiting: late answers to timed-out or cancelled requests and
    // events go too.
    QPointer<LocalClient> self(this);
    while (self && m_notifier) {
        const auto received = m_device->receive();
        if (!received) {
            if (m_busy)
                finishCurrent(received.error());
            return;
        }
        if (!received.value())
            return;
        const IpmiDevice::Message &message = *received.value();
        if (!m_busy || !message.isResponse || message.msgid != m_currentMsgid)
            continue;
        const ipmi::Request &request = m_queue.front().request;
        if (message.netFn != (request.netFn | 1) || message.cmd != request.cmd)
            continue;
        if (message.data.empty()) {
            finishCurrent(ipmi::Error{ipmi::ErrorKind::MalformedResponse,
                                      "the local BMC's answer has no completion code"});
            continue;
        }
        finishCurrent(ipmi::Response{message.data[0], ipmi::Bytes(message.data.begin() + 1, message.data.end())});
    }
}

void LocalClient::onTimeout()
{
    if (m_busy)
        finishCurrent(ipmi::Error{ipmi::ErrorKind::Timeout, "the local BMC did not answer within "
                                                                + std::to_string(m_timeout.count()) + " ms"});
}

void LocalClient::finishCurrent(ipmi::Result<ipmi::Response> result)
{
    m_timer->stop();
    m_busy = false;
    if (m_queue.empty())
        return;
    Pending current = std::move(m_queue.front());
    m_queue.pop_front();
    scheduleSend();
    current.done(std::move(result));
}

void LocalClient::failAll(const ipmi::Error &error)
{
    m_timer->stop();
    m_busy = false;
    std::deque<Pending> pending = std::move(m_queue);
    m_queue.clear();
    emit failed(error); // the requests are taken: they are answered even if a receiver deletes us
    for (const Pending &request : pending)
        request.done(error);
}
