// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet of ipmi_sim BMCs: wall time and CPU (user + system of the whole process tree)
// of one full sensor sweep of every BMC, by bmcpilot-cli (`sdr list` and `sensor list`
// over all hosts), by the model's SensorMonitor over the SessionPool, by FreeIPMI's
// ipmi-sensors -F 64 and by ipmitool under xargs -P 16; cold (no session, no SDR cache)
// and warm (SDR cached). Beside each: the CPU the simulated BMCs spent meanwhile and the
// UDP datagrams exchanged, which show how much work each tool asks of the BMCs. Also the
// command lines as a user types them: bmcpilot-cli without -I and -C (the cipher suite
// negotiated on a cold run, the learned one on a warm run) and ipmi-sensors with its
// default driver; and a timeline of one warm sweep that shows where its wall time goes.
//   bench_fleet [bmcs=100] [repetitions=3] [profiles=r2u,b2u]
// The BMCs take the profiles in turn: by default half are the project's own rack server
// (86 sensors, full and compact records, 8-bit names) and half a blade whose 76 sensors
// are all in full records with 6-bit packed names.
// Environment: BMCPILOT_CLI overrides the bmcpilot-cli to measure; BENCH_CASES, a regular
// expression, keeps only the cases whose label it matches; BENCH_HOLD=<file> starts the
// BMCs, writes "-H <hosts> -U <user> -P <password>" to the file and, instead of measuring,
// waits until the file is removed (for profiling a command line by hand).
#include "benchsupport.h"
#include "libraryrunner.h"

#include "demo/ipmisimfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

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
    std::vector<double> bmcCpu;
    std::vector<double> datagrams;
    qint64 bufferDrops = 0;
    int failures = 0;
    QByteArray lastError;
    std::function<QString()> detail; // asked after each run, printed under the row
    QStringList details;
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
    options.profiles = QString::fromLocal8Bit(argc > 3 ? argv[3] : "r2u,b2u").split(QLatin1Char(','));
    sim::IpmiSimFixture sims(options);
    QElapsedTimer startTimer;
    startTimer.start();
    if (!sims.start(std::chrono::seconds(30 + count / 2))) {
        bench::printLine(QStringLiteral("ipmi_sim did not start: ") + sims.errorString());
        return 1;
    }
    const double startSeconds = double(startTimer.elapsed()) / 1000.0;
    const sim::Account admin = *sims.bmc(0).account(ipmi::Privilege::Administrator);
    QStringList hostPorts;
    QStringList ports;
    QList<LibraryRunner::Target> targets;
    double simRss = 0;
    std::vector<qint64> simPids;
    for (const sim::SimBmc &bmc : sims.bmcs()) {
        simPids.push_back(bmc.pid);
        hostPorts << bmc.host + QLatin1Char(':') + QString::number(bmc.port);
        ports << QString::number(bmc.port);
        targets.append({bmc.host, bmc.port});
        simRss += bench::processRssMiB(bmc.pid);
    }
    if (const QString hold = qEnvironmentVariable("BENCH_HOLD"); !hold.isEmpty()) {
        QFile file(hold);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QStringLiteral("-H %1 -U %2 -P %3\n").arg(hostPorts.join(QLatin1Char(',')), admin.user, admin.password).toUtf8());
        file.close();
        while (QFile::exists(hold))
            QThread::msleep(200);
        return 0;
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
    const auto cliArgs = [&](const QString &command) {
        return QStringList{cli, QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                           QStringLiteral("-H"), hostPorts.join(QLatin1Char(',')), QStringLiteral("-U"), admin.user,
                           QStringLiteral("-P"), admin.password, QStringLiteral("-F"), QStringLiteral("64")} +
            command.split(QLatin1Char(' '));
    };
    const auto cliEnv = [](const QString &cacheHome, const QString &dataHome = {}, const QString &timeline = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        if (!dataHome.isEmpty()) // learned cipher suites live here
            env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        if (!timeline.isEmpty())
            env.insert(QStringLiteral("BMCPILOT_TIMELINE"), timeline);
        return env;
    };
    // What a user types: no interface, no cipher suite.
    const auto cliDefaultArgs = [&](const QString &command) {
        return QStringList{cli, QStringLiteral("-H"), hostPorts.join(QLatin1Char(',')), QStringLiteral("-U"), admin.user,
                           QStringLiteral("-P"), admin.password, QStringLiteral("-F"), QStringLiteral("64")} +
            command.split(QLatin1Char(' '));
    };
    const QString cliWarmDefaults = work.filePath(QStringLiteral("cli-warm-defaults"));
    // --shared-sensors: the same table as ours (see bench::ipmiSensorsCommand);
    // --output-sensor-thresholds adds Get Sensor Thresholds, as `sensor list` does.
    const auto freeipmiArgs = [&](const QString &cacheDir, const QStringList &extra) {
        return bench::ipmiSensorsCommand(ipmiSensors, hostPorts.join(QLatin1Char(',')), admin.user, admin.password,
                                         cacheDir, QStringList{QStringLiteral("-F"), QStringLiteral("64")} + extra);
    };
    // FreeIPMI's default driver (IPMI 1.5 LAN), as ipmi-sensors runs without --driver-type.
    const auto freeipmiDefaultArgs = [&](const QString &cacheDir, const QStringList &extra) {
        QStringList args = freeipmiArgs(cacheDir, extra);
        args.removeAll(QStringLiteral("--driver-type=LAN_2_0"));
        return args;
    };
    const QString freeipmiWarmDefaults = work.filePath(QStringLiteral("freeipmi-warm-defaults"));
    QDir().mkpath(freeipmiWarmDefaults);
    const QStringList allSensors{QStringLiteral("--shared-sensors")};
    const QStringList withThresholds{QStringLiteral("--shared-sensors"), QStringLiteral("--output-sensor-thresholds")};
    const QString ipmitoolBase = QStringLiteral("%1 -I lanplus -C 3 -H %2 -p {} -U %3 -P %4")
                                     .arg(ipmitool, host, admin.user, admin.password);
    const auto xargs = [&](const QString &command) {
        return QStringList{QStringLiteral("xargs -P 16 -I{} ") + ipmitoolBase + QLatin1Char(' ') + command +
                           QStringLiteral(" >/dev/null < ") + portList};
    };

    // Prime the warm caches once (and check every tool reaches every BMC).
    bench::run(cliArgs(QStringLiteral("sdr list")), cliEnv(cliWarm));
    bench::run(cliDefaultArgs(QStringLiteral("sdr list")), cliEnv(cliWarmDefaults, cliWarmDefaults));
    if (!ipmiSensors.isEmpty()) {
        bench::run(freeipmiArgs(freeipmiWarm, allSensors));
        bench::run(freeipmiDefaultArgs(freeipmiWarmDefaults, allSensors));
    }
    if (!ipmitool.isEmpty())
        bench::run(xargs(QStringLiteral("sdr dump ") + dumps + QStringLiteral("/{}.sdr")), QProcessEnvironment::systemEnvironment(), true);
    // The cipher suite left automatic, as a server added in the desktop has it.
    LibraryRunner library(targets, admin.user, admin.password, work.filePath(QStringLiteral("lib-warm")), std::nullopt);
    if (!library.prime())
        bench::printLine(QStringLiteral("library priming failed: ") + library.problem());

    std::vector<Case> cases;
    for (const QString &command : {QStringLiteral("sdr list"), QStringLiteral("sensor list")}) {
        cases.push_back({QStringLiteral("bmcpilot-cli %1 -F 64, cold").arg(command),
                         [&, command](int i) { return bench::run(cliArgs(command), cliEnv(fresh(QStringLiteral("cli-") + command.section(QLatin1Char(' '), 0, 0), i))); }});
        cases.push_back({QStringLiteral("bmcpilot-cli %1 -F 64, warm SDR cache").arg(command),
                         [&, command](int) { return bench::run(cliArgs(command), cliEnv(cliWarm)); }});
    }
    for (const QString &command : {QStringLiteral("sdr list"), QStringLiteral("sensor list")}) {
        cases.push_back({QStringLiteral("bmcpilot-cli %1 -F 64, no -C, cold").arg(command),
                         [&, command](int i) {
                             const QString home = fresh(QStringLiteral("cli-defaults-") + command.section(QLatin1Char(' '), 0, 0), i);
                             return bench::run(cliDefaultArgs(command), cliEnv(home, home));
                         }});
        cases.push_back({QStringLiteral("bmcpilot-cli %1 -F 64, no -C, warm").arg(command),
                         [&, command](int) { return bench::run(cliDefaultArgs(command), cliEnv(cliWarmDefaults, cliWarmDefaults)); }});
    }
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, cold"),
                     [&](int i) { return library.coldSweep(fresh(QStringLiteral("lib"), i)); }});
    cases.back().detail = [&] { return library.lastThreadCpu(); };
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, warm SDR cache"),
                     [&](int) { return library.cachedSweep(); }});
    cases.back().detail = [&] { return library.lastThreadCpu(); };
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, warm sessions"),
                     [&](int) { return library.warmSweep(); }});
    // The same right after a sweep: sessions used a moment ago (a poller's steady state).
    cases.push_back({QStringLiteral("SensorMonitor + SessionPool, warm sessions, back to back"),
                     [&](int) {
                         library.warmSweep();
                         return library.warmSweep();
                     }});
    if (!ipmiSensors.isEmpty()) {
        cases.push_back({QStringLiteral("ipmi-sensors --shared-sensors -F 64, cold"),
                         [&](int i) { return bench::run(freeipmiArgs(fresh(QStringLiteral("fi"), i), allSensors)); }});
        cases.push_back({QStringLiteral("ipmi-sensors --shared-sensors -F 64, warm SDR cache"),
                         [&](int) { return bench::run(freeipmiArgs(freeipmiWarm, allSensors)); }});
        cases.push_back({QStringLiteral("ipmi-sensors --shared-sensors --output-sensor-thresholds, cold"),
                         [&](int i) { return bench::run(freeipmiArgs(fresh(QStringLiteral("fit"), i), withThresholds)); }});
        cases.push_back({QStringLiteral("ipmi-sensors --shared-sensors --output-sensor-thresholds, warm"),
                         [&](int) { return bench::run(freeipmiArgs(freeipmiWarm, withThresholds)); }});
        cases.push_back({QStringLiteral("ipmi-sensors default driver --shared-sensors, cold"),
                         [&](int i) { return bench::run(freeipmiDefaultArgs(fresh(QStringLiteral("fid"), i), allSensors)); }});
        cases.push_back({QStringLiteral("ipmi-sensors default driver --shared-sensors, warm"),
                         [&](int) { return bench::run(freeipmiDefaultArgs(freeipmiWarmDefaults, allSensors)); }});
        cases.push_back({QStringLiteral("ipmi-sensors default driver --output-sensor-thresholds, cold"),
                         [&](int i) { return bench::run(freeipmiDefaultArgs(fresh(QStringLiteral("fidt"), i), withThresholds)); }});
        cases.push_back({QStringLiteral("ipmi-sensors default driver --output-sensor-thresholds, warm"),
                         [&](int) { return bench::run(freeipmiDefaultArgs(freeipmiWarmDefaults, withThresholds)); }});
        cases.push_back({QStringLiteral("ipmi-sensors -F 64 (shared sensors left out), warm"),
                         [&](int) { return bench::run(freeipmiArgs(freeipmiWarm, {})); }});
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

    if (const QString only = qEnvironmentVariable("BENCH_CASES"); !only.isEmpty()) {
        const QRegularExpression keep(only);
        std::erase_if(cases, [&](const Case &c) { return !keep.match(c.label).hasMatch(); });
    }
    bench::printLine(QStringLiteral("bench_fleet: %1 ipmi_sim BMCs of the profiles %2").arg(count).arg(options.profiles.join(QStringLiteral(", "))));
    bench::printLine(QStringLiteral("bench_fleet: %1 ipmi_sim BMCs (started in %2 s, %3 MiB resident in all, %4 MiB each), "
                                    "%5 repetitions, one sweep of all, median (min-max), CPU of the process tree, "
                                    "CPU of the simulated BMCs meanwhile")
                         .arg(count).arg(startSeconds, 0, 'f', 1).arg(simRss, 0, 'f', 0).arg(simRss / count, 0, 'f', 1)
                         .arg(repetitions));
    {
        // What the simulators cost with no client at all, for reading the "bmcs" column.
        const double before = bench::processesCpuMs(simPids);
        QThread::msleep(2000);
        bench::printLine(QStringLiteral("simulated BMCs idle: %1 ms CPU per second")
                             .arg((bench::processesCpuMs(simPids) - before) / 2.0, 0, 'f', 1));
    }
    std::vector<double> warmLatencies;
    for (int i = 0; i < repetitions; ++i) {
        for (Case &c : cases) {
            const double bmcCpuBefore = bench::processesCpuMs(simPids);
            const bench::UdpCounters udpBefore = bench::udpCounters();
            const bench::Measure m = c.once(i);
            const bench::UdpCounters udpAfter = bench::udpCounters();
            c.bmcCpu.push_back(bench::processesCpuMs(simPids) - bmcCpuBefore);
            c.datagrams.push_back(double(udpAfter.received - udpBefore.received));
            c.bufferDrops += udpAfter.bufferDrops - udpBefore.bufferDrops;
            if (c.label.endsWith(QStringLiteral("back to back")))
                warmLatencies.insert(warmLatencies.end(), library.lastLatencies().begin(), library.lastLatencies().end());
            if (m.exitCode != 0) {
                ++c.failures;
                c.lastError = m.errorOutput.left(300);
            }
            c.wall.push_back(m.wallMs);
            c.cpu.push_back(m.cpuMs);
            if (c.detail)
                c.details << c.detail();
        }
    }
    std::map<QString, std::pair<double, double>> median;
    for (const Case &c : cases) {
        const bench::Summary wall = bench::summarise(c.wall);
        const bench::Summary cpu = bench::summarise(c.cpu);
        const bench::Summary bmcCpu = bench::summarise(c.bmcCpu);
        bench::printRow(c.label, wall, cpu, &bmcCpu);
        bench::printLine(QStringLiteral("  UDP datagrams per run: median %1; dropped for full receive buffers: %2 in all")
                             .arg(bench::summarise(c.datagrams).median, 0, 'f', 0).arg(c.bufferDrops));
        median[c.label] = {wall.median, cpu.median};
        if (!c.details.isEmpty())
            bench::printLine(QStringLiteral("  CPU ms by thread, each run: ") + c.details.join(QStringLiteral("; ")));
        if (c.failures)
            bench::printLine(QStringLiteral("  %1 runs reported errors (figures kept): %2").arg(c.failures)
                                 .arg(QString::fromLocal8Bit(c.lastError).simplified()));
    }
    const bench::Summary latency = bench::summarise(warmLatencies);
    bench::printLine(QStringLiteral("SensorMonitor warm sweep back to back, per-BMC completion: median %1 ms, p95 %2 ms, max %3 ms")
                         .arg(latency.median, 0, 'f', 1).arg(latency.p95, 0, 'f', 1).arg(latency.max, 0, 'f', 1));
    const auto compare = [&](const QString &ours, const QString &theirs, const char *target, double cpuTarget = 1.0) {
        if (!median.count(ours) || !median.count(theirs))
            return;
        const double wallRatio = median[ours].first / median[theirs].first;
        const double cpuRatio = median[ours].second / median[theirs].second;
        bench::printRatio(ours + QStringLiteral(" / ") + theirs + QStringLiteral(" wall"), median[ours].first, median[theirs].first);
        bench::printRatio(ours + QStringLiteral(" / ") + theirs + QStringLiteral(" cpu"), median[ours].second, median[theirs].second);
        if (target)
            bench::printLine(QStringLiteral("  target %1: wall <= 0.5x %2, cpu <= %3x %4")
                                 .arg(QString::fromLatin1(target), wallRatio <= 0.5 ? QStringLiteral("met") : QStringLiteral("NOT met"))
                                 .arg(cpuTarget, 0, 'f', 1)
                                 .arg(cpuRatio <= cpuTarget ? QStringLiteral("met") : QStringLiteral("NOT met")));
    };
    const QString fiCold = QStringLiteral("ipmi-sensors --shared-sensors -F 64, cold");
    const QString fiWarm = QStringLiteral("ipmi-sensors --shared-sensors -F 64, warm SDR cache");
    const QString fiThresholdsCold = QStringLiteral("ipmi-sensors --shared-sensors --output-sensor-thresholds, cold");
    const QString fiThresholdsWarm = QStringLiteral("ipmi-sensors --shared-sensors --output-sensor-thresholds, warm");
    compare(QStringLiteral("bmcpilot-cli sdr list -F 64, cold"), fiCold, "cold (CLI sdr list)");
    compare(QStringLiteral("bmcpilot-cli sdr list -F 64, warm SDR cache"), fiWarm, "warm (CLI sdr list)");
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, cold"), fiThresholdsCold, "cold (CLI sensor list)");
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, warm SDR cache"), fiThresholdsWarm, "warm (CLI sensor list)");
    compare(QStringLiteral("SensorMonitor + SessionPool, cold"), fiCold, "cold (model)");
    compare(QStringLiteral("SensorMonitor + SessionPool, warm SDR cache"), fiWarm, "warm (model, new sessions)");
    compare(QStringLiteral("SensorMonitor + SessionPool, warm sessions"), fiWarm, "warm (model, open sessions)");
    compare(QStringLiteral("SensorMonitor + SessionPool, warm sessions, back to back"), fiWarm, "warm (model, sessions just used)");
    compare(QStringLiteral("SensorMonitor + SessionPool, warm sessions"), QStringLiteral("ipmi-sensors -F 64 (shared sensors left out), warm"), nullptr);
    // The command lines users type (issue #20): CPU at most 0.3x.
    const QString fidCold = QStringLiteral("ipmi-sensors default driver --shared-sensors, cold");
    const QString fidWarm = QStringLiteral("ipmi-sensors default driver --shared-sensors, warm");
    const QString fidThresholdsCold = QStringLiteral("ipmi-sensors default driver --output-sensor-thresholds, cold");
    const QString fidThresholdsWarm = QStringLiteral("ipmi-sensors default driver --output-sensor-thresholds, warm");
    compare(QStringLiteral("bmcpilot-cli sdr list -F 64, no -C, cold"), fidCold, "defaults cold (CLI sdr list)", 0.3);
    compare(QStringLiteral("bmcpilot-cli sdr list -F 64, no -C, warm"), fidWarm, "defaults warm (CLI sdr list)", 0.3);
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, no -C, cold"), fidThresholdsCold, "defaults cold (CLI sensor list)", 0.3);
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, no -C, warm"), fidThresholdsWarm, "defaults warm (CLI sensor list)", 0.3);
    compare(QStringLiteral("SensorMonitor + SessionPool, cold"), fidCold, "defaults cold (model)", 0.3);
    compare(QStringLiteral("SensorMonitor + SessionPool, warm SDR cache"), fidWarm, "defaults warm (model)", 0.3);

    // Where a warm sweep's wall time goes, per BMC.
    const QString timeline = work.filePath(QStringLiteral("warm.timeline"));
    bench::run(cliDefaultArgs(QStringLiteral("sdr list")), cliEnv(cliWarmDefaults, cliWarmDefaults, timeline));
    bench::printTimeline(QStringLiteral("bmcpilot-cli sdr list -F 64, no -C, warm"), bench::summariseTimeline(timeline));
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, cold"), QStringLiteral("xargs -P 16 ipmitool sensor list, cold"), nullptr);
    compare(QStringLiteral("bmcpilot-cli sensor list -F 64, warm SDR cache"), QStringLiteral("xargs -P 16 ipmitool -S <dump> sensor list, warm"), nullptr);
    return 0;
}
