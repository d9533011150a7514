// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/hostlist.h"

#include "ipmi/core/error.h"
#include "ipmi/op/operation.h"
#include "ipmi/session/lansession.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// What a procedure of more than one session to the same BMC needs (the audit's login
// probes, the verified LAN change), from whoever holds the server's own session: the
// desktop's session pool (PoolSessionOpener) or the CLI's HostSession
// (HostSessionOpener). The procedures themselves (AuditDriver, SafeLanChangeDriver) are
// written once over this interface.
//
// Sessions are named by ids: OwnSession is the server's own one, every other id a
// private LAN session that openSession() made and only its caller uses.
//
// Callbacks run later from the event loop, in the thread of the context object given
// with the call (never null), never from inside the call; they are dropped once the
// context is gone.
// Sessions still open when the opener is destroyed are closed then.
class SessionOpener
{
public:
    using SessionId = quint64;
    static constexpr SessionId OwnSession = 0;
    using FinishCallback = std::function<void(std::optional<ipmi::Error>)>;

    // Where and how the own session logs in over LAN.
    struct LanLogin
    {
        HostEndpoint endpoint;
        ipmi::SessionConfig config; // as given, before a learned cipher suite applies
    };

    virtual ~SessionOpener() = default;

    // None for the local interface, which logs in without a session (and for sessions
    // that cannot open others).
    virtual std::optional<LanLogin> lanLogin() const = 0;

    // Opens a private LAN session at host (the login's port) with these settings; done
    // gets the login's outcome. The session stays until closeSession(), also after a
    // failed login.
    virtual SessionId openSession(const QString &host, ipmi::SessionConfig config, QObject *context,
                                  ipmi::OpenCallback done) = 0;
    // Runs a multi-command operation on a session, one request after another; done gets
    // nothing when it ran to its end, else why it stopped (the session could not be
    // opened, an unknown id).
    virtual void execute(SessionId session, std::shared_ptr<ipmi::op::OperationBase> operation, QObject *context,
                         FinishCallback done) = 0;
    // Closes a private session (Close Session is sent when it is open); the id is gone.
    virtual void closeSession(SessionId session) = 0;
    // The own session may point at an address the BMC left: the next use of OwnSession
    // logs in anew where the front end can, and the old one is closed.
    virtual void renewOwnSession() = 0;

    // execute() for an operation with a result: done gets takeResult(), or the error.
    template<typename T>
    void run(SessionId session, ipmi::op::OperationPtr<T> operation, QObject *context,
             std::function<void(ipmi::Result<T>)> done)
    {
        execute(session, operation, context, ipmi::op::deliverResult(operation, std::move(done)));
    }

protected:
    // What execute() on an id that is not (or no longer) open reports.
    static ipmi::Error closedSession()
    {
        return ipmi::makeError(ipmi::ErrorKind::InvalidArgument,
                               QCoreApplication::translate("SessionOpener", "That session was closed already.")
                                   .toStdString());
    }
};
