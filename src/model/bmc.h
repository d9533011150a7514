// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bmcendpoint.h"
#include "model/sessionpool.h"

#include <QObject>

#include <functional>

// One BMC as the GUI sees it: where it is, plus typed asynchronous calls that run on the
// session pool. Each call takes a request builder's output and the matching parser from
// src/ipmi/cmd, and delivers the parsed value (or the error sentence) to `done` in the
// context object's thread; it returns a ticket for cancel(). A local endpoint
// (BmcEndpoint::local) runs the same calls through the kernel's IPMI device.
//
// Threading contract: use from the thread the Bmc lives in; callbacks arrive there. The
// pool must outlive every Bmc that uses it.
class Bmc : public QObject
{
    Q_OBJECT

public:
    Bmc(BmcEndpoint endpoint, SessionPool *pool, QObject *parent = nullptr);
    ~Bmc() override;

    const BmcEndpoint &endpoint() const { return m_endpoint; }
    QString displayAddress() const; // "host" or "host:port", or words for the local BMC

    template<typename T>
    using Parser = std::function<ipmi::Result<T>(const ipmi::Response &)>;
    template<typename T>
    using Callback = std::function<void(ipmi::Result<T>)>;

    template<typename T>
    quint64 call(ipmi::Request request, Parser<T> parse, QObject *context, Callback<T> done)
    {
        return m_pool->execute(m_endpoint, std::move(request), context,
                               [parse = std::move(parse), done = std::move(done)](
                                   ipmi::Result<ipmi::Response> response) {
                                   if (!response)
                                       done(response.error());
                                   else
                                       done(parse(*response));
                               });
    }

    // Runs a multi-command operation (an SDR, SEL or FRU read, a sensor sweep) on the
    // pool; done gets its result, or the Cancelled error after cancel(ticket).
    template<typename T>
    quint64 run(std::shared_ptr<ipmi::op::Operation<T>> operation, QObject *context,
                Callback<T> done, SessionPool::ProgressCallback progress = {})
    {
        return m_pool->run(m_endpoint, operation, context, std::move(progress),
                           ipmi::op::deliverResult(operation, std::move(done)));
    }

    void open(QObject *context, ipmi::OpenCallback done);
    void cancel(quint64 ticket);

private:
    BmcEndpoint m_endpoint;
    SessionPool *m_pool;
};
