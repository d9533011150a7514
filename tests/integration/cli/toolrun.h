// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs bmcpilot-cli or a reference tool (ipmitool, FreeIPMI) for the CLI integration
// tests: the password goes through the environment (-E), never the command line, and a
// crash shows as exit code -1.
#include "demo/simbmc.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

struct Run
{
    QString out;
    QString err;
    int exitCode = -1;
    bool timedOut = false;
};

// cacheHome, when given, becomes XDG_CACHE_HOME (where bmcpilot-cli keeps its SDR cache).
inline Run run(const QString &program, const QStringList &arguments, const QString &password, int timeoutMs = 60000,
               const QString &cacheHome = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IPMI_PASSWORD"), password);
    environment.remove(QStringLiteral("IPMITOOL_PASSWORD"));
    if (!cacheHome.isEmpty())
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.timedOut = true;
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// "-H host -p port -U <administrator> -E" for bmc, with that account's password in
// *password; empty when the BMC has no administrator account.
inline QStringList adminConnection(const sim::SimBmc &bmc, QString *password)
{
    const auto admin = bmc.account(ipmi::Privilege::Administrator);
    if (!admin)
        return {};
    *password = admin->password;
    return {QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), QString::number(bmc.port),
            QStringLiteral("-U"), admin->user, QStringLiteral("-E")};
}

} // namespace clitest
