// SPDX-License-Identifier: GPL-3.0-or-later
// The session pool runs at most SessionPool::MaxRunningOperations operations at once
// (here on one worker); the others wait their turn in order, all of them finish, and a waiting one
// that is cancelled ends at once. A running operation is cancelled in the middle of a
// request, and one whose session is dropped (forget) carries on in a new session. Served
// by fake local BMCs (one per endpoint).
#include "model/bmcendpoint.h"
#include "model/sessionpool.h"
#include "model/sessionworker.h"

#include "fakeipmidevice.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace {

struct Concurrency
{
    std::atomic<int> running{0};
    std::atomic<int> most{0};
};

// Sends Get Device ID a few times; counts itself as running from its first request to
// its last answer.
class CountedOperation final : public ipmi::op::Operation<int>
{
public:
    CountedOperation(std::shared_ptr<Concurrency> concurrency, int requests)
        : m_concurrency(std::move(concurrency)), m_left(requests)
    {}

    std::optional<ipmi::Request> nextRequest() override
    {
        if (m_left == 0) {
            if (m_counted)
                --m_concurrency->running;
            m_counted = false;
            return std::nullopt;
        }
        if (!m_counted) {
            m_counted = true;
            const int now = ++m_concurrency->running;
            int most = m_concurrency->most;
            while (now > most && !m_concurrency->most.compare_exchange_weak(most, now)) {}
        }
        return ipmi::Request{0x06, 0x01, {}};
    }
    void onResponse(ipmi::Result<ipmi::Response> response) override
    {
        m_ok = m_ok && response.ok();
        m_answered += response.ok();
        --m_left;
    }
    ipmi::op::Progress progress() const override { return {std::size_t(m_answered), 0}; }
    int answered() const { return m_answered; } // once it has finished
    ipmi::Result<int> takeResult() override
    {
        if (!m_ok)
            return ipmi::makeError(ipmi::ErrorKind::MalformedResponse, "a request failed");
        return 0;
    }
    const char *description() const override { return "counting"; }

private:
    std::shared_ptr<Concurrency> m_concurrency;
    int m_left;
    bool m_counted = false;
    bool m_ok = true;
    int m_answered = 0;
};

BmcEndpoint localEndpoint(int index)
{
    BmcEndpoint endpoint;
    endpoint.local = true;
    endpoint.isolation = QString::number(index); // a session (and fake BMC) of its own
    return endpoint;
}

} // namespace

class TestSessionWorkerQueue final : public QObject
{
    Q_OBJECT

private slots:
    void operationsBeyondTheLimitWaitTheirTurn()
    {
        SessionPool pool(1);
        pool.setLocalDeviceFactory([] { return std::make_unique<fakelocal::FakeIpmiDevice>(fakelocal::unaddressedBmc()); });
        auto concurrency = std::make_shared<Concurrency>();
        const int count = 3 * SessionPool::MaxRunningOperations;
        std::vector<std::optional<std::optional<ipmi::Error>>> finished(count);
        std::vector<int> order;
        for (int i = 0; i < count; ++i) {
            pool.run(localEndpoint(i), std::make_shared<CountedOperation>(concurrency, 4), this, {},
                     [&, i](std::optional<ipmi::Error> stopped) {
                         finished[std::size_t(i)] = stopped;
                         order.push_back(i);
                     });
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(order.size()), count, 30000);
        for (const auto &outcome : finished)
            QVERIFY(outcome.has_value() && !outcome->has_value());
        QCOMPARE(concurrency->most.load(), SessionPool::MaxRunningOperations);
        QCOMPARE(concurrency->running.load(), 0);
        // The last to be let in cannot finish before the first ones did.
        QVERIFY(order.back() >= SessionPool::MaxRunningOperations);
    }

    // Two workers share the pool's limit: never more than it run at once.
    void workersShareTheLimit()
    {
        SessionPool pool(2);
        pool.setLocalDeviceFactory([] { return std::make_unique<fakelocal::FakeIpmiDevice>(fakelocal::unaddressedBmc()); });
        auto concurrency = std::make_shared<Concurrency>();
        const int count = 3 * SessionPool::MaxRunningOperations;
        int done = 0;
        for (int i = 0; i < count; ++i)
            pool.run(localEndpoint(i), std::make_shared<CountedOperation>(concurrency, 4), this, {},
                     [&](std::optional<ipmi::Error> stopped) { done += !stopped; });
        QTRY_COMPARE_WITH_TIMEOUT(done, count, 30000);
        QVERIFY2(concurrency->most.load() <= SessionPool::MaxRunningOperations,
                 qPrintable(QString::number(concurrency->most.load())));
        QVERIFY(concurrency->most.load() > SessionPool::MaxRunningOperations / 4);
    }

    void aWaitingOperationCancelledEndsAtOnce()
    {
        SessionPool pool(1);
        pool.setLocalDeviceFactory([] { return std::make_unique<fakelocal::FakeIpmiDevice>(fakelocal::unaddressedBmc()); });
        auto concurrency = std::make_shared<Concurrency>();
        int done = 0;
        for (int i = 0; i < SessionPool::MaxRunningOperations; ++i)
            pool.run(localEndpoint(i), std::make_shared<CountedOperation>(concurrency, 2000), this, {},
                     [&](std::optional<ipmi::Error>) { ++done; });
        const BmcEndpoint waiting = localEndpoint(1000);
        std::optional<std::optional<ipmi::Error>> outcome;
        int doneWhenCancelled = -1;
        const quint64 ticket = pool.run(waiting, std::make_shared<CountedOperation>(concurrency, 1), this, {},
                                        [&](std::optional<ipmi::Error> stopped) {
                                            outcome = stopped;
                                            doneWhenCancelled = done;
                                        });
        pool.cancel(waiting, ticket);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(outcome->has_value());
        QCOMPARE(outcome->value().kind, ipmi::ErrorKind::Cancelled);
        QVERIFY2(doneWhenCancelled < SessionPool::MaxRunningOperations, "it waited for the running ones to end");
        QTRY_COMPARE_WITH_TIMEOUT(done, SessionPool::MaxRunningOperations, 60000);
    }

    void aRunningOperationCancelledEndsWithItsRequest()
    {
        SessionPool pool(1);
        pool.setLocalDeviceFactory([] { return std::make_unique<fakelocal::FakeIpmiDevice>(fakelocal::unaddressedBmc()); });
        const BmcEndpoint endpoint = localEndpoint(0);
        std::optional<std::optional<ipmi::Error>> outcome;
        std::size_t answered = 0;
        const quint64 ticket = pool.run(
            endpoint, std::make_shared<CountedOperation>(std::make_shared<Concurrency>(), 1000000), this,
            [&](ipmi::op::Progress progress) { answered = progress.done; },
            [&](std::optional<ipmi::Error> stopped) { outcome = stopped; });
        QTRY_VERIFY_WITH_TIMEOUT(answered > 0, 10000);
        pool.cancel(endpoint, ticket);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(outcome->has_value());
        QCOMPARE(outcome->value().kind, ipmi::ErrorKind::Cancelled);
    }

    // A replaced password drops the BMC's session while an operation runs: its next
    // requests go to a new session, not to the one being closed.
    void aForgottenSessionIsReplacedForTheRestOfAnOperation()
    {
        SessionPool pool(1);
        auto devices = std::make_shared<std::atomic<int>>(0);
        pool.setLocalDeviceFactory([devices] {
            ++*devices;
            return std::make_unique<fakelocal::FakeIpmiDevice>(fakelocal::unaddressedBmc());
        });
        const BmcEndpoint endpoint = localEndpoint(0);
        constexpr int Requests = 20000;
        auto operation = std::make_shared<CountedOperation>(std::make_shared<Concurrency>(), Requests);
        std::optional<std::optional<ipmi::Error>> outcome;
        std::size_t progressed = 0;
        pool.run(endpoint, operation, this, [&](ipmi::op::Progress progress) { progressed = progress.done; },
                 [&](std::optional<ipmi::Error> stopped) { outcome = stopped; });
        QTRY_VERIFY_WITH_TIMEOUT(progressed > 0, 10000);
        pool.forget(endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY(!outcome->has_value());
        QCOMPARE(devices->load(), 2);
        // At most the request in flight when the session closed went unanswered.
        QVERIFY2(operation->answered() >= Requests - 1, qPrintable(QString::number(operation->answered())));
    }
};

QTEST_GUILESS_MAIN(TestSessionWorkerQueue)
#include "tst_sessionworkerqueue.moc"
