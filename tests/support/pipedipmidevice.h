// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/ipmidevice.h"

#include <deque>

// What every fake of the kernel's IPMI device does alike: messages become readable
// through a pipe, as the kernel's fd would signal them. A fake decides what to answer
// (send()) and when open() fails; the rest is here.
class PipedIpmiDevice : public IpmiDevice
{
public:
    ~PipedIpmiDevice() override;

    int fd() const override { return m_read; }
    ipmi::Result<std::optional<Message>> receive() override;
    void close() override;

protected:
    ipmi::Result<void> openPipe();
    // Makes a message readable as if the kernel delivered it now; false when the pipe
    // would not take it.
    bool deliver(Message message);

private:
    int m_read = -1;
    int m_write = -1;
    std::deque<Message> m_pending;
};
