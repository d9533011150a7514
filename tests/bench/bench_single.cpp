// SPDX-License-Identifier: GPL-3.0-or-later
// Single BMC: time to the first full sensor table, cold (no session, no SDR cache) and
// warm (cached SDR; for the library also a warm pooled session), for BMC Pilot and the
// reference tools, in one run against one ipmi_sim.
//   bench_single [repetitions=10]
// Environment: BMCPILOT_CLI overrides the bmcpilot-cli to measure.
#include "benchsupport.h"
#include "libraryrunner.h"

#include "demo/ipmisimfixture.h"

#include <QCoreApplication>
#include <QDir>
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
    const int repetitions = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 10;
    const QString cli = qEnvironmentVariable("BMCPILOT_CLI", QStringLiteral(BMCPILOT_BINARY_DIR "/src/cli/bmcpilot-cli"));
    const QString ipmitool = bench::tool(QStringLiteral("ipmitool"));
    const QString ipmiSensors = bench::tool(QStringLiteral("ipmi-sensors"));

    sim::IpmiSimFixture sims;
    if (!sims.start()) {
        bench::printLine(QStringLiteral("ipmi_sim did not start: ") + sims.errorString());
        return 1;
    }
    const sim::SimBmc bmc = sims.bmc(0);
    const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
    const QString port = QString::number(bmc.port);
    QTemporaryDir work;
    const QString warmCache = work.filePath(QStringLiteral("warm"));
    const QString sdrDump = work.filePath(QStringLiteral("ipmitool.sdr"));
    const QString freeipmiWarm = work.filePath(QStringLiteral("freeipmi-warm"));
    QDir().mkpath(freeipmiWarm);

    const auto cliArgs = [&](const QString &command) {
        return QStringList{cli, QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                           QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), port, QStringLiteral("-U"), admin.user,
                           QStringLiteral("-P"), admin.password}
            + command.split(QLatin1Char(' '));
    };
    const auto cliEnv = [](const QString &cacheHome) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        return env;
    };
    const auto ipmitoolArgs = [&](const QString &command) {
        return QStringList{ipmitool, QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                           QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), port, QStringLiteral("-U"), admin.user,
                           QStringLiteral("-P"), admin.password}
            + command.split(QLatin1Char(' '));
    };
    const auto freeipmiArgs = [&](const QString &cacheDir, bool allSensors = true) {
        return bench::ipmiSensorsCommand(ipmiSensors, bmc.host + QLatin1Char(':') + port, admin.user, admin.password,
                                         cacheDir, allSensors ? QStringList{QStringLiteral("--shared-sensors")} : QStringList{});
    };

    // Prime the warm caches once.
    bench::run(cliArgs(QStringLiteral("sdr list")), cliEnv(warmCache));
    if (!ipmitool.isEmpty())
        bench::run(ipmitoolArgs(QStringLiteral("sdr dump ") + sdrDump));
    if (!ipmiSensors.isEmpty())
        bench::run(freeipmiArgs(freeipmiWarm));

    LibraryRunner library({{bmc.host, bmc.port}}, admin.user, admin.password, work.filePath(QStringLiteral("lib-warm")), 3);
    if (!library.prime()) {
        bench::printLine(QStringLiteral("library priming failed: ") + library.problem());
        return 1;
    }

    std::vector<Case> cases;
    const auto fresh = [&](const QString &what, int i) { return work.filePath(QStringLiteral("%1-%2").arg(what).arg(i)); };
    for (const QString &command : {QStringLiteral("sdr list"), QStringLiteral("sensor list")}) {
        cases.push_back({QStringLiteral("bmcpilot-cli %1, cold").arg(command),
                         [=](int i) { return bench::run(cliArgs(command), cliEnv(fresh(QStringLiteral("cli") + command, i))); }});
        cases.push_back({QStringLiteral("bmcpilot-cli %1, warm SDR cache").arg(command),
                         [=](int) { return bench::run(cliArgs(command), cliEnv(warmCache)); }});
    }
    cases.push_back({QStringLiteral("library SensorMonitor sweep, cold"),
                     [&](int i) { return library.coldSweep(fresh(QStringLiteral("lib"), i)); }});
    cases.push_back({QStringLiteral("library SensorMonitor sweep, warm SDR cache, new session"),
                     [&](int) { return library.cachedSweep(); }});
    cases.push_back({QStringLiteral("library SensorMonitor sweep, warm session"),
                     [&](int) { return library.warmSweep(); }});
    if (!ipmitool.isEmpty()) {
        cases.push_back({QStringLiteral("ipmitool -C 3 sdr list"), [=](int) { return bench::run(ipmitoolArgs(QStringLiteral("sdr list"))); }});
        cases.push_back({QStringLiteral("ipmitool -C 3 sensor list"), [=](int) { return bench::run(ipmitoolArgs(QStringLiteral("sensor list"))); }});
        cases.push_back({QStringLiteral("ipmitool -C 3 -S <dump> sdr list (warm)"),
                         [=](int) { return bench::run(QStringList{ipmitool, QStringLiteral("-S"), sdrDump} + ipmitoolArgs(QStringLiteral("sdr list")).mid(1)); }});
        cases.push_back({QStringLiteral("ipmitool -C 3 -S <dump> sensor list (warm)"),
                         [=](int) { return bench::run(QStringList{ipmitool, QStringLiteral("-S"), sdrDump} + ipmitoolArgs(QStringLiteral("sensor list")).mid(1)); }});
    }
    if (!ipmiSensors.isEmpty()) {
        cases.push_back({QStringLiteral("ipmi-sensors --shared-sensors, cold"),
                         [=](int i) { const QString dir = fresh(QStringLiteral("fi"), i); QDir().mkpath(dir); return bench::run(freeipmiArgs(dir)); }});
        cases.push_back({QStringLiteral("ipmi-sensors --shared-sensors, warm SDR cache"), [=](int) { return bench::run(freeipmiArgs(freeipmiWarm)); }});
        cases.push_back({QStringLiteral("ipmi-sensors (shared sensors left out), warm SDR cache"),
                         [=](int) { return bench::run(freeipmiArgs(freeipmiWarm, false)); }});
    }

    bench::printLine(QStringLiteral("bench_single: one ipmi_sim (profile %1, port %2), %3 repetitions, median (min-max)")
                         .arg(bmc.profile, port).arg(repetitions));
    // Round robin, so that drift in the machine's load spreads over every case alike.
    for (int i = 0; i < repetitions; ++i) {
        for (Case &c : cases) {
            const bench::Measure m = c.once(i);
            if (m.exitCode != 0) {
                ++c.failures;
                c.lastError = m.errorOutput.left(300);
                continue;
            }
            c.wall.push_back(m.wallMs);
            c.cpu.push_back(m.cpuMs);
        }
    }
    std::map<QString, double> median;
    for (const Case &c : cases) {
        const bench::Summary wall = bench::summarise(c.wall);
        bench::printRow(c.label, wall, bench::summarise(c.cpu));
        median[c.label] = wall.median;
        if (c.failures)
            bench::printLine(QStringLiteral("  %1 failed runs: %2").arg(c.failures).arg(QString::fromLocal8Bit(c.lastError)));
    }
    const auto ratio = [&](const QString &ours, const QString &theirs) {
        if (median.count(ours) && median.count(theirs))
            bench::printRatio(ours + QStringLiteral(" / ") + theirs, median[ours], median[theirs]);
    };
    ratio(QStringLiteral("bmcpilot-cli sdr list, cold"), QStringLiteral("ipmitool -C 3 sdr list"));
    ratio(QStringLiteral("bmcpilot-cli sensor list, cold"), QStringLiteral("ipmitool -C 3 sensor list"));
    ratio(QStringLiteral("bmcpilot-cli sdr list, cold"), QStringLiteral("ipmi-sensors --shared-sensors, cold"));
    ratio(QStringLiteral("library SensorMonitor sweep, cold"), QStringLiteral("ipmi-sensors --shared-sensors, cold"));
    ratio(QStringLiteral("bmcpilot-cli sdr list, warm SDR cache"), QStringLiteral("ipmitool -C 3 -S <dump> sdr list (warm)"));
    ratio(QStringLiteral("bmcpilot-cli sensor list, warm SDR cache"), QStringLiteral("ipmitool -C 3 -S <dump> sensor list (warm)"));
    const QString fiWarm = QStringLiteral("ipmi-sensors --shared-sensors, warm SDR cache");
    ratio(QStringLiteral("bmcpilot-cli sdr list, warm SDR cache"), fiWarm);
    ratio(QStringLiteral("library SensorMonitor sweep, warm SDR cache, new session"), fiWarm);
    ratio(QStringLiteral("library SensorMonitor sweep, warm session"), fiWarm);
    return 0;
}
