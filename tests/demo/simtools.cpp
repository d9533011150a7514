// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtools.h"

#include "demo/simfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <csignal>

namespace simtest {

ToolRun runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: %1 %2").arg(program, arguments.join(u' '));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList lanplusArgs(const sim::SimBmc &bmc, const sim::Account &account, int suite,
                        const QString &command)
{
    // -N 1 -R 3: one-second retransmits, so a lost datagram costs little.
    return QStringList{QStringLiteral("-I"), QStringLiteral("lanplus"),
                       QStringLiteral("-C"), QString::number(suite),
                       QStringLiteral("-H"), bmc.host,
                       QStringLiteral("-p"), QString::number(bmc.port),
                       QStringLiteral("-U"), account.user,
                       QStringLiteral("-P"), account.password,
                       QStringLiteral("-L"), QString::fromStdString(ipmi::privilegeName(account.privilege)),
                       QStringLiteral("-N"), QStringLiteral("1"),
                       QStringLiteral("-R"), QStringLiteral("3")} +
           command.split(u' ');
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

bool startAll(const QList<sim::SimFixture *> &fixtures, QString *error)
{
    for (sim::SimFixture *fixture : fixtures)
        fixture->startAsync(std::chrono::seconds(20));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 25000) {
        bool done = true;
        for (sim::SimFixture *fixture : fixtures) {
            if (!fixture->errorString().isEmpty()) {
                *error = fixture->errorString();
                return false;
            }
            done = done && fixture->isReady();
        }
        if (done)
            return true;
        QTest::qWait(20);
    }
    *error = QStringLiteral("the fixtures did not start within 25 s");
    return false;
}

} // namespace simtest
