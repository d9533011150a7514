// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionworker.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

struct SessionWorker::Entry
{
    IpmiClient *client = nullptr; // a LanClient, or a LocalClient for a local endpoint
    // Since the last use or answer: monotonic, so a wall-clock jump must not close or keep
    // sessions.
    QElapsedTimer sinceUse;
    int inFlight = 0;
    bool forgotten = false; // dropped by forget(): its client is closing, make a new one
};

struct SessionWorker::Running
{
    BmcEndpoint endpoint;
    QString key; // endpoint.key()
    std::shared_ptr<ipmi::op::OperationBase> operation;
    QPointer<QObject> context;
    ProgressCallback progress;
    FinishCallback finished;
    bool cancelled = false;
    QElapsedTimer sinceProgress = {}; // invalid until the first progress was posted
    bool started = false;
    std::shared_ptr<Entry> entry = {}; // the session its requests go to
    std::optional<ipmi::RequestId> inFlight = {}; // the request awaiting its answer
    quint64 submitted = 0; // requests sent so far
};

namespace {

constexpr qint64 ProgressIntervalMs = 100; // between two progress updates of an operation

// Runs fn in context's thread, or drops it when the context is gone.
template<typename Fn>
void postTo(const QPointer<QObject> &context, Fn fn)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context.data(),
        [context, fn = std::move(fn)]() mutable {
            if (context)
                fn();
        },
        Qt::QueuedConnection);
}

} // namespace

SessionWorker::SessionWorker(std::chrono::milliseconds idleClose, int maxRunning, QObject *parent)
    : QObject(parent), m_idleClose(idleClose), m_maxRunning(std::max(1, maxRunning)), m_idleTimer(new QTimer(this))
{
    m_idleTimer->setInterval(std::max<int>(1000, static_cast<int>(idleClose.count() / 4)));
    connect(m_idleTimer, &QTimer::timeout, this, &SessionWorker::closeIdleSessions);
    m_idleTimer->start();
}

SessionWorker::~SessionWorker()
{
    qDeleteAll(m_running);
    for (const std::shared_ptr<Entry> &entry : std::as_const(m_clients))
        delete entry->client;
    LearnedSuites::writePending(); // this thread's event loop will not write them any more
}

const std::shared_ptr<SessionWorker::Entry> &SessionWorker::entryFor(const BmcEndpoint &endpoint, const QString &key)
{
    auto found = m_clients.find(key);
    if (found == m_clients.end()) {
        auto entry = std::make_shared<Entry>();
        BmcEndpoint reached = endpoint;
        if (!endpoint.local)
            m_learnedSuites.apply(reached.config, endpoint.location());
        entry->client = reached.makeClient(m_localDevices, this);
        if (!endpoint.local) {
            // Every login says which suite an automatic one used (see LearnedSuites).
            ipmi::SessionConfig choice; // the version and cipher policy only
            choice.version = reached.config.version;
            choice.cipher = reached.config.cipher;
            connect(entry->client, &IpmiClient::opened, this,
                    [this, location = endpoint.location(), choice = std::move(choice)](const ipmi::SessionInfo &info) {
                        m_learnedSuites.learn(choice, location, info);
                    });
        }
        found = m_clients.insert(key, std::move(entry));
    }
    // A session about to be used is not idle, even before its first request is answered.
    (*found)->sinceUse.start();
    return *found;
}

ipmi::RequestId SessionWorker::submit(Entry &entry, ipmi::Request request, ipmi::ResponseCallback done)
{
    return entry.client->execute(std::move(request), std::move(done));
}

void SessionWorker::answered(Entry &entry)
{
    --entry.inFlight;
    entry.sinceUse.start();
}

void SessionWorker::execute(const BmcEndpoint &endpoint, quint64 ticket, ipmi::Request request,
                            QPointer<QObject> context, ipmi::ResponseCallback done)
{
    const std::shared_ptr<Entry> entry = entryFor(endpoint, endpoint.key());
    ++entry->inFlight;
    // In the table before submit(): an answer given at once (inside it) then finds it.
    m_tickets.insert(ticket, {entry, ipmi::RequestId{}});
    const ipmi::RequestId id = submit(
        *entry, std::move(request),
        [this, entry, ticket, context, done = std::move(done)](ipmi::Result<ipmi::Response> result) {
            m_tickets.remove(ticket);
            answered(*entry);
            postTo(context, [done, result = std::move(result)]() mutable { done(std::move(result)); });
        });
    if (const auto pending = m_tickets.find(ticket); pending != m_tickets.end())
        pending->second = id;
}

void SessionWorker::open(const BmcEndpoint &endpoint, QPointer<QObject> context, ipmi::OpenCallback done)
{
    const std::shared_ptr<Entry> &entry = entryFor(endpoint, endpoint.key());
    auto opened = [context, done = std::move(done)](ipmi::Result<ipmi::SessionInfo> result) {
        postTo(context, [done, result = std::move(result)]() mutable { done(std::move(result)); });
    };
    entry->client->open(std::move(opened));
}

void SessionWorker::run(const BmcEndpoint &endpoint, quint64 ticket,
                        std::shared_ptr<ipmi::op::OperationBase> operation,
                        QPointer<QObject> context, ProgressCallback progress,
                        FinishCallback finished)
{
    m_running.insert(ticket, new Running{endpoint, endpoint.key(), std::move(operation), std::move(context),
                                         std::move(progress), std::move(finished)});
    if (m_started < m_maxRunning && m_waiting.empty())
        start(ticket);
    else
        m_waiting.push_back(ticket);
}

void SessionWorker::start(quint64 ticket)
{
    Running *running = m_running.value(ticket);
    if (!running || running->started)
        return;
    running->started = true;
    ++m_started;
    step(ticket);
}

void SessionWorker::startWaiting()
{
    if (m_startingWaiting)
        return; // an operation that ended at once, inside the loop below
    m_startingWaiting = true;
    while (m_started < m_maxRunning && !m_waiting.empty()) {
        const quint64 ticket = m_waiting.front();
        m_waiting.pop_front();
        start(ticket);
    }
    m_startingWaiting = false;
}

void SessionWorker::step(quint64 ticket)
{
    Running *running = m_running.value(ticket);
    if (!running)
        return;
    std::optional<ipmi::Request> request;
    if (!running->cancelled && running->context)
        request = running->operation->nextRequest();
    if (!request) {
        m_running.remove(ticket);
        if (running->started)
            --m_started;
        std::optional<ipmi::Error> stopped;
        if (running->cancelled)
            stopped = ipmi::Error{ipmi::ErrorKind::Cancelled, "cancelled"};
        postTo(running->context, [finished = std::move(running->finished), stopped]() {
            finished(stopped);
        });
        delete running;
        startWaiting();
        return;
    }
    if (!running->entry || running->entry->forgotten)
        running->entry = entryFor(running->endpoint, running->key);
    Entry &entry = *running->entry;
    ++entry.inFlight;
    running->inFlight = ipmi::RequestId{};
    const quint64 submission = ++running->submitted;
    const ipmi::RequestId id = submit(
        entry, std::move(*request), [this, entry = running->entry, ticket](ipmi::Result<ipmi::Response> result) {
            answered(*entry);
            Running *current = m_running.value(ticket);
            if (!current)
                return;
            current->inFlight.reset();
            current->operation->onResponse(std::move(result));
            if (current->progress) {
                // A progress display wants a few updates a second, not one per answer: a
                // cold SDR read posted some 200 to the GUI thread per BMC.
                const ipmi::op::Progress now = current->operation->progress();
                const bool last = now.total > 0 && now.done >= now.total;
                if (last || !current->sinceProgress.isValid()
                    || current->sinceProgress.hasExpired(ProgressIntervalMs)) {
                    current->sinceProgress.start();
                    postTo(current->context, [progress = current->progress, now] { progress(now); });
                }
            }
            step(ticket);
        });
    // Unless it was answered at once, inside submit(), and the operation moved on.
    if (Running *current = m_running.value(ticket); current && current->submitted == submission)
        current->inFlight = id;
}

void SessionWorker::cancel(quint64 ticket)
{
    if (Running *running = m_running.value(ticket)) {
        running->cancelled = true;
        if (!running->started) { // ends now with Cancelled, without waiting its turn
            m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), ticket));
            start(ticket);
        } else if (running->inFlight && !running->entry->forgotten) {
            running->entry->client->cancel(*running->inFlight);
        }
        return;
    }
    const auto found = m_tickets.constFind(ticket);
    if (found != m_tickets.constEnd() && !found->first->forgotten)
        found->first->client->cancel(found->second);
}

void SessionWorker::forget(const QString &endpointKey)
{
    if (const std::shared_ptr<Entry> entry = m_clients.take(endpointKey)) {
        entry->forgotten = true;
        IpmiClient *client = entry->client;
        client->close([client] { client->deleteLater(); });
    }
}

void SessionWorker::closeIdleSessions()
{
    const QStringList keys = m_clients.keys();
    for (const QString &key : keys) {
        const Entry &entry = *m_clients.value(key);
        if (entry.inFlight == 0 && entry.sinceUse.hasExpired(m_idleClose.count()))
            forget(key);
    }
}
