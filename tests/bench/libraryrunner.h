// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsupport.h"

#include <QList>
#include <QString>
#include <QThread>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

class Fleet;
class HistoryService;
class SensorMonitor;
class ServerRegistry;
class SessionPool;

// The model layer's sensor sweep (ServerRegistry + Fleet + SessionPool + SensorMonitor)
// over a set of BMCs, timed as one sweep of all of them. CPU is this process's (every pool
// thread included).
//
// The stack lives on a thread of its own, as the desktop's lives on its GUI thread: the
// benchmark's main thread also watches every simulator process and its ports, and an event
// loop there would poll those hundreds of descriptors at each wake-up, a cost the
// application does not have. The caller's thread blocks meanwhile.
//
// Threading contract: use from one thread only.
class LibraryRunner
{
public:
    struct Target
    {
        QString host;
        quint16 port = 0;
    };

    // No cipherSuite: automatic, what a server added in the desktop gets; the suite each
    // BMC accepted is then learned into the stack's cache folder, as XDG_DATA_HOME.
    LibraryRunner(QList<Target> targets, QString user, QString password, QString warmCacheDir,
                  std::optional<int> cipherSuite);
    ~LibraryRunner();

    // Sets up the long-lived stack: sweeps every BMC once (SDR into warmCacheDir, sessions open).
    bool prime();
    // A new pool and monitor with an empty SDR cache in cacheDir: sessions and SDRs from scratch.
    bench::Measure coldSweep(const QString &cacheDir);
    // A new pool and monitor over the primed SDR cache: new sessions, SDR from disk.
    bench::Measure cachedSweep();
    // The primed stack again: open sessions, SDR in memory.
    bench::Measure warmSweep();

    // Per BMC, ms from the start of the last sweep to that BMC's table being complete.
    const std::vector<double> &lastLatencies() const { return m_latencies; }
    QString problem() const { return m_problem; }
    // The last sweep's CPU per thread of this process, in ms: "main 410, bmc-session-0 220".
    QString lastThreadCpu() const { return m_threadCpu; }

private:
    struct Stack;
    std::unique_ptr<Stack> makeStack(const QString &cacheDir) const;
    bench::Measure sweepAll(Stack &stack);
    // Runs fn on the stack's thread and returns when it has.
    template<typename Fn>
    void onStackThread(Fn fn);

    QList<Target> m_targets;
    QString m_user;
    QString m_password;
    QString m_warmCacheDir;
    std::optional<int> m_cipherSuite;
    QThread m_thread;
    QObject *m_home = nullptr; // lives in m_thread
    std::unique_ptr<Stack> m_warm;
    std::vector<double> m_latencies;
    QString m_problem;
    QString m_threadCpu;
};
