// SPDX-License-Identifier: GPL-3.0-or-later
#include "openhostsession.h"

#include "transport/openipmidevice.h"

#include <QTimer>

OpenHostSession::OpenHostSession(std::unique_ptr<IpmiDevice> device)
    : m_device(std::make_unique<OpenIpmiDevice>(std::move(device)))
{
}

OpenHostSession::~OpenHostSession() = default;

void OpenHostSession::open(OpenCallback done)
{
    m_device->open([done = std::move(done)](ipmi::Result<void> opened) {
        if (!opened) {
            done(opened.error());
            return;
        }
        ipmi::SessionInfo info;
        info.privilege = ipmi::Privilege::Administrator; // the system interface has no session limit
        info.notes = "local interface (OpenIPMI driver)";
        done(info);
    });
}

void OpenHostSession::execute(ipmi::Request request, ResponseCallback done)
{
    m_device->execute(std::move(request), std::move(done));
}

void OpenHostSession::close(std::function<void()> done)
{
    m_device->close();
    QTimer::singleShot(0, m_device.get(), std::move(done));
}
