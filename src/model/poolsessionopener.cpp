// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/poolsessionopener.h"

#include "model/sessionpool.h"

#include <QTimer>
#include <QUuid>

PoolSessionOpener::PoolSessionOpener(SessionPool *pool, BmcEndpoint endpoint)
    : m_pool(pool), m_endpoint(std::move(endpoint))
{
}

PoolSessionOpener::~PoolSessionOpener()
{
    for (const BmcEndpoint &endpoint : std::as_const(m_private))
        m_pool->forget(endpoint);
}

std::optional<SessionOpener::LanLogin> PoolSessionOpener::lanLogin() const
{
    if (m_endpoint.local)
        return std::nullopt;
    return LanLogin{HostEndpoint{m_endpoint.host, m_endpoint.port}, m_endpoint.config};
}

SessionOpener::SessionId PoolSessionOpener::openSession(const QString &host, ipmi::SessionConfig config,
                                                        QObject *context, ipmi::OpenCallback done)
{
    const SessionId id = m_nextId++;
    BmcEndpoint endpoint = m_endpoint;
    endpoint.host = host;
    endpoint.config = std::move(config);
    // Unique across openers too: two procedures never share a private session.
    endpoint.isolation = QStringLiteral("private/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_private.insert(id, endpoint);
    m_pool->open(endpoint, context, std::move(done));
    return id;
}

void PoolSessionOpener::execute(SessionId session, std::shared_ptr<ipmi::op::OperationBase> operation,
                                QObject *context, FinishCallback done)
{
    if (session != OwnSession && !m_private.contains(session)) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(closedSession()); });
        return;
    }
    const BmcEndpoint &endpoint = session == OwnSession ? m_endpoint : m_private[session];
    m_pool->run(endpoint, std::move(operation), context, {}, std::move(done));
}

void PoolSessionOpener::closeSession(SessionId session)
{
    const auto found = m_private.constFind(session);
    if (found == m_private.cend())
        return;
    m_pool->forget(*found);
    m_private.erase(found);
}

void PoolSessionOpener::renewOwnSession()
{
    m_pool->forget(m_endpoint);
}
