// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsessionopener.h"

#include "cli/operationtask.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace {

struct OpenerText
{
    Q_DECLARE_TR_FUNCTIONS(SessionOpener)
};

} // namespace

HostSessionOpener::HostSessionOpener(HostSession &own) : m_own(own) {}

HostSessionOpener::~HostSessionOpener()
{
    for (auto &entry : m_private)
        closeAndRelease(std::move(entry.second));
}

SessionOpener::SessionId HostSessionOpener::openSession(const QString &host, ipmi::SessionConfig config,
                                                        QObject *context, ipmi::OpenCallback done)
{
    const SessionId id = m_nextId++;
    std::shared_ptr<HostSession> session;
    if (const auto login = m_own.lanLogin())
        session = m_own.openLanSession(HostEndpoint{host, login->endpoint.port}, std::move(config));
    if (!session) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            const QString why = OpenerText::tr("Only a LAN session can open another session to the BMC.");
            done(ipmi::makeError(ipmi::ErrorKind::Unsupported, why.toStdString()));
        });
        return id;
    }
    m_private.emplace(id, session);
    // The callback holds no reference to its session: a session is released only by
    // closeAndRelease(), from the event loop.
    session->open(
        [context = QPointer<QObject>(context), done = std::move(done)](ipmi::Result<ipmi::SessionInfo> opened) {
            if (context)
                done(std::move(opened));
        });
    return id;
}

void HostSessionOpener::execute(SessionId session, std::shared_ptr<ipmi::op::OperationBase> operation,
                                QObject *context, FinishCallback done)
{
    std::weak_ptr<HostSession> target;
    if (session != OwnSession) {
        const auto found = m_private.find(session);
        if (found != m_private.end())
            target = found->second;
    }
    HostSession *own = session == OwnSession ? &m_own : nullptr;
    // Started from the event loop, so that even an operation that asks nothing answers later.
    QTimer::singleShot(0, context, [own, target, operation = std::move(operation), context = QPointer<QObject>(context),
                                    done = std::move(done)]() mutable {
        const std::shared_ptr<HostSession> held = target.lock();
        HostSession *running = own ? own : held.get();
        if (!running) {
            done(closedSession());
            return;
        }
        driveOperation(*running, std::move(operation), [context, done = std::move(done)] {
            if (context)
                done(std::nullopt);
        });
    });
}

void HostSessionOpener::closeSession(SessionId session)
{
    const auto found = m_private.find(session);
    if (found == m_private.end())
        return;
    closeAndRelease(std::move(found->second));
    m_private.erase(found);
}

void HostSessionOpener::closeAndRelease(std::shared_ptr<HostSession> session)
{
    // Closed from the event loop (the caller may be inside one of the session's own
    // callbacks), and released from it once Close Session has ended.
    QTimer::singleShot(0, QCoreApplication::instance(), [session = std::move(session)]() mutable {
        HostSession *closing = session.get();
        closing->close([session = std::move(session)]() mutable {
            QTimer::singleShot(0, QCoreApplication::instance(), [session = std::move(session)] {});
        });
    });
}
