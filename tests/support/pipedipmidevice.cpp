// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipedipmidevice.h"

#include <fcntl.h>
#include <unistd.h>

PipedIpmiDevice::~PipedIpmiDevice()
{
    PipedIpmiDevice::close();
}

ipmi::Result<void> PipedIpmiDevice::openPipe()
{
    int fds[2];
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
        return ipmi::Error{ipmi::ErrorKind::Network, "pipe failed"};
    m_read = fds[0];
    m_write = fds[1];
    return {};
}

bool PipedIpmiDevice::deliver(Message message)
{
    m_pending.push_back(std::move(message));
    const char byte = 1;
    return ::write(m_write, &byte, 1) == 1;
}

ipmi::Result<std::optional<IpmiDevice::Message>> PipedIpmiDevice::receive()
{
    char byte = 0;
    if (::read(m_read, &byte, 1) != 1 || m_pending.empty())
        return std::optional<Message>();
    Message message = std::move(m_pending.front());
    m_pending.pop_front();
    return std::optional<Message>(std::move(message));
}

void PipedIpmiDevice::close()
{
    if (m_read >= 0) {
        ::close(m_read);
        ::close(m_write);
    }
    m_read = m_write = -1;
}
