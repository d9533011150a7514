// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bmc.h"
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include "ipmi/cmd/app.h"

#include <QSignalSpy>
#include <QTest>
#include <QScopeGuard>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace {

// Asks Get Device ID `count` times, one after the other; the result is how many answers
// carried the expected device id.
class RepeatDeviceId final : public ipmi::op::Operation<int>
{
public:
    explicit RepeatDeviceId(int count) : m_count(count) {}

    std::optional<ipmi::Request> nextRequest() override
    {
        if (m_error || m_done >= m_count)
            return std::nullopt;
        return ipmi::cmd::getDeviceIdRequest();
    }
    void onResponse(ipmi::Result<ipmi::Response> response) override
    {
        if (!response) {
            m_error = response.error();
            return;
        }
        m_good += ipmi::cmd::parseDeviceId(*response).ok();
        ++m_done;
        m_thread = QThread::currentThread();
    }
    ipmi::op::Progress progress() const override { return {std::size_t(m_done), std::size_t(m_count)}; }
    const char *description() const override { return "asking the device id"; }
    ipmi::Result<int> takeResult() override
    {
        if (m_error)
            return *m_error;
        return m_good;
    }
    QThread *thread() const { return m_thread; }

private:
    int m_count;
    int m_done = 0;
    int m_good = 0;
    std::optional<ipmi::Error> m_error;
    QThread *m_thread = nullptr;
};

} // namespace

// The session pool against two ipmi_sim BMCs: operations run to their end in a worker
// thread with progress in the caller's thread, can be cancelled, and two BMCs proceed at
// the same time while each BMC's requests keep their order.
class TestSessionPool final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture *m_bmcs = nullptr;

    BmcEndpoint endpoint(int index) const
    {
        const sim::SimBmc bmc = m_bmcs->bmc(index);
        const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
        ServerEntry entry;
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = admin.user;
        return Fleet::endpointFor(entry, {ipmi::SecretBytes(admin.password.toStdString()), {}});
    }

private slots:
    void initTestCase()
    {
        sim::IpmiSimOptions options;
        options.count = 2;
        m_bmcs = new sim::IpmiSimFixture(options, this);
        QVERIFY2(m_bmcs->start(), qPrintable(m_bmcs->errorString()));
    }

    // One worker per four cores, at least one; the running operations are shared out.
    void defaultsToAWorkerPerFourCores()
    {
        SessionPool pool;
        QCOMPARE(pool.threadCount(), std::max(1, QThread::idealThreadCount() / 4));
        QCOMPARE(pool.threadCount(), SessionPool::defaultThreadCount());
    }

    void operationRunsInAWorkerWithProgress()
    {
        SessionPool pool(2);
        Bmc bmc(endpoint(0), &pool);
        auto operation = std::make_shared<RepeatDeviceId>(50);
        std::optional<ipmi::Result<int>> outcome;
        QList<ipmi::op::Progress> steps;
        bmc.run<int>(operation, this, [&](ipmi::Result<int> result) { outcome = std::move(result); },
                     [&](ipmi::op::Progress progress) {
                         QCOMPARE(QThread::currentThread(), thread()); // progress arrives here
                         steps << progress;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(outcome->ok(), outcome->ok() ? "" : outcome->error().message.c_str());
        QCOMPARE(outcome->value(), 50);
        QVERIFY(operation->thread() != thread()); // the steps ran in a worker
        // Not one update per answer: the first, then at most every 100 ms, and the last
        // (fewer than 50 unless every answer took 100 ms).
        QTRY_VERIFY(!steps.isEmpty() && steps.last().done == 50);
        QVERIFY2(steps.size() < 50, qPrintable(QString::number(steps.size())));
        QCOMPARE(steps.first().done, std::size_t(1));
        for (qsizetype i = 1; i < steps.size(); ++i)
            QVERIFY(steps[i].done > steps[i - 1].done);
    }

    void cancelStopsAnOperation()
    {
        SessionPool pool(1);
        Bmc bmc(endpoint(0), &pool);
        auto operation = std::make_shared<RepeatDeviceId>(100000);
        std::optional<ipmi::Result<int>> outcome;
        int progressSeen = 0;
        const quint64 ticket = bmc.run<int>(
            operation, this, [&](ipmi::Result<int> result) { outcome = std::move(result); },
            [&](ipmi::op::Progress) { ++progressSeen; });
        QTRY_VERIFY_WITH_TIMEOUT(progressSeen >= 5, 20000);
        bmc.cancel(ticket);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ipmi::ErrorKind::Cancelled);
    }

    void droppedContextGetsNoCallback()
    {
        SessionPool pool(1);
        Bmc bmc(endpoint(0), &pool);
        auto *context = new QObject;
        bool called = false;
        bmc.run<int>(std::make_shared<RepeatDeviceId>(3), context, [&](ipmi::Result<int>) { called = true; });
        delete context;
        QTest::qWait(1500);
        QVERIFY(!called);
    }

    void twoBmcsProceedTogether_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one worker serves both") << 1;
        QTest::newRow("two workers") << 2;
    }
    void twoBmcsProceedTogether()
    {
        QFETCH(int, threads);
        SessionPool pool(threads);
        Bmc first(endpoint(0), &pool);
        Bmc second(endpoint(1), &pool);
        // Both sessions are logged in first, so what follows is requests only.
        {
            std::optional<ipmi::Result<int>> warmA;
            std::optional<ipmi::Result<int>> warmB;
            first.run<int>(std::make_shared<RepeatDeviceId>(1), this, [&](ipmi::Result<int> r) { warmA = std::move(r); });
            second.run<int>(std::make_shared<RepeatDeviceId>(1), this, [&](ipmi::Result<int> r) { warmB = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(warmA.has_value() && warmB.has_value(), 30000);
            QVERIFY(warmA->ok() && warmB->ok());
        }
        // The first BMC stops answering (its process is stopped, not killed): its
        // operation hangs on retransmissions for more than a second whatever the machine's
        // load. The second BMC's operation must not wait behind it.
        const qint64 stoppedPid = m_bmcs->bmc(0).pid;
        QCOMPARE(::kill(pid_t(stoppedPid), SIGSTOP), 0);
        const auto resume = qScopeGuard([stoppedPid] { ::kill(pid_t(stoppedPid), SIGCONT); });
        std::optional<ipmi::Result<int>> doneA;
        std::optional<ipmi::Result<int>> doneB;
        first.run<int>(std::make_shared<RepeatDeviceId>(3), this, [&](ipmi::Result<int> r) { doneA = std::move(r); });
        second.run<int>(std::make_shared<RepeatDeviceId>(5), this, [&](ipmi::Result<int> r) { doneB = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(doneA.has_value() || doneB.has_value(), 30000);
        QVERIFY2(doneB.has_value() && !doneA.has_value(), "the second BMC waited for the first one");
        QCOMPARE(doneB->value(), 5);
        ::kill(pid_t(stoppedPid), SIGCONT);
        // Whatever its retransmissions made of it, the first operation ends.
        QTRY_VERIFY_WITH_TIMEOUT(doneA.has_value(), 30000);
    }

    void callsToOneBmcKeepTheirOrder()
    {
        SessionPool pool(2);
        Bmc bmc(endpoint(0), &pool);
        QList<int> answered;
        for (int i = 0; i < 10; ++i) {
            bmc.call<ipmi::cmd::DeviceId>(ipmi::cmd::getDeviceIdRequest(), ipmi::cmd::parseDeviceId, this,
                                          [&answered, i](ipmi::Result<ipmi::cmd::DeviceId> result) {
                                              if (result)
                                                  answered << i;
                                          });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 10, 20000);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(answered[i], i);
    }
};

QTEST_GUILESS_MAIN(TestSessionPool)
#include "tst_sessionpool.moc"
