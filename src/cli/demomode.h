// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

// `bmcpilot-cli --demo`: starts the simulated lab of src/demo (OpenIPMI ipmi_sim and
// pyghmi BMCs on loopback), prints each BMC with a command ready to paste, and keeps
// them running until Ctrl+C, SIGTERM or the end of standard input.
class DemoMode
{
    Q_DECLARE_TR_FUNCTIONS(DemoMode)

public:
    DemoMode(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // Runs the event loop until told to stop; returns the exit code.
    int run();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
