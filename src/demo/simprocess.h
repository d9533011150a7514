// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace sim {

// One simulator child process.
//
// Lifetime: the child is started with PR_SET_PDEATHSIG(SIGKILL), so the kernel kills
// it when the *thread* that started it ends, even if this process crashes or is
// killed. Start simulators from a long-lived thread (the main thread in tests, the
// GUI thread for the demo lab), never from a pool thread that may retire. stop() ends
// the child by pid: SIGTERM, a grace period, then SIGKILL, and reaps it.
//
// Output: standard error goes to a file (nobody has to drain a pipe, and the file
// survives for error messages). Standard output is either discarded or, when asked
// for, split into lines and emitted (the pyghmi BMC prints its READY line there).
class SimProcess : public QObject
{
    Q_OBJECT

public:
    explicit SimProcess(QObject *parent = nullptr);
    ~SimProcess() override;

    void start(const QString &program, const QStringList &arguments,
               const QString &workingDirectory, const QString &stderrPath, bool readStdout);

    qint64 pid() const { return m_pid; }
    bool isRunning() const;

    // The end of what the process wrote to standard error, for error messages.
    QString stderrTail(qsizetype maxBytes = 4000) const;
    // "exited with code 1", "was killed by a signal", "failed to start: ...".
    QString exitDescription() const;

    // Sends SIGTERM without waiting; stop several processes in parallel with
    // terminate() on each, then waitStopped() on each.
    void terminate();
    // Waits for the process to end, sending SIGKILL once graceMs have passed.
    void waitStopped(int graceMs);
    void stop(int graceMs = 1000);

signals:
    void stdoutLine(const QByteArray &line);
    // The process ended (or never started) without stop() having been asked for.
    void ended();

private:
    void readStdout();

    QProcess m_process;
    QString m_stderrPath;
    QByteArray m_stdoutBuffer;
    qint64 m_pid = 0;
    bool m_stopping = false;
};

} // namespace sim
