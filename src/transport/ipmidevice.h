// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <optional>

// The local BMC's message interface as the kernel offers it (the OpenIPMI driver's
// /dev/ipmi0). LocalClient drives it; LinuxIpmiDevice is the real one; tests give a
// fake. Non-blocking: receive() returns nothing when no message is waiting, and fd()
// becomes readable when one arrives.
class IpmiDevice
{
public:
    struct Message
    {
        bool isResponse = true; // false for events and commands addressed to us
        long msgid = 0;
        std::uint8_t netFn = 0; // of the response (request netFn + 1)
        std::uint8_t cmd = 0;
        ipmi::Bytes data; // completion code first
    };

    virtual ~IpmiDevice() = default;
    virtual ipmi::Result<void> open() = 0;
    virtual int fd() const = 0; // valid after open()
    virtual ipmi::Result<void> send(long msgid, const ipmi::Request &request) = 0;
    virtual ipmi::Result<std::optional<Message>> receive() = 0;
    virtual void close() = 0;
};
