// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandregistry.h"
#include "cli/options.h"

#include <QCoreApplication>
#include <QTextStream>

// bmcpilot-cli from parsed arguments to exit code: options, command lookup, the runner
// over the network, help, version and the demo lab. main() only builds the
// QCoreApplication and calls run().
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication(QTextStream &out, QTextStream &err);

    // args excludes the program name. Runs the event loop when there is work to do.
    int run(const QStringList &args);

    // The task for a command line, or the usage error to show (no network involved).
    ipmi::Result<HostTask> prepare(const QStringList &command) const;

    QString help() const;

private:
    int runDemo();

    QTextStream &m_out;
    QTextStream &m_err;
    CommandRegistry m_registry;
};
