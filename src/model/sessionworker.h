// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmcendpoint.h"

#include "ipmi/core/error.h"
#include "ipmi/op/operation.h"
#include "ipmi/session/lansession.h"
#include "transport/localclient.h"
#include "learnedsuites.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

// Owns the clients of the BMCs assigned to one worker thread and runs their requests:
// a LanClient each, or for a local endpoint (BmcEndpoint::local) a LocalClient on the
// kernel's IPMI device, made by the local device factory (the real device unless tests
// set one). It learns the cipher suite of an automatic login from the client's opened().
//
// Threading contract: a SessionWorker lives in its worker thread; every public method is
// called there (SessionPool posts them with QMetaObject::invokeMethod). Result callbacks
// are posted back to the caller's context object with a queued call, so only plain values
// (ipmi::Result<...>) cross threads. A request whose context has been destroyed by then
// is dropped silently.
//
// Lifetime/teardown: the pool deletes the worker in its own thread (deleteLater before the
// thread quits); destroying a worker destroys its clients, which send a best-effort Close
// Session each.
class SessionWorker : public QObject
{
    Q_OBJECT

public:
    using ProgressCallback = std::function<void(ipmi::op::Progress)>;
    // Called once when the operation is over: with nothing when it ran to its end (its
    // result is then ready to take), or with why it was stopped (cancelled).
    using FinishCallback = std::function<void(std::optional<ipmi::Error>)>;

    SessionWorker(std::chrono::milliseconds idleClose, int maxRunning, QObject *parent = nullptr);
    ~SessionWorker() override;

    // ticket identifies the request for cancel(); chosen by the pool.
    void execute(const BmcEndpoint &endpoint, quint64 ticket, ipmi::Request request,
                 QPointer<QObject> context, ipmi::ResponseCallback done);
    void open(const BmcEndpoint &endpoint, QPointer<QObject> context, ipmi::OpenCallback done);
    // Drives a multi-command operation to its end in this thread, one request at a time.
    // At most maxRunning (see the constructor) run at once; later ones wait their turn in
    // order.
    void run(const BmcEndpoint &endpoint, quint64 ticket,
             std::shared_ptr<ipmi::op::OperationBase> operation, QPointer<QObject> context,
             ProgressCallback progress, FinishCallback finished);
    void cancel(quint64 ticket);
    void forget(const QString &endpointKey); // close and drop the session now
    void setLocalDeviceFactory(LocalClient::DeviceFactory factory) { m_localDevices = std::move(factory); }

private:
    struct Entry;
    struct Running;

    // key: endpoint.key(), which callers that run many requests compute once.
    const std::shared_ptr<Entry> &entryFor(const BmcEndpoint &endpoint, const QString &key);
    static ipmi::RequestId submit(Entry &entry, ipmi::Request request, ipmi::ResponseCallback done);
    static void answered(Entry &entry); // counts an answer for the entry's session
    void step(quint64 ticket);
    void start(quint64 ticket);
    void startWaiting(); // runs waiting operations while there is room
    void closeIdleSessions();

    std::chrono::milliseconds m_idleClose;
    int m_maxRunning; // operations started at once
    // Shared with the running operations that use them, so that an operation's requests
    // need no lookup by the (long) endpoint key; forget() marks an entry it drops.
    QHash<QString, std::shared_ptr<Entry>> m_clients;
    QHash<quint64, std::pair<std::shared_ptr<Entry>, ipmi::RequestId>> m_tickets; // of execute()
    QHash<quint64, Running *> m_running; // started or waiting
    std::deque<quint64> m_waiting;       // tickets not started yet, in order
    int m_started = 0;                   // operations of m_running that were started
    bool m_startingWaiting = false;
    QTimer *m_idleTimer;
    LocalClient::DeviceFactory m_localDevices;
    LearnedSuites m_learnedSuites;
};
