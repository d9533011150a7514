// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilotd against Debian's prometheus-ipmi-exporter (issue #21 item 7): the same
// ipmi_sim BMCs (a third of them with 6-bit packed sensor names, profile "edge"), each
// service scraped at /ipmi?target= for every BMC at once, as Prometheus does, for a few
// rounds; prints per service the wall time of a round, its CPU per round (bmcpilotd's
// background polls included; the exporter's FreeIPMI processes included), resident
// memory, and the scrapes that failed, then the ratios.
//   bench_daemon [bmcs=100] [rounds=5] [round-seconds=20]
#include "benchsupport.h"
#include "httpburst.h"

#include "model/registrycodec.h"
#include "model/serverregistry.h"
#include "demo/ipmisimfixture.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace {

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

quint16 freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Service
{
    QString name;
    QProcess process;
    quint16 port = 0;
    std::vector<double> roundMs;
    double cpuMs = 0;
    double rssMiB = 0;
    int failed = 0;        // scrapes without ipmi_up{collector="ipmi"} 1
    int failedPacked = 0;  // of those, BMCs with 6-bit packed names
    QString firstFailure;
};

// Runs `rounds` bursts of one /ipmi scrape per BMC, one burst every roundSeconds.
void measure(Service &service, const QStringList &paths, const QList<bool> &packed, int rounds, int roundSeconds)
{
    const double cpuBefore = bench::processTreeCpuMs(service.process.processId());
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        const qint64 started = clock.elapsed();
        const QList<HttpBurst::Answer> answers = HttpBurst::get(service.port, paths);
        service.roundMs.push_back(double(clock.elapsed() - started));
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (answers[i].status == 200 && answers[i].body.contains("ipmi_up{collector=\"ipmi\"} 1"))
                continue;
            ++service.failed;
            if (packed[i])
                ++service.failedPacked;
            if (service.firstFailure.isEmpty())
                service.firstFailure = QStringLiteral("HTTP %1: %2")
                                           .arg(answers[i].status)
                                           .arg(QString::fromUtf8(answers[i].body.left(160)).simplified());
        }
        service.rssMiB = std::max(service.rssMiB, bench::processRssMiB(service.process.processId()));
        const qint64 next = (round + 1) * qint64(roundSeconds) * 1000;
        if (round + 1 < rounds && clock.elapsed() < next)
            waitMs(int(next - clock.elapsed()));
    }
    service.cpuMs = (bench::processTreeCpuMs(service.process.processId()) - cpuBefore) / rounds;
}

bool startExporter(Service &service, const QString &program, const QString &config)
{
    service.port = freeTcpPort();
    service.process.setProgram(program);
    service.process.setArguments({QStringLiteral("--config.file=") + config,
                                  QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(service.port),
                                  QStringLiteral("--log.level=error")});
    service.process.start();
    if (!service.process.waitForStarted())
        return false;
    waitMs(1000);
    return true;
}

void stopExporter(Service &service, QByteArray *log)
{
    if (service.process.state() == QProcess::Running) {
        service.process.terminate();
        service.process.waitForFinished(10000);
    }
    if (log)
        *log = service.process.readAllStandardError();
}

void report(const Service &service, int bmcs, int rounds)
{
    const bench::Summary wall = bench::summarise(service.roundMs);
    bench::printLine(QStringLiteral("%1 round of %2 scrapes: median %3 ms (min %4, max %5); CPU %6 ms per round; "
                                    "RSS %7 MiB; failed scrapes %8 of %9 (%10 on BMCs with 6-bit packed names)")
                         .arg(service.name.leftJustified(10))
                         .arg(bmcs)
                         .arg(wall.median, 0, 'f', 0)
                         .arg(wall.min, 0, 'f', 0)
                         .arg(wall.max, 0, 'f', 0)
                         .arg(service.cpuMs, 0, 'f', 0)
                         .arg(service.rssMiB, 0, 'f', 1)
                         .arg(service.failed)
                         .arg(bmcs * rounds)
                         .arg(service.failedPacked));
    if (!service.firstFailure.isEmpty())
        bench::printLine(QStringLiteral("%1 first failure: %2").arg(service.name.leftJustified(10), service.firstFailure));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100;
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 5;
    const int roundSeconds = argc > 3 ? std::max(2, QByteArray(argv[3]).toInt()) : 20;
    const QString daemonProgram = qEnvironmentVariable("BMCPILOTD", QStringLiteral(BMCPILOT_BINARY_DIR "/src/daemon/bmcpilotd"));
    const QString exporterProgram = bench::tool(QStringLiteral("prometheus-ipmi-exporter"));

    sim::IpmiSimOptions options;
    options.count = count;
    options.profiles = {QStringLiteral("r2u"), QStringLiteral("r1u"), QStringLiteral("edge")};
    sim::IpmiSimFixture sims(options);
    if (!sims.start(std::chrono::seconds(30 + count / 2))) {
        bench::printLine(QStringLiteral("ipmi_sim did not start: ") + sims.errorString());
        return 1;
    }
    const sim::Account admin = *sims.bmc(0).account(ipmi::Privilege::Administrator);
    QTemporaryDir work;
    QFile yaml(work.filePath(QStringLiteral("ipmi.yml")));
    if (!yaml.open(QIODevice::WriteOnly))
        return 1;
    // The exporter needs -W opensesspriv for ipmi_sim (src/demo/README.md); bmcpilotd
    // takes the key and ignores it.
    yaml.write("modules:\n  default:\n    user: " + admin.user.toUtf8() + "\n    pass: \"" + admin.password.toUtf8() +
               "\"\n    driver: LAN_2_0\n    privilege: admin\n    timeout: 10000\n"
               "    collectors: [bmc, ipmi, chassis, sel]\n    workaround_flags: [opensesspriv]\n");
    yaml.close();

    QStringList paths;
    QList<bool> packed;
    for (const sim::SimBmc &bmc : sims.bmcs()) {
        paths << QStringLiteral("/ipmi?target=%1:%2&module=default").arg(bmc.host).arg(bmc.port);
        packed << (bmc.profile == QLatin1String("edge"));
    }
    bench::printLine(QStringLiteral("bench_daemon: %1 ipmi_sim BMCs (%2 with 6-bit packed names), %3 rounds, one "
                                    "round every %4 s, every BMC scraped at /ipmi at once per round, collectors "
                                    "bmc, ipmi, chassis, sel")
                         .arg(count).arg(packed.count(true)).arg(rounds).arg(roundSeconds));

    Service daemon;
    daemon.name = QStringLiteral("bmcpilotd");
    const QString interval = QString::number(roundSeconds);
    daemon.process.setProgram(daemonProgram);
    daemon.process.setArguments({QStringLiteral("--conf"), work.filePath(QStringLiteral("none")),
                                 QStringLiteral("--config.file=") + yaml.fileName(),
                                 QStringLiteral("--web.listen-address=127.0.0.1:0"), QStringLiteral("--interval"), interval,
                                 QStringLiteral("--chassis-interval"), interval, QStringLiteral("--sel-interval"), interval,
                                 QStringLiteral("--state-directory"), work.filePath(QStringLiteral("state"))});
    QFile(work.filePath(QStringLiteral("none"))).open(QIODevice::WriteOnly);
    daemon.process.start();
    if (!daemon.process.waitForStarted()) {
        bench::printLine(QStringLiteral("cannot start %1").arg(daemonProgram));
        return 1;
    }
    static const QRegularExpression portLine(QStringLiteral(R"(\(port (\d+)\))"));
    QByteArray log;
    for (int i = 0; i < 100 && daemon.port == 0; ++i) {
        daemon.process.waitForReadyRead(100);
        log += daemon.process.readAllStandardError();
        const QRegularExpressionMatch match = portLine.match(QString::fromUtf8(log));
        if (match.hasMatch())
            daemon.port = quint16(match.captured(1).toUInt());
    }
    if (daemon.port == 0) {
        bench::printLine(QStringLiteral("bmcpilotd did not start: ") + QString::fromUtf8(log));
        return 1;
    }
    // The first burst registers every target and waits for its first poll (SDR loads).
    QElapsedTimer cold;
    cold.start();
    const QList<HttpBurst::Answer> first = HttpBurst::get(daemon.port, paths);
    const int coldOk = int(std::count_if(first.begin(), first.end(), [](const HttpBurst::Answer &a) {
        return a.body.contains("ipmi_up{collector=\"ipmi\"} 1");
    }));
    bench::printLine(QStringLiteral("bmcpilotd first burst (registers the targets, loads their SDRs): %1 ms, %2 of %3 "
                                    "answered with sensors")
                         .arg(cold.elapsed()).arg(coldOk).arg(count));
    waitMs(roundSeconds * 1000);
    measure(daemon, paths, packed, rounds, roundSeconds);
    report(daemon, count, rounds);
    daemon.process.terminate();
    daemon.process.waitForFinished(10000);

    if (exporterProgram.isEmpty()) {
        bench::printLine(QStringLiteral("prometheus-ipmi-exporter not found (Debian package prometheus-ipmi-exporter): "
                                        "no comparison"));
        return 0;
    }
    // The exporter over every BMC: on names that are not valid UTF-8 (6-bit packed) its
    // Go client panics and the whole process ends, so its failure is reported as such.
    Service exporter;
    exporter.name = QStringLiteral("exporter");
    QByteArray exporterLog;
    if (!startExporter(exporter, exporterProgram, yaml.fileName()))
        return 1;
    measure(exporter, paths, packed, rounds, roundSeconds);
    const bool survived = exporter.process.state() == QProcess::Running;
    stopExporter(exporter, &exporterLog);
    report(exporter, count, rounds);
    if (!survived) {
        const qsizetype panic = exporterLog.indexOf("panic:");
        bench::printLine(QStringLiteral("exporter   ended during the run (exit %1): %2")
                             .arg(exporter.process.exitCode())
                             .arg(QString::fromUtf8(exporterLog.mid(std::max<qsizetype>(panic, 0)).split('\n').value(0))));
    }

    // For figures to compare with, the exporter again over the BMCs it can serve (those
    // without packed names); bmcpilotd's figures above include all of them.
    QStringList servable;
    QList<bool> none;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (!packed[i]) {
            servable << paths[i];
            none << false;
        }
    }
    Service reference;
    reference.name = QStringLiteral("exporter*");
    if (!startExporter(reference, exporterProgram, yaml.fileName()))
        return 1;
    measure(reference, servable, none, rounds, roundSeconds);
    stopExporter(reference, nullptr);
    report(reference, int(servable.size()), rounds);
    bench::printLine(QStringLiteral("exporter*: the %1 BMCs without packed names only").arg(servable.size()));

    const double ourWall = bench::summarise(daemon.roundMs).median;
    const double theirWall = bench::summarise(reference.roundMs).median;
    bench::printRatio(QStringLiteral("wall time per round, bmcpilotd (all) / exporter* (target <= 0.3)"), ourWall,
                      theirWall);
    bench::printRatio(QStringLiteral("CPU per round, bmcpilotd (all) / exporter* (target <= 0.1)"), daemon.cpuMs,
                      reference.cpuMs);
    bench::printRatio(QStringLiteral("resident memory, bmcpilotd / exporter*"), daemon.rssMiB, reference.rssMiB);
    return daemon.failed == 0 ? 0 : 1;
}
