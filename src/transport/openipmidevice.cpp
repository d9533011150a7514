// SPDX-License-Identifier: GPL-3.0-or-later
#include "openipmidevice.h"

#include "transport/linuxipmidevice.h"

#include <QSocketNotifier>
#include <QTimer>

OpenIpmiDevice::OpenIpmiDevice(std::unique_ptr<IpmiDevice> device, QObject *parent)
    : QObject(parent)
    , m_device(device ? std::move(device) : std::make_unique<LinuxIpmiDevice>())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OpenIpmiDevice::onTimeout);
}

OpenIpmiDevice::~OpenIpmiDevice()
{
    close();
}

void OpenIpmiDevice::open(OpenCallback done)
{
    ipmi::Result<void> opened = m_open ? ipmi::Result<void>() : m_device->open();
    if (opened && !m_open) {
        m_open = true;
        m_notifier = new QSocketNotifier(qintptr(m_device->fd()), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &OpenIpmiDevice::onReadable);
    }
    QTimer::singleShot(0, this, [done = std::move(done), opened] { done(opened); });
}

void OpenIpmiDevice::execute(ipmi::Request request, ipmi::ResponseCallback done)
{
    m_queue.push_back(Pending{std::move(request), std::move(done)});
    if (!m_busy)
        QTimer::singleShot(0, this, &OpenIpmiDevice::sendNext);
}

void OpenIpmiDevice::close()
{
    m_timer->stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_open)
        m_device->close();
    m_open = false;
    m_busy = false;
    m_queue.clear();
}

void OpenIpmiDevice::sendNext()
{
    if (m_busy || m_queue.empty())
        return;
    if (!m_open) {
        finishCurrent(ipmi::Error{ipmi::ErrorKind::Network, "the IPMI device is not open"});
        return;
    }
    m_currentMsgid = m_nextMsgid++;
    auto sent = m_device->send(m_currentMsgid, m_queue.front().request);
    if (!sent) {
        finishCurrent(sent.error());
        return;
    }
    m_busy = true;
    m_timer->start(m_timeout);
}

void OpenIpmiDevice::onReadable()
{
    // Drain everything waiting: late answers to timed-out requests and events go too.
    for (;;) {
        auto received = m_device->receive();
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

void OpenIpmiDevice::onTimeout()
{
    if (m_busy)
        finishCurrent(ipmi::Error{ipmi::ErrorKind::Timeout,
                                  "the local BMC did not answer within "
                                      + std::to_string(m_timeout.count()) + " ms"});
}

void OpenIpmiDevice::finishCurrent(ipmi::Result<ipmi::Response> result)
{
    m_timer->stop();
    m_busy = false;
    if (m_queue.empty())
        return;
    Pending pending = std::move(m_queue.front());
    m_queue.pop_front();
    if (!m_queue.empty())
        QTimer::singleShot(0, this, &OpenIpmiDevice::sendNext);
    pending.done(std::move(result));
}
