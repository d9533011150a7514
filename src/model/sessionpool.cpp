// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionpool.h"

#include "sessionworker.h"

#include <QHash>
#include <QPointer>

SessionPool::SessionPool(int threads, std::chrono::milliseconds idleClose, QObject *parent)
    : QObject(parent)
{
    threads = std::max(1, threads);
    m_workers.reserve(static_cast<std::size_t>(threads));
    for (int i = 0; i < threads; ++i) {
        Worker w;
        w.thread = std::make_unique<QThread>();
        w.thread->setObjectName(QStringLiteral("bmc-session-%1").arg(i));
        w.worker = new SessionWorker(idleClose, (MaxRunningOperations + threads - 1) / threads);
        w.worker->moveToThread(w.thread.get());
        QObject::connect(w.thread.get(), &QThread::finished, w.worker, &QObject::deleteLater);
        w.thread->start();
        m_workers.push_back(std::move(w));
    }
}

SessionPool::~SessionPool()
{
    for (Worker &w : m_workers) {
        w.thread->quit();
        w.thread->wait();
    }
}

SessionWorker *SessionPool::workerFor(const BmcEndpoint &endpoint) const
{
    return m_workers[indexFor(endpoint)].worker;
}

QThread *SessionPool::threadFor(const BmcEndpoint &endpoint) const
{
    return m_workers[indexFor(endpoint)].thread.get();
}

std::size_t SessionPool::indexFor(const BmcEndpoint &endpoint) const
{
    return qHash(endpoint.key()) % m_workers.size();
}

quint64 SessionPool::execute(const BmcEndpoint &endpoint, ipmi::Request request, QObject *context,
                             ipmi::ResponseCallback done)
{
    const quint64 ticket = m_nextTicket++;
    SessionWorker *worker = workerFor(endpoint);
    QMetaObject::invokeMethod(
        worker,
        [worker, endpoint, ticket, request = std::move(request), context = QPointer<QObject>(context),
         done = std::move(done)]() mutable {
            worker->execute(endpoint, ticket, std::move(request), context, std::move(done));
        },
        Qt::QueuedConnection);
    return ticket;
}

void SessionPool::open(const BmcEndpoint &endpoint, QObject *context, ipmi::OpenCallback done)
{
    SessionWorker *worker = workerFor(endpoint);
    QMetaObject::invokeMethod(
        worker,
        [worker, endpoint, context = QPointer<QObject>(context), done = std::move(done)]() mutable {
            worker->open(endpoint, context, std::move(done));
        },
        Qt::QueuedConnection);
}

quint64 SessionPool::run(const BmcEndpoint &endpoint,
                         std::shared_ptr<ipmi::op::OperationBase> operation, QObject *context,
                         ProgressCallback progress, FinishCallback finished)
{
    const quint64 ticket = m_nextTicket++;
    SessionWorker *worker = workerFor(endpoint);
    QMetaObject::invokeMethod(
        worker,
        [worker, endpoint, ticket, operation = std::move(operation),
         context = QPointer<QObject>(context), progress = std::move(progress),
         finished = std::move(finished)]() mutable {
            worker->run(endpoint, ticket, std::move(operation), context, std::move(progress),
                        std::move(finished));
        },
        Qt::QueuedConnection);
    return ticket;
}

void SessionPool::cancel(const BmcEndpoint &endpoint, quint64 ticket)
{
    SessionWorker *worker = workerFor(endpoint);
    QMetaObject::invokeMethod(worker, [worker, ticket] { worker->cancel(ticket); }, Qt::QueuedConnection);
}

void SessionPool::forget(const BmcEndpoint &endpoint)
{
    SessionWorker *worker = workerFor(endpoint);
    const QString key = endpoint.key();
    QMetaObject::invokeMethod(worker, [worker, key] { worker->forget(key); }, Qt::QueuedConnection);
}

void SessionPool::setLocalDeviceFactory(LocalClient::DeviceFactory factory)
{
    for (Worker &w : m_workers) {
        SessionWorker *worker = w.worker;
        QMetaObject::invokeMethod(
            worker, [worker, factory] { worker->setLocalDeviceFactory(factory); }, Qt::QueuedConnection);
    }
}
