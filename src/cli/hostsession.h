// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"
#include "model/hostlist.h"
#include "model/sessionopener.h"

#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

// What one command produced for one host: the ipmitool-style text and the JSON value.
struct CommandOutput
{
    QString text; // lines, each ending in '\n'
    QJsonValue json;
    // Builds the JSON value when it is asked for (--json), for outputs whose JSON costs
    // as much as the sweep behind it (a table of every sensor); json stays empty then.
    std::function<QJsonValue()> makeJson = {};

    QJsonValue jsonValue() const { return makeJson ? makeJson() : json; }
};

using CommandResult = ipmi::Result<CommandOutput>;
using TaskDone = std::function<void(CommandResult)>;

// The conversation with one BMC, as commands see it. The runner gives each host its own
// session; tests give scripted ones. Callbacks run later from the event loop, never
// from inside the call.
class HostSession
{
public:

    virtual ~HostSession() = default;
    virtual void open(ipmi::OpenCallback done) = 0;
    virtual void execute(ipmi::Request request, ipmi::ResponseCallback done) = 0;
    virtual void close(std::function<void()> done) = 0;
    // Where the BMC is reached ("10.0.0.5:623", "local"): what caches of its data are
    // kept apart by, together with its identity.
    virtual QString location() const = 0;

    // For procedures that need more sessions to the same BMC (the audit's login probes,
    // the verified LAN change; HostSessionOpener): where and how this LAN session logs
    // in, and a new LAN session with other settings or to another address of the BMC.
    // Sessions that cannot (the local interface, scripted ones) have no login and open
    // nothing.
    using LanLogin = SessionOpener::LanLogin;
    virtual std::optional<LanLogin> lanLogin() const { return std::nullopt; }
    virtual std::unique_ptr<HostSession> openLanSession(const HostEndpoint &, ipmi::SessionConfig) const
    {
        return nullptr;
    }
};

// A prepared command: runs on one host and calls done exactly once. It is copied for
// every host, so it captures its parsed arguments by value.
using HostTask = std::function<void(HostSession &session, TaskDone done)>;

// Sends a request and parses the answer with parse (a function Response -> Result<T>).
// Any failure ends the task through done; a success goes on to next(value), or next()
// for Result<void>.
template<typename Parse, typename Next>
void exchange(HostSession &session, ipmi::Request request, Parse parse, TaskDone done, Next next)
{
    session.execute(std::move(request),
                    [parse = std::move(parse), done = std::move(done), next = std::move(next)](
                        ipmi::Result<ipmi::Response> response) mutable {
                        if (!response) {
                            done(response.error());
                            return;
                        }
                        auto parsed = parse(response.value());
                        if (!parsed) {
                            done(parsed.error());
                            return;
                        }
                        if constexpr (std::is_same_v<decltype(parsed), ipmi::Result<void>>)
                            next();
                        else
                            next(std::move(parsed).value());
                    });
}
