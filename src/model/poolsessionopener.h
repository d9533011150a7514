// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bmcendpoint.h"
#include "model/sessionopener.h"

#include <QHash>

class SessionPool;

// The desktop's (and the service's) SessionOpener: the own session is the pool's session
// of the BMC's endpoint; a private session is the pool's session of an isolated copy of
// it (BmcEndpoint::isolation, unique per opened session), so an open session of the
// same BMC can never stand in for it; closing one is SessionPool::forget.
//
// Threading: use from the thread of the context objects; the pool runs the sessions.
// The pool must outlive the opener.
class PoolSessionOpener final : public SessionOpener
{
public:
    PoolSessionOpener(SessionPool *pool, BmcEndpoint endpoint);
    ~PoolSessionOpener() override; // forgets the private sessions still open

    std::optional<LanLogin> lanLogin() const override;
    SessionId openSession(const QString &host, ipmi::SessionConfig config, QObject *context,
                          ipmi::OpenCallback done) override;
    void execute(SessionId session, std::shared_ptr<ipmi::op::OperationBase> operation, QObject *context,
                 FinishCallback done) override;
    void closeSession(SessionId session) override;
    void renewOwnSession() override;

private:
    SessionPool *m_pool;
    BmcEndpoint m_endpoint;
    QHash<SessionId, BmcEndpoint> m_private;
    SessionId m_nextId = OwnSession + 1;
};
