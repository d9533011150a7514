// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/lansession.h"

#include <QObject>
#include <QString>

#include <functional>

// The transport layer's one client interface: a conversation with one BMC, over the LAN
// (LanClient: RMCP or RMCP+ on a shared UDP socket) or through the local kernel driver
// (LocalClient). The model's session worker, the SOL client and the CLI hold clients
// only through it.
//
// Threading: a client lives in the thread that made it (a SessionPool worker, or the
// CLI's main thread) and is used only there; its callbacks run in that thread's event
// loop, and its signals are emitted there (connect from that thread: their arguments are
// not registered for queued delivery). Every execute() ends in exactly one callback: an
// answer, an error, or Cancelled.
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

    // Serial-over-LAN payloads (type 01h) inside the session, for SolClient. Only an IPMI
    // 2.0 (RMCP+) session carries them: solAvailable() fails with the sentence saying
    // why not (the local interface, an IPMI 1.5 session), and so does sendSolPayload().
    // Payloads that arrive go to the handler, one at a time; an empty function removes it.
    virtual ipmi::Result<void> solAvailable() const = 0;
    virtual ipmi::Result<void> sendSolPayload(ipmi::ByteView payload) = 0;
    virtual void setSolPayloadHandler(std::function<void(ipmi::Bytes)> handler) = 0;

signals:
    // A login succeeded (LAN), or the device opened (local): whether open() or a request
    // started it.
    void opened(const ipmi::SessionInfo &info);
    // The BMC dropped the session and the client logged in again on its own, re-sending
    // the request that was lost (LAN only). What was bound to the old session, such as an
    // active SOL payload, is gone.
    void loggedInAgain(const ipmi::SessionInfo &info);
    // The session could not be opened or was lost for good (the login refused, the BMC
    // silent, no device); the waiting open() and requests fail with the same error.
    void failed(const ipmi::Error &error);
};
