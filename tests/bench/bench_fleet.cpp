// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet of ipmi_sim BMCs: wall time and CPU (user + system of the whole process tree)
// of one full sensor sweep of every BMC, by bmcpilot-cli (`sensor list` over all hosts),
// by the model's SensorMonitor over the SessionPool, by FreeIPMI's ipmi-sensors -F 64 and
// by ipmitool under xargs -P 16; cold (no session, no SDR cache) and warm (SDR cached).
//   bench_fleet [bmcs=100] [repetitions=3]
// Environment: BMCPILOT_CLI overrides the bmcpilot-cli to measure.
#include "benchsupport.h"
#include "libraryrunner.h"

#include "sim/ipmisimfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <functional>
#include <map>

namespace {

struct Case
{
    Case(QString name, std::function<bench::Measure(int)> run) : label(std::move(name)), once(std::move(run)) {}
    QString label;
    std::function<bench::Measure(int repetition)> once;
    std::vector<double> wall;
    std::vector<double> cpu;
    int failures = 0;
    QByteArray lastError;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100;
    const int repetitions = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const QString cli = qEnvironmentVariable("BMCPILOT_CLI", QStringLiteral(BMCPILOT_BINARY_DIR "/src/cli/bmcpilot-cli"));
    const QString ipmitool = bench::tool(QStringLiteral("ipmitool"));
    const QString ipmiSensors = bench::tool(QStringLiteral("ipmi-sensors"));

    sim::IpmiSimOptions options;
    options.count = count;
    sim::IpmiSimFixture sims(options);
    QElapsedTimer startTimer;
    startTimer.start();
    if (!sims.start(std::chrono::seconds(30 + count / 2))) {
        bench::printLine(QStringLiteral("ipmi_sim did not start: ") + sims.errorString());
        return 1;
    }
    const double startSeconds = double(startTimer.elapsed()) / 1000.0;
    const sim::Account admin = *sims.bmc(0).account(sim::Privilege::Administrator);
    QStringList hostPorts;
    QStringList ports;
    QList<LibraryRunner::Target> targets;
    double simRss = 0;
    for (const sim::SimBmc &bmc : sims.bmcs()) {
        hostPorts << bmc.host + QLatin1Char(':') + QString::number(bmc.port);
        ports << QString::number(bmc.port);
        targets.append({bmc.host, bmc.port});
        simRss += bench::processRssMiB(bmc.pid);
    }
    const QString host = sims.bmc(0).host;
    QTemporaryDir work;
    const QString portList = work.filePath(QStringLiteral("ports"));
    QFile portFile(portList);
    if (!portFile.open(QIODevice::WriteOnly))
        return 1;
    portFile.write(ports.join(QLatin1Char('\n')).toLatin1() + '\n');
    portFile.close();

    const QString cliWarm = work.filePath(QStringLiteral("cli-warm"));
    const QString freeipmiWarm = work.filePath(QStringLiteral("freeipmi-warm"));
    const QString dumps = work.filePath(QStringLiteral("ipmitool-dumps"));
    QDir().mkpath(freeipmiWarm);
    QDir().mkpath(dumps);
    const auto fresh = [&](const QString &what, int i) {
        const QString dir = work.filePath(QStringLiteral("%1-%2").arg(what).arg(i));
        QDir().mkpath(dir);
        return dir;
    };
    const QStringList cliArgs{cli, QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                              QStringLiteral("-H"), hostPorts.join(QLatin1Char(',')), QStringLiteral("-U"), admin.user,
                              QStringLiteral("-P"), admin.password, QStringLiteral("-F"), QStringLiteral("64"),
                              QStringLiteral("sensor"), QStringLiteral("list")};
    const auto cliEnv = [](const QString &cacheHome) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        return env;
    };
    const auto freeipmiArgs = [&](const QString &cacheDir) {
        return QStringList{ipmiSensors, QStringLiteral("-h"), hostPorts.join(QLatin1Char(',')), QStringLiteral("-u"),
                           admin.user, QStringLiteral("-p"), admin.password, QStringLiteral("--driver-type=LAN_2_0"),
                           QStringLiteral("-W"), QStringLiteral("opensesspriv"), QStringLiteral("-l"), QStringLiteral("ADMIN"),
                           QStringLiteral("-F"), QStringLiteral("64"), QStringLiteral("--sdr-cache-directory=") + cacheDir,
                           QStringLiteral("--quiet-cache")};
    };
    const QString ipmitoolBase = QStringLiteral("%1 -I lanplus -C 3 -H %2 -p {} -U %3 -P %4")
                                     .arg(ipmitool, host, admin.user, admin.password);
    const auto xargs = [&](const QString &command) {
        return QStringList{QStringLiteral("xargs -P 16 -I{} ") + ipmitoolBase + QLatin1Char(' ') + command +
                           QStringLiteral(" >/dev/null < ") + portList};
    };

    // Prime the warm caches once (and check every tool reaches every BMC).
    bench::run(cliArgs, cliEnv(cliWarm));
    if (!ipmiSensors.isEmpty())
        bench::run(freeipmiArgs(freeipmiWarm));
    if (!ipmitool.isEmpty())
        bench::run(xargs(QStringLiteral("sdr dump ") + dumps + QStringLiteral("/{}.sdr")), QProcessEnvironment::systemEnvironment(), true);
    LibraryRunner library(targets, admin.user, admin.password, work.filePath(QStringLiteral("lib-warm")));
    if (!library.prime())
        bench::printLine(QStringLiteral("library priming failed: ") + library.problem());

    std::vector<Case> cases;
    cases.push_back({QStringLiteral("bmcpilot-cli sensor list -F 64, cold"),
                     [&](int i) { return bench::run(cliArgs, cliEnv(fresh(QStringLiteral("cli"), i))); }});
    cases.push_back({QStringLiteral("bmcpilot-cli sensor list -F 64, warm SDR cache"),
                     [&](int) { return bench::run(cliArgs, cliEnv(cliWarm)); }});
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, cold"),
                     [&](int i) { return library.coldSweep(fresh(QStringLiteral("lib"), i)); }});
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, warm SDR cache"),
                     [&](int) { return library.cachedSweep(); }});
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, warm sessions"),
                     [&](int) { return library.warmSweep(); }});
    // The same right after a sweep: sessions used a moment ago (a poller's steady state).
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, warm sessions, back to back"),
                     [&](int) {
                         library.warmSweep();
                         return library.warmSweep();
                     }});
    if (!ipmiSensors.isEmpty()) {
        cases.push_back({QStringLiteral("ipmi-sensors -F 64, cold"),
                         [&](int i) { return bench::run(freeipmiArgs(fresh(QStringLiteral("fi"), i))); }});
        cases.push_back({QStringLiteral("ipmi-sensors -F 64, warm SDR cache"),
                         [&](int) { return bench::run(freeipmiArgs(freeipmiWarm)); }});
    }
    if (!ipmitool.isEmpty()) {
        cases.push_back({QStringLiteral("xargs -P 16 ipmitool sensor list, cold"),
                         [&](int) { return bench::run(xargs(QStringLiteral("sensor list")), QProcessEnvironment::systemEnvironment(), true); }});
        cases.push_back({QStringLiteral("xargs -P 16 ipmitool -S <dump> sensor list, warm"),
                         [&](int) {
                             const QString command = QStringLiteral("xargs -P 16 -I{} ") + ipmitool + QStringLiteral(" -S ") + dumps +
                                 QStringLiteral("/{}.sdr") + ipmitoolBase.mid(ipmitool.size()) +
                                 QStringLiteral(" sensor list >/dev/null < ") + portList;
                             return bench::run({command}, QProcessEnvironment::systemEnvironment(), true);
                         }});
    }

    bench::printLine(QStringLiteral("bench_fleet: %1 ipmi_sim BMCs (started in %2 s, %3 MiB resident in all, %4 MiB each), "
                                    "%5 repetitions, one sweep of all, median (min-max), CPU of the process tree")
                         .arg(count).arg(startSeconds, 0, 'f', 1).arg(simRss, 0, 'f', 0).arg(simRss / count, 0, 'f', 1)
                         .arg(repetitions));
    std::vector<double> warmLatencies;
    for (int i = 0; i < repetitions; ++i) {
        for (Case &c : cases) {
            const bench::Measure m = c.once(i);
            if (c.label.endsWith(QStringLiteral("back to back")))
                warmLatencies.insert(warmLatencies.end(), library.lastLatencies().begin(), library.lastLatencies().end());
            if (m.exitCode != 0) {
                ++c.failures;
                c.lastError = m.errorOutput.left(300);
            }
            c.wall.push_back(m.wallMs);
            c.cpu.push_back(m.cpuMs);
        }
    }
    std::map<QString, std::pair<double, double>> median;
    for (const Case &c : cases) {
        const bench::Summary wall = bench::summarise(c.wall);
        const bench::Summary cpu = bench::summarise(c.cpu);
        bench::printRow(c.label, wall, cpu);
        median[c.label] = {wall.median, cpu.median};
        if (c.failures)
            bench::printLine(QStringLiteral("  %1 runs reported errors (figures kept): %2").arg(c.failures)
                                 .arg(QString::fromLocal8Bit(c.lastError).simplified()));
    }
    const bench::Summary latency = bench::summarise(warmLatencies);
    bench::printLine(QStringLiteral("SensorMonitor warm sweep back to back, per-BMC completion: median %1 ms, p95 %2 ms, max %3 ms")
                         .arg(latency.median, 0, 'f', 1).arg(latency.p95, 0, 'f', 1).arg(latency.max, 0, 'f', 1));
    const auto compare = [&](const QString &ours, const QString &theirs, const char *target) {
        if (!median.count(ours) || !median.count(theirs))
            return;
        const double wallRatio = median[ours].first / median[theirs].first;
        const double cpuRatio = median[ours].second / median[theirs].second;
        bench::printRatio(ours + QStringLiteral(" / ") + theirs + QStringLiteral(" wall"), median[ours].first, median[theirs].first);
        bench::printRatio(ours + QStringLiteral(" / ") + theirs + QStringLiteral(" cpu"), median[ours].second, median[theirs].second);
        if (target)
            bench::printLine(QStringLiteral("  target %1: wall <= 0.5x %2, cpu <= 1.0x %3")
                                 .arg(QString::fromLatin1(target), wallRatio <= 0.5 ? QStringLiteral("met") : QStringLiteral("NOT met"),
                                      cpuRatio <= 1.0 ? QStringLiteral("met") : QStringLiteral("NOT met")));
    };
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, cold"), QStringLiteral("ipmi-sensors -F 64, cold"), "cold (CLI)");
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, warm SDR cache"), QStringLiteral("ipmi-sensors -F 64, warm SDR cache"), "warm (CLI)");
    compare(QStringLiteral("SensorMonitor + SessionPool, cold"), QStringLiteral("ipmi-sensors -F 64, cold"), "cold (model)");
    compare(QStringLiteral("SensorMonitor + SessionPool, warm SDR cache"), QStringLiteral("ipmi-sensors -F 64, warm SDR cache"), "warm (model, new sessions)");
    compare(QStringLiteral("SensorMonitor + SessionPool, warm sessions"), QStringLiteral("ipmi-sensors -F 64, warm SDR cache"), "warm (model, open sessions)");
    compare(QStringLiteral("SensorMonitor + SessionPool, warm sessions, back to back"), QStringLiteral("ipmi-sensors -F 64, warm SDR cache"), "warm (model, sessions just used)");
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, cold"), QStringLiteral("xargs -P 16 ipmitool sensor list, cold"), nullptr);
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, warm SDR cache"), QStringLiteral("xargs -P 16 ipmitool -S <dump> sensor list, warm"), nullptr);
    return 0;
}
