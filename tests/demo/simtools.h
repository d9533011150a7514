// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/simbmc.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sim {
class SimFixture;
}

// Helpers of the fixture self-tests: running the reference clients and starting
// several fixtures at once.
namespace simtest {

struct ToolRun
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
    QString text() const { return out + err; }
};

// Runs a program to completion (at most timeoutMs) and collects its output.
ToolRun runTool(const QString &program, const QStringList &arguments, int timeoutMs = 30000);

// ipmitool's RMCP+ options for one BMC and account; command is space-separated.
QStringList lanplusArgs(const sim::SimBmc &bmc, const sim::Account &account, int suite,
                        const QString &command);

// True while the pid belongs to a process (zombies included).
bool processAlive(qint64 pid);

// Starts the fixtures in parallel and waits until all are ready or one fails.
bool startAll(const QList<sim::SimFixture *> &fixtures, QString *error);

} // namespace simtest
