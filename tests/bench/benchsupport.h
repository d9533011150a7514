// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

// Shared pieces of the benchmarks that compare BMC Pilot with the reference tools: run a
// command and measure its wall time and the CPU of its whole process tree, summarise
// repetitions, and print aligned figures.
namespace bench {

struct Measure
{
    double wallMs = 0;
    double cpuMs = 0; // user + system of the process and every descendant it waited for
    int exitCode = -1;
    QByteArray output; // standard output (standard error goes to errorOutput)
    QByteArray errorOutput;
};

// Runs argv[0] with argv, optionally through "/bin/sh -c" when shell is true (argv is
// then one command line), with env as its whole environment. Blocks; no event loop runs
// meanwhile. CPU comes from wait4(), so it counts exactly this command's tree.
Measure run(const QStringList &argv, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
            bool shell = false);

// user + system CPU of this process (all its threads) so far, and its resident memory.
double selfCpuMs();
double selfRssMiB();
// Resident memory of another process (0 when it is gone).
double processRssMiB(qint64 pid);
// user + system CPU of other processes so far (the simulated BMCs'), from /proc in clock
// ticks; processes that are gone count 0.
double processesCpuMs(const std::vector<qint64> &pids);
// user + system CPU of one process plus that of its children it has waited for (a
// service that runs a tool per request: the tools' CPU counts once they have ended).
double processTreeCpuMs(qint64 pid);

struct Summary
{
    double median = 0;
    double min = 0;
    double max = 0;
    double p95 = 0;
    int count = 0;
};
Summary summarise(std::vector<double> values);

// This machine's UDP counters (/proc/net/snmp): datagrams received, and those dropped
// because a socket's receive buffer was full. On loopback every datagram sent is received
// (or dropped) once, so a difference over a run counts requests plus answers.
struct UdpCounters
{
    qint64 received = 0;
    qint64 bufferDrops = 0;
};
UdpCounters udpCounters();

// This process's CPU time (ms, 10 ms ticks) per thread name: where a run's CPU went.
struct ThreadCpu
{
    double totalMs = 0;
    double kernelMs = 0; // of which in the kernel (system time)
};
QMap<QString, ThreadCpu> threadCpuMs();
// "main 410 (kernel 200), bmc-session-0 220 (kernel 120), ..." for the differences between
// two such readings.
QString threadCpuDifference(const QMap<QString, ThreadCpu> &before, const QMap<QString, ThreadCpu> &after);

// The whole machine's CPU time (/proc/stat, all CPUs, in clock ticks): busy, idle, and
// stolen by the hypervisor. Over a run it tells whether the client waited for a CPU.
struct MachineCpu
{
    qint64 busy = 0; // user, nice, system, irq, softirq
    qint64 idle = 0; // idle and iowait
    qint64 steal = 0;
    qint64 total() const { return busy + idle + steal; }
};
MachineCpu machineCpu();

// "label ..... median ms (min-max) cpu ms [bmcs ms]" in fixed columns; the last is the CPU
// the simulated BMCs spent meanwhile, when measured.
void printRow(const QString &label, const Summary &wall, const Summary &cpu, const Summary *bmcCpu = nullptr);
void printLine(const QString &text);
void printRatio(const QString &label, double ours, double theirs);

// The first program of that name on PATH, else empty.
QString tool(const QString &name);

// FreeIPMI's ipmi-sensors over LAN 2.0 (suite 3, its default) to the hosts ("host:port,..."),
// as administrator, with its SDR cache in cacheDir, plus extra options. Without
// --shared-sensors in extra it lists only the first sensor of a shared SDR record, so
// its table (and the BMCs' work) is smaller than that of bmcpilot or ipmitool.
QStringList ipmiSensorsCommand(const QString &program, const QString &hosts, const QString &user,
                               const QString &password, const QString &cacheDir, const QStringList &extra);

// Where the wall time of the exchanges with each BMC went, from the LAN clients' timeline
// (BMCPILOT_TIMELINE, see src/transport/exchangetimeline.h). Per BMC, from its first send
// to its last answer: waiting for answers (a send to the answer that follows it), the
// client's own turnaround (an answer to the send right after it: decoding, the event
// loop, the next request's encryption) and waits that ended in a retransmission.
struct TimelineSummary
{
    int bmcs = 0;
    Summary spanMs;        // per BMC
    Summary answerWaitMs;  // per BMC, summed
    Summary turnaroundMs;  // per BMC, summed
    Summary timeoutMs;     // per BMC, summed
    Summary gapMs;         // every single answer-to-next-send gap, all BMCs
    qint64 exchanges = 0;  // answers
    qint64 retransmissions = 0;
};
TimelineSummary summariseTimeline(const QString &path);
void printTimeline(const QString &label, const TimelineSummary &summary);

} // namespace bench
