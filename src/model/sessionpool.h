// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmcendpoint.h"

#include "ipmi/core/error.h"
#include "ipmi/op/operation.h"
#include "ipmi/session/lansession.h"
#include "transport/localclient.h"

#include <QObject>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class SessionWorker;

// A fixed set of worker threads, each driving many BMC sessions. A BMC is always served
// by the same worker (chosen by its endpoint key), so its requests are serialized by its
// one LanSession while other BMCs proceed in parallel; sessions stay open between uses
// (the session keeps them alive) and close after idleClose without use.
//
// Session work waits on BMCs far more than it computes: one thread drives hundreds of
// sessions (a cold sweep of 500 BMCs keeps it half busy), and each more thread wakes up
// for fewer datagrams at a time. On 2 cores one worker swept 500 BMCs with a tenth less
// CPU than two, so the default is one worker per four cores.
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
    using ProgressCallback = std::function<void(ipmi::op::Progress)>;
    using FinishCallback = std::function<void(std::optional<ipmi::Error>)>;

    // Operations running at once in the whole pool, shared out among the workers; the
    // others wait their turn (as `-F 64` limits the CLI): 500 sweeps started together made
    // every simulated BMC answer late, and the retransmissions doubled their work.
    static constexpr int MaxRunningOperations = 64;
    static int defaultThreadCount() { return std::max(1, QThread::idealThreadCount() / 4); }

    explicit SessionPool(int threads = defaultThreadCount(),
                         std::chrono::milliseconds idleClose = std::chrono::minutes(5),
                         QObject *parent = nullptr);
    ~SessionPool() override;

    // Returns a ticket for cancel().
    quint64 execute(const BmcEndpoint &endpoint, ipmi::Request request, QObject *context,
                    ipmi::ResponseCallback done);
    void open(const BmcEndpoint &endpoint, QObject *context, ipmi::OpenCallback done);
    // Runs a multi-command operation in the BMC's worker, over its one session, so the
    // steps cost no thread hops. progress (may be empty; called after the first answer, then
    // at most every 100 ms, and when done reaches a known total) and finished run in context's
    // thread; finished gets nothing when the operation ran to its end, else why it
    // stopped. The operation is touched only by the worker until finished is called.
    quint64 run(const BmcEndpoint &endpoint, std::shared_ptr<ipmi::op::OperationBase> operation,
                QObject *context, ProgressCallback progress, FinishCallback finished);
    void cancel(const BmcEndpoint &endpoint, quint64 ticket);
    void forget(const BmcEndpoint &endpoint);
    // How local endpoints reach the kernel's IPMI device: the real one (LinuxIpmiDevice)
    // unless a factory is set; tests give a fake. Applies to local sessions opened after
    // the call; the factory is called in the worker threads.
    void setLocalDeviceFactory(LocalClient::DeviceFactory factory);
    int threadCount() const { return static_cast<int>(m_workers.size()); }
    // The worker thread that serves this endpoint: where a session of its own that the
    // pool does not drive (the SOL console's) lives too.
    QThread *threadFor(const BmcEndpoint &endpoint) const;

private:
    struct Worker
    {
        std::unique_ptr<QThread> thread;
        SessionWorker *worker = nullptr;
    };

    SessionWorker *workerFor(const BmcEndpoint &endpoint) const;
    std::size_t indexFor(const BmcEndpoint &endpoint) const;

    std::vector<Worker> m_workers;
    std::atomic<quint64> m_nextTicket{1};
};
