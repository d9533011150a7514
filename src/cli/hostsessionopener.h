// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "model/sessionopener.h"

#include <map>
#include <memory>

// The CLI's SessionOpener over a command's own HostSession: private sessions are the
// ones HostSession::openLanSession() makes (none for the local interface or a scripted
// session: opening one fails then). A session is closed and released from the event
// loop, never inside one of its own callbacks, and only once its Close Session ended.
//
// renewOwnSession() does nothing: the runner owns the command's session and closes it
// once the command is done.
//
// Threading: the CLI's one thread. The own session must outlive every call on it.
class HostSessionOpener final : public SessionOpener
{
public:
    explicit HostSessionOpener(HostSession &own);
    ~HostSessionOpener() override; // closes the private sessions still open

    std::optional<LanLogin> lanLogin() const override { return m_own.lanLogin(); }
    SessionId openSession(const QString &host, ipmi::SessionConfig config, QObject *context,
                          ipmi::OpenCallback done) override;
    void execute(SessionId session, std::shared_ptr<ipmi::op::OperationBase> operation, QObject *context,
                 FinishCallback done) override;
    void closeSession(SessionId session) override;
    void renewOwnSession() override {}

    // Private sessions opened and not closed yet (for tests).
    std::size_t openSessions() const { return m_private.size(); }

private:
    static void closeAndRelease(std::shared_ptr<HostSession> session);

    HostSession &m_own;
    std::map<SessionId, std::shared_ptr<HostSession>> m_private;
    SessionId m_nextId = OwnSession + 1;
};
