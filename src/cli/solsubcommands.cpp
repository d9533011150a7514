// SPDX-License-Identifier: GPL-3.0-or-later
#include "solsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/clienthostsession.h"
#include "ipmi/sol/escapeparser.h"
#include "transport/solclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>
#include <termios.h>
#include <unistd.h>

using namespace ipmi::sol;

namespace {

HostTask deactivateTask()
{
    return [](HostSession &session, TaskDone done) {
        session.execute(deactivatePayloadRequest(), [done](ipmi::Result<ipmi::Response> response) {
            if (!response) {
                done(response.error());
                return;
            }
            CommandOutput output;
            if (response->completionCode == kAlreadyDeactivated)
                output.text = QCoreApplication::translate("SolCommands", "Info: SOL payload already de-activated\n");
            if (auto parsed = parseDeactivation(response.value()); !parsed) {
                done(parsed.error());
                return;
            }
            output.json = QJsonObject{{"deactivated", true}};
            done(output);
        });
    };
}

void writeOut(int fd, const QByteArray &data)
{
    qsizetype at = 0;
    while (at < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + at, static_cast<size_t>(data.size() - at));
        if (n <= 0)
            return;
        at += n;
    }
}

// One `sol activate`: raw terminal (when stdin is a TTY), escapes, and the SolClient.
class ConsoleRun : public QObject
{
public:
    ConsoleRun(IpmiClient *client, bool takeOver, TaskDone done)
        : m_done(std::move(done))
    {
        SolClient::Settings settings;
        settings.takeOver = takeOver;
        m_sol = new SolClient(client, settings, this);
        connect(m_sol, &SolClient::activated, this, &ConsoleRun::onActivated);
        connect(m_sol, &SolClient::received, this, [this](const QByteArray &data) {
            m_lastOutput.restart();
            writeOut(STDOUT_FILENO, data);
        });
        connect(m_sol, &SolClient::alreadyActive, this, [this] {
            finish(ipmi::makeError(ipmi::ErrorKind::CompletionCode,
                                   QCoreApplication::translate("SolCommands", "SOL payload already active on another session; take it over with "
                                      "\"sol activate takeover\" or end it with \"sol deactivate\"")
                                       .toStdString(),
                                   kAlreadyActive));
        });
        connect(m_sol, &SolClient::failed, this,
                [this](const QString &error) { finish(ipmi::makeError(ipmi::ErrorKind::Unsupported, error.toStdString())); });
        connect(m_sol, &SolClient::deactivated, this, [this](const QString &reason) {
            if (reason.isEmpty())
                finish(CommandOutput{});
            else
                finish(ipmi::makeError(ipmi::ErrorKind::SessionLost, reason.toStdString()));
        });
        m_sol->activate();
    }

    ~ConsoleRun() override { restoreTerminal(); }

private:
    void onActivated()
    {
        writeOut(STDERR_FILENO, QCoreApplication::translate("SolCommands", "[SOL Session operational.  Use ~? for help]\n").toUtf8());
        m_tty = ::isatty(STDIN_FILENO) == 1;
        if (m_tty && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios raw = m_saved;
            ::cfmakeraw(&raw);
            raw.c_oflag |= OPOST; // keep "\n" -> "\r\n" on our own messages
            m_rawSet = ::tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0;
        }
        m_lastOutput.start();
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &ConsoleRun::onInput);
    }

    void onInput()
    {
        char buffer[1024];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            // End of input (a pipe in tests): let the echo come back, then leave cleanly.
            m_stdin->setEnabled(false);
            auto *settle = new QTimer(this);
            connect(settle, &QTimer::timeout, this, [this, settle] {
                if (m_sol->stats().charactersSent >= m_typed && m_lastOutput.elapsed() >= 1000) {
                    settle->stop();
                    m_sol->deactivate();
                }
            });
            settle->start(100);
            return;
        }
        for (const EscapeParser::Item &item :
             m_escapes.feed(ipmi::ByteView(reinterpret_cast<const std::uint8_t *>(buffer), static_cast<std::size_t>(n)))) {
            switch (item.action) {
            case EscapeParser::Action::Send:
                m_typed += item.characters.size();
                m_sol->send(QByteArray(reinterpret_cast<const char *>(item.characters.data()),
                                       static_cast<qsizetype>(item.characters.size())));
                break;
            case EscapeParser::Action::Break:
                m_sol->sendBreak();
                break;
            case EscapeParser::Action::Help:
                writeOut(STDERR_FILENO, QCoreApplication::translate("SolCommands", "\r\n\tSupported escape sequences:\r\n"
                                           "\t~.  - terminate connection\r\n"
                                           "\t~B  - send break\r\n"
                                           "\t~?  - this message\r\n"
                                           "\t~~  - send the escape character by typing it twice\r\n"
                                           "\t(Note that escapes are only recognized immediately after newline.)\r\n")
                                            .toUtf8());
                break;
            case EscapeParser::Action::Terminate:
                m_stdin->setEnabled(false);
                m_sol->deactivate();
                return;
            }
        }
    }

    void restoreTerminal()
    {
        if (m_rawSet) {
            ::tcsetattr(STDIN_FILENO, TCSADRAIN, &m_saved);
            m_rawSet = false;
        }
    }

    void finish(CommandResult result)
    {
        restoreTerminal();
        if (m_finished)
            return;
        m_finished = true;
        if (result)
            writeOut(STDERR_FILENO, QCoreApplication::translate("SolCommands", "\n[terminated bmcpilot-cli]\n").toUtf8());
        TaskDone done = std::move(m_done);
        deleteLater();
        done(std::move(result));
    }

    TaskDone m_done;
    SolClient *m_sol = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    EscapeParser m_escapes;
    QElapsedTimer m_lastOutput;
    std::uint64_t m_typed = 0;
    termios m_saved{};
    bool m_tty = false;
    bool m_rawSet = false;
    bool m_finished = false;
};

HostTask activateTask(bool takeOver)
{
    return [takeOver](HostSession &session, TaskDone done) {
        // A client that cannot carry SOL (-I open, -I lan) fails activation with its sentence.
        auto *clientSession = dynamic_cast<ClientHostSession *>(&session);
        if (!clientSession) {
            done(ipmi::makeError(ipmi::ErrorKind::Unsupported,
                                 QCoreApplication::translate("SolCommands", "Serial-over-LAN needs a network session (-I lanplus).").toStdString()));
            return;
        }
        new ConsoleRun(clientSession->client(), takeOver, std::move(done));
    };
}

} // namespace

void registerSolCommands(CommandRegistry &registry)
{
    const QString activateSynopsis = QStringLiteral("sol activate [takeover]");
    registry.add({{"sol", "activate"}, activateSynopsis,
                  QCoreApplication::translate("SolCommands", "connect to the host's serial console (~. ends, ~B sends a break, ~? lists escapes)"),
                  [activateSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() > 1 || (arguments.size() == 1 && arguments[0] != QLatin1String("takeover")))
                          return CommandRegistry::usageError(QCoreApplication::translate("SolCommands", "Unexpected argument \"%1\".").arg(arguments.first()),
                                                             activateSynopsis);
                      return activateTask(arguments.size() == 1);
                  }});
    registry.add({{"sol", "deactivate"}, QStringLiteral("sol deactivate"),
                  QCoreApplication::translate("SolCommands", "end the Serial-over-LAN session, also one left by another client"),
                  [](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (!arguments.isEmpty())
                          return CommandRegistry::usageError(QCoreApplication::translate("SolCommands", "Unexpected argument \"%1\".").arg(arguments.first()),
                                                             QStringLiteral("sol deactivate"));
                      return deactivateTask();
                  }});
}
