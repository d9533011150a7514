// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmcendpoint.h"

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class SessionWorker;

// A fixed set of worker threads, each driving many BMC sessions. A BMC is always served
// by the same worker (chosen by its endpoint key), so its requests are serialized by its
// one LanSession while other BMCs proceed in parallel; sessions stay open between uses
// (the session keeps them alive) and close after idleClose without use.
//
// Threading contract: call from any thread. Callbacks run in the thread of the context
// object given with each call, never in a worker; if the context is destroyed first the
// callback is dropped.
//
// Lifetime/teardown: the destructor asks each worker to delete itself in its own thread,
// then quits and joins the threads. Pending callbacks are dropped.
class SessionPool : public QObject
{
    Q_OBJECT

public:
    using ResponseCallback = std::function<void(ipmi::Result<ipmi::Response>)>;
    using OpenCallback = std::function<void(ipmi::Result<ipmi::SessionInfo>)>;

    explicit SessionPool(int threads = QThread::idealThreadCount(),
                         std::chrono::milliseconds idleClose = std::chrono::minutes(5),
                         QObject *parent = nullptr);
    ~SessionPool() override;

    // Returns a ticket for cancel().
    quint64 execute(const BmcEndpoint &endpoint, ipmi::Request request, QObject *context,
                    ResponseCallback done);
    void open(const BmcEndpoint &endpoint, QObject *context, OpenCallback done);
    void cancel(const BmcEndpoint &endpoint, quint64 ticket);
    void forget(const BmcEndpoint &endpoint);
    int threadCount() const { return static_cast<int>(m_workers.size()); }

private:
    struct Worker
    {
        std::unique_ptr<QThread> thread;
        SessionWorker *worker = nullptr;
    };

    SessionWorker *workerFor(const BmcEndpoint &endpoint) const;

    std::vector<Worker> m_workers;
    std::atomic<quint64> m_nextTicket{1};
};
