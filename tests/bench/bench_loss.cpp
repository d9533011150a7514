// SPDX-License-Identifier: GPL-3.0-or-later
// Loss and delay: a full `sensor list` with the options a user types (no -N, no -C, an
// empty SDR cache) through the loopback fault proxy dropping 20 % of the datagrams each
// way, side by side with ipmitool -C 3 and FreeIPMI's ipmi-sensors through the same
// proxy, each given a time limit and reported as it ended. Then a BMC that answers after
// 400 ms (the proxy delays each datagram 200 ms): our `sdr list`, with the
// retransmissions it sent, counted from the exchange timeline.
//   bench_loss [limit-seconds=120] [repetitions=3]
// Environment: BMCPILOT_CLI overrides the bmcpilot-cli to measure.
#include "benchsupport.h"

#include "demo/ipmisimfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace {

const QString kProxy = QStringLiteral(BMCPILOT_BINARY_DIR "/tests/faults/bmcpilot-faultproxy");

// The fault proxy as a process of its own, so that it keeps forwarding while this one
// waits for a command.
class ProxyProcess
{
public:
    ProxyProcess(const QString &upstream, const QStringList &faults)
    {
        m_process.start(kProxy, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                            QStringLiteral("--upstream"), upstream}
                                    + faults);
        if (!m_process.waitForReadyRead(10000))
            return;
        const QByteArray line = m_process.readLine().trimmed(); // "listening 127.0.0.1:PORT"
        m_port = line.mid(line.lastIndexOf(':') + 1).toUShort();
    }
    ~ProxyProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QString counters() // "forwarded N dropped N ...", once stopped
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
        return QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// How a run ended, in words, with its wall time when it finished.
QString outcome(const bench::Measure &measure, int limitSeconds, const QByteArray &expected)
{
    if (measure.exitCode == 124)
        return QStringLiteral("did not finish in %1 s").arg(limitSeconds);
    if (measure.exitCode != 0) {
        const QByteArray first = measure.errorOutput.trimmed().split('\n').value(0).left(70);
        return QStringLiteral("failed (exit %1): %2").arg(measure.exitCode).arg(QString::fromLocal8Bit(first));
    }
    const QString same = expected.isEmpty() ? QString()
                         : measure.output == expected ? QStringLiteral(", output identical to the clean run")
                                                      : QStringLiteral(", OUTPUT DIFFERS from the clean run");
    return QStringLiteral("%1 ms%2").arg(measure.wallMs, 0, 'f', 0).arg(same);
}

// Retransmissions in an exchange timeline: sends that a timer expiry caused.
int retransmissions(const QString &timeline)
{
    QFile file(timeline);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int count = 0;
    bool afterTimer = false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3)
            continue;
        if (fields[2] == "send" && afterTimer)
            ++count;
        afterTimer = fields[2] == "timer" || (afterTimer && fields[2] == "send");
    }
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int limit = argc > 1 ? std::max(5, QByteArray(argv[1]).toInt()) : 120;
    const int repetitions = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const QString cli = qEnvironmentVariable("BMCPILOT_CLI", QStringLiteral(BMCPILOT_BINARY_DIR "/src/cli/bmcpilot-cli"));
    const QString ipmitool = bench::tool(QStringLiteral("ipmitool"));
    const QString ipmiSensors = bench::tool(QStringLiteral("ipmi-sensors"));
    const QString timeout = bench::tool(QStringLiteral("timeout"));
    if (timeout.isEmpty() || !QFile::exists(kProxy)) {
        bench::printLine(QStringLiteral("needs coreutils' timeout and ") + kProxy);
        return 1;
    }

    sim::IpmiSimFixture sims;
    if (!sims.start()) {
        bench::printLine(QStringLiteral("ipmi_sim did not start: ") + sims.errorString());
        return 1;
    }
    const sim::SimBmc bmc = sims.bmc(0);
    const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
    const QString upstream = bmc.host + QLatin1Char(':') + QString::number(bmc.port);
    QTemporaryDir work;
    int runs = 0;
    const auto limited = [&](const QStringList &command) {
        return QStringList{timeout, QString::number(limit)} + command;
    };
    // Each run: an empty SDR cache and no learned cipher suite, as on a first use.
    const auto cliEnv = [&](const QString &timeline = {}, const QString &cache = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString run = work.filePath(QString::number(++runs));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.isEmpty() ? run + QStringLiteral("/cache") : cache);
        env.insert(QStringLiteral("XDG_DATA_HOME"), run + QStringLiteral("/data"));
        if (!timeline.isEmpty())
            env.insert(QStringLiteral("BMCPILOT_TIMELINE"), timeline);
        return env;
    };
    const auto cliArgs = [&](quint16 port, const QString &command) {
        return QStringList{cli, QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), QString::number(port),
                           QStringLiteral("-U"), admin.user, QStringLiteral("-P"), admin.password}
            + command.split(QLatin1Char(' '));
    };
    const auto ipmitoolArgs = [&](quint16 port) {
        return QStringList{ipmitool, QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                           QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), QString::number(port),
                           QStringLiteral("-U"), admin.user, QStringLiteral("-P"), admin.password,
                           QStringLiteral("sensor"), QStringLiteral("list")};
    };
    const auto freeipmiArgs = [&](quint16 port) {
        const QString cache = work.filePath(QStringLiteral("freeipmi-%1").arg(++runs));
        QDir().mkpath(cache);
        return bench::ipmiSensorsCommand(ipmiSensors, bmc.host + QLatin1Char(':') + QString::number(port), admin.user,
                                         admin.password, cache, {QStringLiteral("--output-sensor-thresholds")});
    };

    const bench::Measure clean = bench::run(limited(cliArgs(bmc.port, QStringLiteral("sensor list"))), cliEnv());
    bench::printLine(QStringLiteral("sensor list, %1 lines; time limit %2 s per run")
                         .arg(clean.output.count('\n')).arg(limit));
    bench::printLine(QStringLiteral("clean path, bmcpilot-cli sensor list (defaults, empty SDR cache): ")
                     + outcome(clean, limit, {}));
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        const QString seed = QString::number(60 + repetition);
        bench::printLine(QStringLiteral("-- 20 % loss each way, seed %1").arg(seed));
        const QStringList lossy{QStringLiteral("--loss"), QStringLiteral("0.2"), QStringLiteral("--seed"), seed};
        {
            ProxyProcess proxy(upstream, lossy);
            const QString timeline = work.filePath(QStringLiteral("loss-%1.timeline").arg(seed));
            const bench::Measure ours = bench::run(limited(cliArgs(proxy.port(), QStringLiteral("sensor list"))), cliEnv(timeline));
            bench::printLine(QStringLiteral("  bmcpilot-cli sensor list: %1; %2 retransmissions; proxy %3")
                                 .arg(outcome(ours, limit, clean.output)).arg(retransmissions(timeline))
                                 .arg(proxy.counters()));
        }
        if (!ipmitool.isEmpty()) {
            ProxyProcess proxy(upstream, lossy);
            bench::printLine(QStringLiteral("  ipmitool -C 3 sensor list: ") + outcome(bench::run(limited(ipmitoolArgs(proxy.port()))), limit, {}));
        }
        if (!ipmiSensors.isEmpty()) {
            ProxyProcess proxy(upstream, lossy);
            bench::printLine(QStringLiteral("  ipmi-sensors --output-sensor-thresholds: ")
                             + outcome(bench::run(limited(freeipmiArgs(proxy.port()))), limit, {}));
        }
    }

    // A slow BMC: 200 ms each way. What matters is how many requests were sent twice.
    {
        ProxyProcess proxy(upstream, {QStringLiteral("--delay"), QStringLiteral("200")});
        const QString timeline = work.filePath(QStringLiteral("slow.timeline"));
        const bench::Measure slow = bench::run(limited(cliArgs(proxy.port(), QStringLiteral("sdr list"))), cliEnv(timeline));
        bench::printLine(QStringLiteral("-- BMC answering after 400 ms: bmcpilot-cli sdr list (empty SDR cache): %1; "
                                        "%2 retransmissions; proxy %3")
                             .arg(outcome(slow, limit, {})).arg(retransmissions(timeline)).arg(proxy.counters()));
    }
    return 0;
}
