// SPDX-License-Identifier: GPL-3.0-or-later
#include "demomode.h"

#ifdef BMCPILOT_HAVE_DEMO

#include "demo/demolab.h"

#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int DemoMode::run()
{
    sim::DemoLab lab;
    m_err << tr("Starting the demo lab...") << '\n';
    m_err.flush();
    if (!lab.start()) {
        m_err << tr("The demo lab did not start: %1").arg(lab.errorString()) << '\n';
        return 1;
    }

    m_out << tr("Simulated BMCs (loopback only):") << "\n\n";
    for (const sim::DemoServer &server : lab.servers()) {
        const QString interfaceName = server.interfaceName.isEmpty() ? QStringLiteral("lanplus") : server.interfaceName;
        m_out << "  " << server.name << " - " << server.description << '\n';
        // The lab's passwords are public test fixtures; -E keeps them out of `ps` anyway.
        m_out << "    IPMI_PASSWORD=" << server.password << " " << QCoreApplication::applicationName() << " -I "
              << interfaceName << " -H " << server.host << " -p " << server.port << " -U " << server.user
              << " -E -C " << server.cipherSuite << " -L " << QString::fromStdString(ipmi::privilegeName(server.privilege))
              << " chassis status\n\n";
    }
    m_out << tr("Press Ctrl+C (or close standard input) to stop the lab.") << '\n';
    m_out.flush();

    if (::pipe(g_signalPipe) != 0) {
        m_err << tr("Cannot watch for Ctrl+C.") << '\n';
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, [] { QCoreApplication::exit(0); });
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, [&stdinNotifier] {
        char buffer[256];
        // Lines typed are ignored; end of input (or a read error) stops the lab.
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinNotifier.setEnabled(false);
            QCoreApplication::exit(0);
        }
    });
    QCoreApplication::exec();

    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    lab.stop();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    m_err << tr("Demo lab stopped.") << '\n';
    return 0;
}

#else

int DemoMode::run()
{
    // The demo layer needs OpenIPMI's sdrcomp and python3 at build time.
    m_err << tr("This build of %1 has no demo lab: it was built without %2. Install openipmi and python3, then build again.")
                 .arg(QCoreApplication::applicationName(), QStringLiteral(BMCPILOT_DEMO_MISSING))
          << '\n';
    return 1;
}

#endif
