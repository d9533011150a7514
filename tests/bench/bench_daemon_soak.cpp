// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilotd over a long run (issue #21 item 3): a registry of ipmi_sim BMCs plus 10 %
// addresses where no BMC answers, polled every 10 s, /metrics scraped every 5 s and
// /ipmi for a few live and dead targets; samples bmcpilotd's threads, sockets, open
// files and resident memory ten times over the run and prints them, so that growth
// shows. Also reports how long the scrapes took (they must not wait for dead BMCs).
//   bench_daemon_soak [bmcs=100] [seconds=1800]
#include "benchsupport.h"
#include "httpburst.h"

#include "model/registrycodec.h"
#include "model/serverregistry.h"
#include "demo/ipmisimfixture.h"
#include "demo/portreservation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

#include <dirent.h>
#include <unistd.h>

namespace {

struct Sample
{
    double seconds = 0;
    int threads = 0;
    int sockets = 0;
    int files = 0;
    double rssMiB = 0;
};

Sample sampleOf(qint64 pid, double seconds)
{
    Sample sample;
    sample.seconds = seconds;
    sample.rssMiB = bench::processRssMiB(pid);
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Threads:"))
                sample.threads = line.mid(8).trimmed().toInt();
    }
    const QByteArray folder = QStringLiteral("/proc/%1/fd").arg(pid).toLatin1();
    if (DIR *fds = ::opendir(folder.constData())) {
        while (const dirent *entry = ::readdir(fds)) {
            if (entry->d_name[0] == '.')
                continue;
            ++sample.files;
            char target[256] = {};
            const QByteArray link = folder + '/' + entry->d_name;
            if (::readlink(link.constData(), target, sizeof target - 1) > 0 && qstrncmp(target, "socket:", 7) == 0)
                ++sample.sockets;
        }
        ::closedir(fds);
    }
    return sample;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(2, QByteArray(argv[1]).toInt()) : 100;
    const int seconds = argc > 2 ? std::max(10, QByteArray(argv[2]).toInt()) : 1800;
    const int dead = std::max(1, count / 10);
    const QString daemonProgram = qEnvironmentVariable("BMCPILOTD", QStringLiteral(BMCPILOT_BINARY_DIR "/src/daemon/bmcpilotd"));

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
    std::vector<sim::PortReservation> silent;
    ServerRegistry registry;
    QStringList probes;
    for (const sim::SimBmc &bmc : sims.bmcs()) {
        ServerEntry entry;
        entry.name = bmc.name;
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = admin.user;
        registry.addServer(entry);
        if (probes.size() < 5)
            probes << QStringLiteral("/ipmi?target=%1:%2").arg(bmc.host).arg(bmc.port);
    }
    for (int i = 0; i < dead; ++i) {
        QString error;
        silent.push_back(sim::PortReservation::reserve({QStringLiteral("127.0.0.1")}, &error));
        ServerEntry entry;
        entry.name = QStringLiteral("silent-%1").arg(i + 1);
        entry.address = QStringLiteral("127.0.0.1");
        entry.port = silent.back().port();
        entry.userName = admin.user;
        registry.addServer(entry);
        if (i < 5)
            probes << QStringLiteral("/ipmi?target=127.0.0.1:%1").arg(entry.port);
    }
    QFile registryFile(work.filePath(QStringLiteral("servers.json")));
    QFile credentials(work.filePath(QStringLiteral("credentials")));
    QFile yaml(work.filePath(QStringLiteral("ipmi.yml")));
    if (!registryFile.open(QIODevice::WriteOnly) || !credentials.open(QIODevice::WriteOnly) ||
        !yaml.open(QIODevice::WriteOnly))
        return 1;
    registryFile.write(RegistryCodec::encode(registry));
    registryFile.close();
    credentials.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    credentials.write("* = " + admin.password.toUtf8() + "\n");
    credentials.close();
    yaml.write("modules:\n  default:\n    user: " + admin.user.toUtf8() + "\n    pass: \"" + admin.password.toUtf8() +
               "\"\n    timeout: 3000\n    collectors: [bmc, ipmi, chassis, sel]\n");
    yaml.close();

    QProcess daemon;
    daemon.setProgram(daemonProgram);
    daemon.setArguments({QStringLiteral("--conf"), yaml.fileName() + QStringLiteral(".absent"), QStringLiteral("--registry"),
                         registryFile.fileName(), QStringLiteral("--credentials"), credentials.fileName(),
                         QStringLiteral("--config.file"), yaml.fileName(),
                         QStringLiteral("--web.listen-address=127.0.0.1:0"), QStringLiteral("--interval"),
                         QStringLiteral("10"), QStringLiteral("--chassis-interval"), QStringLiteral("10"),
                         QStringLiteral("--sel-interval"), QStringLiteral("10"), QStringLiteral("--timeout"),
                         QStringLiteral("3000"), QStringLiteral("--state-directory"),
                         work.filePath(QStringLiteral("state"))});
    QFile(yaml.fileName() + QStringLiteral(".absent")).open(QIODevice::WriteOnly);
    daemon.start();
    if (!daemon.waitForStarted())
        return 1;
    quint16 port = 0;
    static const QRegularExpression portLine(QStringLiteral(R"(\(port (\d+)\))"));
    QByteArray log;
    for (int i = 0; i < 100 && port == 0; ++i) {
        daemon.waitForReadyRead(100);
        log += daemon.readAllStandardError();
        const QRegularExpressionMatch match = portLine.match(QString::fromUtf8(log));
        if (match.hasMatch())
            port = quint16(match.captured(1).toUInt());
    }
    if (port == 0) {
        bench::printLine(QStringLiteral("bmcpilotd did not start: ") + QString::fromUtf8(log));
        return 1;
    }
    bench::printLine(QStringLiteral("bench_daemon_soak: %1 ipmi_sim BMCs + %2 silent addresses (%3 %), polled every "
                                    "10 s (deadline 3 s), /metrics every 5 s, /ipmi for %4 targets (half silent), "
                                    "for %5 s")
                         .arg(count).arg(dead).arg(100 * dead / (count + dead)).arg(probes.size()).arg(seconds));

    QElapsedTimer clock;
    clock.start();
    std::vector<Sample> samples;
    std::vector<double> metricsMs, liveMs;
    int metricsFailures = 0;
    const qint64 pid = daemon.processId();
    const double cpuStart = bench::processTreeCpuMs(pid);
    qint64 nextSample = 0;
    while (clock.elapsed() < qint64(seconds) * 1000 && daemon.state() == QProcess::Running) {
        const QList<HttpBurst::Answer> metrics = HttpBurst::get(port, {QStringLiteral("/metrics")}, 10000);
        metricsMs.push_back(metrics[0].ms);
        if (metrics[0].status != 200)
            ++metricsFailures;
        const QList<HttpBurst::Answer> answers = HttpBurst::get(port, probes, 10000);
        for (qsizetype i = 0; i < answers.size() && i < 5; ++i)
            liveMs.push_back(answers[i].ms);
        if (clock.elapsed() >= nextSample) {
            samples.push_back(sampleOf(pid, double(clock.elapsed()) / 1000.0));
            nextSample += qint64(seconds) * 100;
        }
        QEventLoop pause;
        QTimer::singleShot(5000, &pause, &QEventLoop::quit);
        pause.exec();
    }
    samples.push_back(sampleOf(pid, double(clock.elapsed()) / 1000.0));
    const double cpuMs = bench::processTreeCpuMs(pid) - cpuStart;
    const bool survived = daemon.state() == QProcess::Running;
    daemon.terminate();
    daemon.waitForFinished(10000);

    bench::printLine(QStringLiteral("     time  threads  sockets  open files  RSS MiB"));
    for (const Sample &sample : samples)
        bench::printLine(QStringLiteral("%1 s  %2  %3  %4  %5")
                             .arg(sample.seconds, 7, 'f', 0).arg(sample.threads, 7).arg(sample.sockets, 7)
                             .arg(sample.files, 10).arg(sample.rssMiB, 7, 'f', 1));
    const Sample &firstSample = samples.front();
    const Sample &last = samples.back();
    const auto maxOf = [&](auto field) {
        int most = 0;
        for (const Sample &s : samples)
            most = std::max(most, s.*field);
        return most;
    };
    bench::printLine(QStringLiteral("bmcpilotd: threads %1 -> %2 (max %3), sockets %4 -> %5 (max %6), RSS %7 -> %8 MiB, "
                                    "CPU %9 % of one core")
                         .arg(firstSample.threads).arg(last.threads).arg(maxOf(&Sample::threads))
                         .arg(firstSample.sockets).arg(last.sockets).arg(maxOf(&Sample::sockets))
                         .arg(firstSample.rssMiB, 0, 'f', 1).arg(last.rssMiB, 0, 'f', 1)
                         .arg(100.0 * cpuMs / double(clock.elapsed()), 0, 'f', 1));
    if (samples.size() >= 4) {
        const Sample &half = samples[samples.size() / 2];
        bench::printLine(QStringLiteral("bmcpilotd: second half (%1 s): RSS %2 MiB, threads %3, sockets %4")
                             .arg(last.seconds - half.seconds, 0, 'f', 0)
                             .arg(last.rssMiB - half.rssMiB, 0, 'f', 1)
                             .arg(last.threads - half.threads)
                             .arg(last.sockets - half.sockets));
    }
    const bench::Summary metrics = bench::summarise(metricsMs);
    const bench::Summary live = bench::summarise(liveMs);
    bench::printLine(QStringLiteral("scrapes: /metrics median %1 ms, max %2 ms (%3 failed); /ipmi of live targets "
                                    "scraped with dead ones: median %4 ms, max %5 ms")
                         .arg(metrics.median, 0, 'f', 1).arg(metrics.max, 0, 'f', 1).arg(metricsFailures)
                         .arg(live.median, 0, 'f', 1).arg(live.max, 0, 'f', 1));
    if (!survived)
        bench::printLine(QStringLiteral("bmcpilotd ended during the run: ") + QString::fromUtf8(daemon.readAllStandardError()));
    return survived && metricsFailures == 0 ? 0 : 1;
}
