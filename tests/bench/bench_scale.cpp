// SPDX-License-Identifier: GPL-3.0-or-later
// Scale (issue #5 item 7): one process polls a fleet of ipmi_sim BMCs every 2 s through
// the model layer (ServerRegistry + Fleet + SessionPool + Poller + SensorMonitor +
// HistoryService) for a fixed time; prints the CPU share, the sweep period and latency
// per server, resident memory at start and end, how late the main (GUI) thread's timers
// ran, and beside it FreeIPMI's ipmi-sensors --shared-sensors -F 64 (warm SDR cache, the
// same sensors) over the same BMCs, started every 2 s for the same wall time.
//   bench_scale [bmcs=100] [seconds=60]
#include "benchsupport.h"

#include "model/fleet.h"
#include "model/historyservice.h"
#include "model/poller.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cmath>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100;
    const int seconds = argc > 2 ? std::max(4, QByteArray(argv[2]).toInt()) : 60;
    constexpr int intervalMs = 2000;
    const QString ipmiSensors = bench::tool(QStringLiteral("ipmi-sensors"));

    sim::IpmiSimOptions options;
    options.count = count;
    sim::IpmiSimFixture sims(options);
    if (!sims.start(std::chrono::seconds(30 + count / 2))) {
        bench::printLine(QStringLiteral("ipmi_sim did not start: ") + sims.errorString());
        return 1;
    }
    const sim::Account admin = *sims.bmc(0).account(ipmi::Privilege::Administrator);
    std::vector<qint64> simPids;
    for (const sim::SimBmc &bmc : sims.bmcs())
        simPids.push_back(bmc.pid);
    QTemporaryDir work;
    const double rssBefore = bench::selfRssMiB();

    HistoryService history;
    {
        QEventLoop wait;
        QString error = QStringLiteral("no answer");
        history.open(work.filePath(QStringLiteral("history.db")), &app, [&](const QString &e) {
            error = e;
            wait.quit();
        });
        wait.exec();
        if (!error.isEmpty()) {
            bench::printLine(QStringLiteral("history: ") + error);
            return 1;
        }
    }
    ServerRegistry registry;
    SessionPool pool;
    Fleet fleet(&registry, &pool);
    ServerTreeModel tree(&registry);
    SensorMonitor monitor(&fleet, &history, work.filePath(QStringLiteral("sdr")));
    Poller poller(&fleet, &tree);
    poller.setInterval(std::chrono::milliseconds(intervalMs));
    poller.setSensorMonitor(&monitor);
    QStringList hostPorts;
    for (const sim::SimBmc &bmc : sims.bmcs()) {
        ServerEntry entry;
        entry.name = bmc.name;
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = admin.user;
        entry.cipherSuite = 3;
        const QUuid id = registry.addServer(entry);
        fleet.setCredentials(id, {ipmi::SecretBytes(admin.password.toStdString()), {}});
        hostPorts << bmc.host + QLatin1Char(':') + QString::number(bmc.port);
    }

    // Sweep ends per server; the first one includes the SDR load and is left out.
    QElapsedTimer clock;
    QHash<QUuid, std::vector<qint64>> sweeps;
    QObject::connect(&monitor, &SensorMonitor::sensorsUpdated, &app,
                     [&](const QUuid &server) { sweeps[server].push_back(clock.elapsed()); });
    // How late a 10 ms timer on the main thread fires: work done on it shows up here.
    std::vector<double> lateness;
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        lateness.push_back(std::max(0.0, double(tickClock.nsecsElapsed()) / 1e6 - 10.0));
        tickClock.restart();
    });

    // Warm-up: until every server has been swept once (SDR loaded), then measure.
    clock.start();
    poller.start();
    {
        QEventLoop wait;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &wait, [&] {
            if (sweeps.size() >= count || clock.elapsed() > 120000)
                wait.quit();
        });
        check.start(50);
        wait.exec();
    }
    const double warmupS = double(clock.elapsed()) / 1000.0;
    const double rssStart = bench::selfRssMiB();
    const qint64 measureFrom = clock.elapsed();
    const double cpuStart = bench::selfCpuMs();
    const double simCpuStart = bench::processesCpuMs(simPids);
    const bench::MachineCpu machineStart = bench::machineCpu();
    tickClock.start();
    ticker.start();
    // Resident memory sampled ten times over the run: a leak keeps climbing, warm-up levels off.
    std::vector<double> rssSamples;
    QTimer rssSampler;
    rssSampler.setInterval(seconds * 100);
    QObject::connect(&rssSampler, &QTimer::timeout, &app, [&] { rssSamples.push_back(bench::selfRssMiB()); });
    rssSampler.start();
    {
        QEventLoop wait;
        QTimer::singleShot(seconds * 1000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    ticker.stop();
    rssSampler.stop();
    const double cpuMs = bench::selfCpuMs() - cpuStart;
    const double simCpuMs = bench::processesCpuMs(simPids) - simCpuStart;
    const bench::MachineCpu machineEnd = bench::machineCpu();
    const double wallMs = double(clock.elapsed() - measureFrom);
    const double rssEnd = bench::selfRssMiB();
    poller.stop();

    std::vector<double> periods;
    int sweepCount = 0;
    int failing = 0;
    for (auto it = sweeps.cbegin(); it != sweeps.cend(); ++it) {
        const std::vector<qint64> &ends = it.value();
        for (std::size_t i = 1; i < ends.size(); ++i) {
            if (ends[i] < measureFrom)
                continue;
            ++sweepCount;
            periods.push_back(double(ends[i] - ends[i - 1]));
        }
        if (!monitor.problem(it.key()).isEmpty())
            ++failing;
    }
    const bench::Summary period = bench::summarise(periods);
    std::vector<double> latency;
    for (double p : periods)
        latency.push_back(std::max(0.0, p - intervalMs));
    const bench::Summary lat = bench::summarise(latency);
    const bench::Summary late = bench::summarise(lateness);

    bench::printLine(QStringLiteral("bench_scale: %1 ipmi_sim BMCs polled every %2 s for %3 s by one process "
                                    "(%4 pool threads; warm-up with SDR loads took %5 s)")
                         .arg(count).arg(intervalMs / 1000).arg(seconds).arg(pool.threadCount()).arg(warmupS, 0, 'f', 1));
    bench::printLine(QStringLiteral("bmcpilot: CPU %1 % of one core (%2 ms CPU in %3 s), %4 sweeps (%5 per s), %6 servers with a problem")
                         .arg(100.0 * cpuMs / wallMs, 0, 'f', 1).arg(cpuMs, 0, 'f', 0).arg(wallMs / 1000, 0, 'f', 1)
                         .arg(sweepCount).arg(double(sweepCount) / (wallMs / 1000), 0, 'f', 1).arg(failing));
    {
        // A poll period stretched by a machine with no CPU to spare is the testbed's, not
        // the client's: the simulators share the same cores.
        const double ticks = double(std::max<qint64>(1, machineEnd.total() - machineStart.total()));
        bench::printLine(QStringLiteral("machine: %1 CPUs %2 % busy, %3 % stolen by the hypervisor; "
                                        "the simulated BMCs used %4 % of one core")
                             .arg(QThread::idealThreadCount())
                             .arg(100.0 * double(machineEnd.busy - machineStart.busy) / ticks, 0, 'f', 1)
                             .arg(100.0 * double(machineEnd.steal - machineStart.steal) / ticks, 0, 'f', 1)
                             .arg(100.0 * simCpuMs / wallMs, 0, 'f', 1));
    }
    bench::printLine(QStringLiteral("bmcpilot: per-server sweep period median %1 ms, p95 %2 ms, max %3 ms "
                                    "(interval %4 ms +-10 % jitter, next poll is scheduled after the previous ends)")
                         .arg(period.median, 0, 'f', 0).arg(period.p95, 0, 'f', 0).arg(period.max, 0, 'f', 0).arg(intervalMs));
    bench::printLine(QStringLiteral("bmcpilot: per-server poll latency (period - interval; +-200 ms jitter) median %1 ms, p95 %2 ms")
                         .arg(lat.median, 0, 'f', 0).arg(lat.p95, 0, 'f', 0));
    QStringList rssSeries;
    for (double rss : rssSamples)
        rssSeries << QString::number(rss, 'f', 1);
    bench::printLine(QStringLiteral("bmcpilot: RSS before the stack %1 MiB, after warm-up %2 MiB, end %3 MiB")
                         .arg(rssBefore, 0, 'f', 1).arg(rssStart, 0, 'f', 1).arg(rssEnd, 0, 'f', 1));
    bench::printLine(QStringLiteral("bmcpilot: RSS every %1 s: %2 MiB").arg(seconds / 10.0, 0, 'f', 0).arg(rssSeries.join(QStringLiteral(", "))));
    if (rssSamples.size() >= 4) {
        // Growth over the second half of the run, per hour, as a leak would show it.
        const double half = rssSamples[rssSamples.size() / 2 - 1];
        const double growth = rssSamples.back() - half;
        const double halfSeconds = seconds / 10.0 * double(rssSamples.size() - rssSamples.size() / 2);
        bench::printLine(QStringLiteral("bmcpilot: RSS growth over the second half %1 MiB (%2 MiB per hour at that rate)")
                             .arg(growth, 0, 'f', 1).arg(growth * 3600.0 / halfSeconds, 0, 'f', 1));
    }
    bench::printLine(QStringLiteral("bmcpilot: main-thread 10 ms timer lateness median %1 ms, p95 %2 ms, max %3 ms")
                         .arg(late.median, 0, 'f', 2).arg(late.p95, 0, 'f', 2).arg(late.max, 0, 'f', 1));

    if (ipmiSensors.isEmpty())
        return 0;
    // FreeIPMI: one ipmi-sensors -F 64 over all BMCs every 2 s (or back to back when a run
    // takes longer), warm SDR cache, for the same wall time (at most 2 minutes: the long
    // runs are about memory, which the comparison does not need).
    const int referenceSeconds = std::min(seconds, 120);
    const QString cache = work.filePath(QStringLiteral("freeipmi"));
    QDir().mkpath(cache);
    const QStringList args = bench::ipmiSensorsCommand(
        ipmiSensors, hostPorts.join(QLatin1Char(',')), admin.user, admin.password, cache,
        {QStringLiteral("-F"), QStringLiteral("64"), QStringLiteral("--shared-sensors")});
    bench::run(args); // fills the cache
    std::vector<double> runs;
    double freeCpu = 0;
    int errors = 0;
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < qint64(referenceSeconds) * 1000) {
        const qint64 begun = total.elapsed();
        const bench::Measure m = bench::run(args);
        runs.push_back(m.wallMs);
        freeCpu += m.cpuMs;
        errors += m.exitCode != 0;
        const qint64 next = std::min(begun + intervalMs, qint64(referenceSeconds) * 1000);
        if (total.elapsed() < next)
            QThread::msleep(static_cast<unsigned long>(next - total.elapsed()));
    }
    const double freeWall = double(total.elapsed());
    const bench::Summary freeRun = bench::summarise(runs);
    bench::printLine(QStringLiteral("ipmi-sensors --shared-sensors -F 64 (warm cache): CPU %1 % of one core (%2 ms CPU in %3 s), %4 runs of all %5 BMCs "
                                    "(%6 sweeps, %7 per s), %8 runs with errors")
                         .arg(100.0 * freeCpu / freeWall, 0, 'f', 1).arg(freeCpu, 0, 'f', 0).arg(freeWall / 1000, 0, 'f', 1)
                         .arg(runs.size()).arg(count).arg(runs.size() * std::size_t(count))
                         .arg(double(runs.size()) * count / (freeWall / 1000), 0, 'f', 1).arg(errors));
    bench::printLine(QStringLiteral("ipmi-sensors --shared-sensors -F 64: one run over all BMCs median %1 ms, p95 %2 ms, max %3 ms")
                         .arg(freeRun.median, 0, 'f', 0).arg(freeRun.p95, 0, 'f', 0).arg(freeRun.max, 0, 'f', 0));
    bench::printLine(QStringLiteral("ratio CPU per sweep bmcpilot / ipmi-sensors: %1")
                         .arg((cpuMs / std::max(1, sweepCount)) / (freeCpu / std::max<double>(1, double(runs.size()) * count)), 0, 'f', 2));
    return 0;
}
