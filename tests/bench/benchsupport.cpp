// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QDir>

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bench {

namespace {

double toMs(const timeval &tv)
{
    return double(tv.tv_sec) * 1000.0 + double(tv.tv_usec) / 1000.0;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

Measure run(const QStringList &argv, const QProcessEnvironment &env, bool shell)
{
    Measure measure;
    QTemporaryDir dir;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));

    std::vector<QByteArray> args;
    if (shell)
        args = {"/bin/sh", "-c", argv.join(QLatin1Char(' ')).toLocal8Bit()};
    else
        for (const QString &arg : argv)
            args.push_back(arg.toLocal8Bit());
    std::vector<char *> cargs;
    for (QByteArray &arg : args)
        cargs.push_back(arg.data());
    cargs.push_back(nullptr);
    std::vector<QByteArray> envs;
    for (const QString &entry : env.toStringList())
        envs.push_back(entry.toLocal8Bit());
    std::vector<char *> cenv;
    for (QByteArray &entry : envs)
        cenv.push_back(entry.data());
    cenv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, cargs[0], &actions, nullptr, cargs.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        measure.errorOutput = QByteArray("cannot start ") + args[0];
        return measure;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    measure.wallMs = double(timer.nsecsElapsed()) / 1e6;
    measure.cpuMs = toMs(usage.ru_utime) + toMs(usage.ru_stime);
    measure.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    QFile outFile(dir.filePath(QStringLiteral("out")));
    if (outFile.open(QIODevice::ReadOnly))
        measure.output = outFile.readAll();
    QFile errFile(dir.filePath(QStringLiteral("err")));
    if (errFile.open(QIODevice::ReadOnly))
        measure.errorOutput = errFile.readAll();
    return measure;
}

double selfCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return toMs(usage.ru_utime) + toMs(usage.ru_stime);
}

double processRssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double processesCpuMs(const std::vector<qint64> &pids)
{
    static const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    double total = 0;
    for (qint64 pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // The command name (field 2) may hold spaces; utime and stime are fields 14 and 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            total += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * msPerTick;
    }
    return total;
}

QMap<QString, ThreadCpu> threadCpuMs()
{
    static const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    QMap<QString, ThreadCpu> byName;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const qint64 mainThread = getpid();
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString name = tid.toLongLong() == mainThread ? QStringLiteral("main")
                                                            : QString::fromUtf8(line.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 12) {
            ThreadCpu &cpu = byName[name];
            cpu.totalMs += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * msPerTick;
            cpu.kernelMs += double(fields.at(12).toLongLong()) * msPerTick;
        }
    }
    return byName;
}

QString threadCpuDifference(const QMap<QString, ThreadCpu> &before, const QMap<QString, ThreadCpu> &after)
{
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const ThreadCpu earlier = before.value(it.key());
        const double used = it.value().totalMs - earlier.totalMs;
        if (used > 0)
            parts << QStringLiteral("%1 %2 (kernel %3)")
                         .arg(it.key())
                         .arg(used, 0, 'f', 0)
                         .arg(it.value().kernelMs - earlier.kernelMs, 0, 'f', 0);
    }
    return parts.join(QStringLiteral(", "));
}

double processTreeCpuMs(qint64 pid)
{
    static const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14-17: utime, stime, cutime, cstime (after the command name, which may hold spaces).
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() <= 14)
        return 0;
    double ticks = 0;
    for (int i = 11; i <= 14; ++i)
        ticks += double(fields.at(i).toLongLong());
    return ticks * msPerTick;
}

UdpCounters udpCounters()
{
    QFile snmp(QStringLiteral("/proc/net/snmp"));
    UdpCounters counters;
    if (!snmp.open(QIODevice::ReadOnly))
        return counters;
    QList<QByteArray> names;
    for (const QByteArray &line : snmp.readAll().split('\n')) {
        if (!line.startsWith("Udp: "))
            continue;
        const QList<QByteArray> fields = line.mid(5).split(' ');
        if (names.isEmpty()) {
            names = fields;
            continue;
        }
        for (qsizetype i = 0; i < std::min(names.size(), fields.size()); ++i) {
            if (names.at(i) == "InDatagrams")
                counters.received = fields.at(i).toLongLong();
            else if (names.at(i) == "RcvbufErrors")
                counters.bufferDrops = fields.at(i).toLongLong();
        }
        break;
    }
    return counters;
}

MachineCpu machineCpu()
{
    QFile stat(QStringLiteral("/proc/stat"));
    MachineCpu cpu;
    if (!stat.open(QIODevice::ReadOnly))
        return cpu;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.at(0) != "cpu")
        return cpu;
    const auto at = [&](int i) { return fields.at(i).toLongLong(); };
    cpu.busy = at(1) + at(2) + at(3) + at(6) + at(7);
    cpu.idle = at(4) + at(5);
    cpu.steal = at(8);
    return cpu;
}

double selfRssMiB()
{
    return processRssMiB(getpid());
}

Summary summarise(std::vector<double> values)
{
    Summary summary;
    if (values.empty())
        return summary;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    summary.count = int(n);
    summary.min = values.front();
    summary.max = values.back();
    summary.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    summary.p95 = values[std::min(n - 1, std::size_t(std::ceil(0.95 * double(n))) - 1)];
    return summary;
}

void printRow(const QString &label, const Summary &wall, const Summary &cpu, const Summary *bmcCpu)
{
    out() << label.leftJustified(60) << QStringLiteral("%1 ms").arg(wall.median, 9, 'f', 1)
          << QStringLiteral("  (%1-%2)").arg(wall.min, 0, 'f', 1).arg(wall.max, 0, 'f', 1).leftJustified(20)
          << QStringLiteral("cpu %1 ms").arg(cpu.median, 8, 'f', 1);
    if (bmcCpu)
        out() << QStringLiteral("   bmcs %1 ms").arg(bmcCpu->median, 8, 'f', 1);
    out() << Qt::endl;
}

void printLine(const QString &text)
{
    out() << text << Qt::endl;
}

void printRatio(const QString &label, double ours, double theirs)
{
    out() << QStringLiteral("ratio ") << label.leftJustified(90)
          << QStringLiteral("%1").arg(theirs > 0 ? ours / theirs : 0.0, 6, 'f', 2) << Qt::endl;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QStringList ipmiSensorsCommand(const QString &program, const QString &hosts, const QString &user,
                               const QString &password, const QString &cacheDir, const QStringList &extra)
{
    // -W opensesspriv: ipmi_sim echoes the requested privilege in Open Session (see
    // src/demo/README.md).
    return QStringList{program, QStringLiteral("-h"), hosts, QStringLiteral("-u"), user, QStringLiteral("-p"), password,
                       QStringLiteral("--driver-type=LAN_2_0"), QStringLiteral("-W"), QStringLiteral("opensesspriv"),
                       QStringLiteral("-l"), QStringLiteral("ADMIN"), QStringLiteral("--sdr-cache-directory=") + cacheDir,
                       QStringLiteral("--quiet-cache")}
        + extra;
}

TimelineSummary summariseTimeline(const QString &path)
{
    struct Peer
    {
        qint64 first = -1, lastAnswer = -1, lastSend = -1, lastEvent = -1;
        QByteArray lastKind;
        double answerWait = 0, turnaround = 0, timeout = 0;
    };
    std::map<QByteArray, Peer> peers;
    std::vector<double> gaps;
    TimelineSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3)
            continue;
        const qint64 at = fields[0].toLongLong();
        Peer &peer = peers[fields[1]];
        const QByteArray &kind = fields[2];
        if (peer.first < 0)
            peer.first = at;
        if (kind == "recv") {
            if (peer.lastSend >= 0)
                peer.answerWait += double(at - std::max(peer.lastSend, peer.lastEvent)) / 1000.0;
            peer.lastAnswer = at;
            ++summary.exchanges;
        } else if (kind == "send") {
            if (peer.lastKind == "recv") {
                const double gap = double(at - peer.lastEvent) / 1000.0;
                peer.turnaround += gap;
                gaps.push_back(gap);
            } else if (peer.lastKind == "timer") {
                ++summary.retransmissions;
            }
            peer.lastSend = at;
        } else if (kind == "timer" && peer.lastSend >= 0) {
            peer.timeout += double(at - peer.lastEvent) / 1000.0;
        }
        peer.lastEvent = at;
        peer.lastKind = kind;
    }
    std::vector<double> spans, waits, turnarounds, timeouts;
    for (const auto &[name, peer] : peers) {
        if (peer.lastAnswer < 0)
            continue;
        spans.push_back(double(peer.lastAnswer - peer.first) / 1000.0);
        waits.push_back(peer.answerWait);
        turnarounds.push_back(peer.turnaround);
        timeouts.push_back(peer.timeout);
    }
    summary.bmcs = int(spans.size());
    summary.spanMs = summarise(spans);
    summary.answerWaitMs = summarise(waits);
    summary.turnaroundMs = summarise(turnarounds);
    summary.timeoutMs = summarise(timeouts);
    summary.gapMs = summarise(gaps);
    return summary;
}

void printTimeline(const QString &label, const TimelineSummary &summary)
{
    const auto figure = [](const Summary &s) {
        return QStringLiteral("%1 (max %2)").arg(s.median, 0, 'f', 1).arg(s.max, 0, 'f', 1);
    };
    printLine(QStringLiteral("timeline, %1: %2 BMCs, %3 answers, %4 retransmissions; per BMC, median ms: "
                             "first send to last answer %5, waiting for answers %6, own turnaround %7, "
                             "waits that ended in a retransmission %8; answer to next send: median %9 ms, "
                             "p95 %10 ms, max %11 ms")
                  .arg(label).arg(summary.bmcs).arg(summary.exchanges).arg(summary.retransmissions)
                  .arg(figure(summary.spanMs), figure(summary.answerWaitMs), figure(summary.turnaroundMs),
                       figure(summary.timeoutMs))
                  .arg(summary.gapMs.median, 0, 'f', 3).arg(summary.gapMs.p95, 0, 'f', 3).arg(summary.gapMs.max, 0, 'f', 3));
}

} // namespace bench
