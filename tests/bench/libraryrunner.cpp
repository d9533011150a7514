// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrunner.h"

#include "model/fleet.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

struct LibraryRunner::Stack
{
    ServerRegistry registry;
    SessionPool pool;
    Fleet fleet{&registry, &pool};
    std::unique_ptr<SensorMonitor> monitor;
    QList<QUuid> servers;
};

LibraryRunner::LibraryRunner(QList<Target> targets, QString user, QString password, QString warmCacheDir,
                             std::optional<int> cipherSuite)
    : m_targets(std::move(targets)),
      m_user(std::move(user)),
      m_password(std::move(password)),
      m_warmCacheDir(std::move(warmCacheDir)),
      m_cipherSuite(cipherSuite)
{
    m_thread.setObjectName(QStringLiteral("model"));
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

LibraryRunner::~LibraryRunner()
{
    onStackThread([this] { m_warm.reset(); });
    m_thread.quit();
    m_thread.wait();
}

template<typename Fn>
void LibraryRunner::onStackThread(Fn fn)
{
    QMetaObject::invokeMethod(m_home, std::move(fn), Qt::BlockingQueuedConnection);
}

std::unique_ptr<LibraryRunner::Stack> LibraryRunner::makeStack(const QString &cacheDir) const
{
    // The pool's workers read the learned suites from here when they are made.
    qputenv("XDG_DATA_HOME", cacheDir.toLocal8Bit());
    auto stack = std::make_unique<Stack>();
    stack->monitor = std::make_unique<SensorMonitor>(&stack->fleet, nullptr, cacheDir);
    int n = 0;
    for (const Target &target : m_targets) {
        ServerEntry entry;
        entry.name = QStringLiteral("bmc-%1").arg(++n);
        entry.address = target.host;
        entry.port = target.port;
        entry.userName = m_user;
        entry.cipherSuite = m_cipherSuite;
        const QUuid id = stack->registry.addServer(entry);
        stack->fleet.setCredentials(id, {ipmi::SecretBytes(m_password.toStdString()), {}});
        stack->servers.append(id);
    }
    return stack;
}

bench::Measure LibraryRunner::sweepAll(Stack &stack)
{
    bench::Measure measure;
    m_latencies.assign(std::size_t(stack.servers.size()), 0.0);
    QEventLoop loop;
    QElapsedTimer timer;
    int pending = int(stack.servers.size());
    int failed = 0;
    const double cpuBefore = bench::selfCpuMs();
    const QMap<QString, bench::ThreadCpu> threadsBefore = bench::threadCpuMs();
    timer.start();
    for (int i = 0; i < stack.servers.size(); ++i) {
        stack.monitor->sweep(stack.servers[i], [&, i](ipmi::Result<ServerStatus::Health> result) {
            m_latencies[std::size_t(i)] = double(timer.nsecsElapsed()) / 1e6;
            if (!result) {
                ++failed;
                m_problem = QString::fromStdString(result.error().message);
            }
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    measure.wallMs = double(timer.nsecsElapsed()) / 1e6;
    measure.cpuMs = bench::selfCpuMs() - cpuBefore;
    m_threadCpu = bench::threadCpuDifference(threadsBefore, bench::threadCpuMs());
    measure.exitCode = pending == 0 && failed == 0 ? 0 : 1;
    if (pending > 0)
        m_problem = QStringLiteral("%1 sweeps did not finish").arg(pending);
    measure.errorOutput = m_problem.toLocal8Bit();
    return measure;
}

bool LibraryRunner::prime()
{
    bool ok = false;
    onStackThread([&] {
        m_warm = makeStack(m_warmCacheDir);
        ok = sweepAll(*m_warm).exitCode == 0;
    });
    return ok;
}

bench::Measure LibraryRunner::coldSweep(const QString &cacheDir)
{
    bench::Measure measure;
    onStackThread([&] {
        auto stack = makeStack(cacheDir);
        measure = sweepAll(*stack);
    });
    return measure;
}

bench::Measure LibraryRunner::cachedSweep()
{
    bench::Measure measure;
    onStackThread([&] {
        auto stack = makeStack(m_warmCacheDir);
        measure = sweepAll(*stack);
    });
    return measure;
}

bench::Measure LibraryRunner::warmSweep()
{
    bench::Measure measure;
    onStackThread([&] { measure = sweepAll(*m_warm); });
    return measure;
}
