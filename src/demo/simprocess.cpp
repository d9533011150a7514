// SPDX-License-Identifier: GPL-3.0-or-later
#include "simprocess.h"

#include <QFile>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace sim {

SimProcess::SimProcess(QObject *parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SimProcess::readStdout);
    connect(&m_process, &QProcess::finished, this, [this] {
        if (!m_stopping)
            emit ended();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_stopping)
            emit ended();
    });
}

SimProcess::~SimProcess()
{
    stop(500);
}

void SimProcess::start(const QString &program, const QStringList &arguments,
                       const QString &workingDirectory, const QString &stderrPath, bool readStdout)
{
    m_stderrPath = stderrPath;
    m_stdoutBuffer.clear();
    m_stopping = false;
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setWorkingDirectory(workingDirectory);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(stderrPath);
    if (!readStdout)
        m_process.setStandardOutputFile(QProcess::nullDevice());
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the parent died before prctl took effect
            ::_exit(127);
    });
    m_process.start();
    m_pid = m_process.processId();
}

bool SimProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString SimProcess::stderrTail(qsizetype maxBytes) const
{
    QFile file(m_stderrPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString SimProcess::exitDescription() const
{
    if (m_process.error() == QProcess::FailedToStart)
        return QStringLiteral("failed to start: %1").arg(m_process.errorString());
    if (isRunning())
        return QStringLiteral("is running");
    if (m_process.exitStatus() == QProcess::CrashExit)
        return QStringLiteral("was killed by a signal");
    return QStringLiteral("exited with code %1").arg(m_process.exitCode());
}

void SimProcess::terminate()
{
    m_stopping = true;
    if (isRunning())
        m_process.terminate();
}

void SimProcess::waitStopped(int graceMs)
{
    m_stopping = true;
    if (!isRunning())
        return;
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SimProcess::stop(int graceMs)
{
    terminate();
    waitStopped(graceMs);
}

void SimProcess::readStdout()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(end).trimmed();
        m_stdoutBuffer.remove(0, end + 1);
        emit stdoutLine(line);
    }
}

} // namespace sim
