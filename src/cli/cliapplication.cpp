// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "cli/auditsubcommands.h"
#include "cli/lansubcommands.h"
#include "cli/demomode.h"
#include "cli/clienthostsession.h"
#include "cli/runner.h"
#include "cli/terminaltext.h"
#include "model/learnedsuites.h"

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_registry(defaultCommandRegistry())
{
}

QString CliApplication::help() const
{
    return OptionParser::usage() + u'\n' + tr("Commands:\n") + m_registry.usage();
}

ipmi::Result<HostTask> CliApplication::prepare(const QStringList &command) const
{
    const CommandRegistry::Match match = m_registry.find(command);
    if (!match.entry) {
        // Show the family's commands when the first word is known ("chassis foo").
        const QString family = m_registry.usage({command.first()});
        const QString message = tr("Unknown command \"%1\".").arg(command.join(u' '));
        return ipmi::makeError(ipmi::ErrorKind::InvalidArgument,
                               (message + u'\n' + tr("Commands:\n") + (family.isEmpty() ? m_registry.usage() : family))
                                   .toStdString());
    }
    return match.entry->prepare(match.arguments);
}

int CliApplication::run(const QStringList &args)
{
    OptionParser parser;
    if (!parser.parse(args)) {
        m_err << parser.errorString() << '\n';
        m_err.flush();
        return 1;
    }
    const CliOptions &options = parser.options();
    if (options.showHelp) {
        m_out << help();
        return 0;
    }
    if (options.showVersion) {
        m_out << tr("bmcpilot-cli version %1\n").arg(QCoreApplication::applicationVersion());
        return 0;
    }
    if (options.demo)
        return runDemo();
    if (options.forgetSuite) {
        const LearnedSuites learned;
        for (const HostEndpoint &host : options.hosts) {
            QString error;
            if (!learned.forget(host.key(), &error)) {
                m_err << error << '\n';
                m_err.flush();
                return 1;
            }
        }
        if (options.command.isEmpty()) {
            m_out << tr("Forgot the cipher suite learned for %n host(s); the next login negotiates again.\n", nullptr,
                        int(options.hosts.size()));
            return 0;
        }
    }

    auto task = prepare(options.command);
    if (!task) {
        m_err << QString::fromStdString(task.error().message) << '\n';
        m_err.flush();
        return 1;
    }

    Runner::Settings settings;
    settings.fanout = options.fanout;
    settings.json = options.json;
    settings.verbosity = options.verbosity;
    settings.defaultPort = options.port;
    Runner runner(
        options.hosts, std::move(task).value(),
        [&options](const HostEndpoint &host) -> std::unique_ptr<HostSession> {
            if (options.localInterface)
                return ClientHostSession::local();
            return ClientHostSession::overLan(host, options.sessionConfig(host));
        },
        settings, m_out, m_err);
    int exitCode = 1;
    QObject::connect(&runner, &Runner::finished, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    runner.start();
    QCoreApplication::exec();
    if (QString error; !LearnedSuites::writePending(&error))
        printWarning(error);
    return exitCode;
}

int CliApplication::runDemo()
{
    DemoMode demo(m_out, m_err);
    const int exitCode = demo.run();
    m_out.flush();
    m_err.flush();
    return exitCode;
}
