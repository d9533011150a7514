// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/lansession.h"

#include <QObject>
#include <QString>

#include <functional>

// The transport layer's one client interface: a conversation with one BMC, over the LAN
// (LanClient: RMCP or RMCP+ on a shared UDP socket) or through the local kernel driver
// (LocalClient). The model's session worker and the CLI hold clients only through it.
//
// Threading: a client lives in the thread that made it (a SessionPool worker, or the
// CLI's main thread) and is used only there; its callbacks run in that thread's event
// loop. Every execute() ends in exactly one callback: an answer, an error, or Cancelled.
class IpmiClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Logs in (LAN) or opens the device (local). Requests given before it completes wait.
    virtual void open(ipmi::OpenCallback done) = 0;
    virtual ipmi::RequestId execute(ipmi::Request request, ipmi::ResponseCallback done) = 0;
    virtual void cancel(ipmi::RequestId id) = 0; // the request fails with Cancelled
    virtual void close(std::function<void()> done = {}) = 0;
    virtual bool isOpen() const = 0;
    // Where the BMC is reached: "10.0.0.5:623", "[fe80::1]:623", "local".
    virtual QString location() const = 0;
};
