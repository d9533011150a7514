// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanverifiedset.h"

#include "cli/terminaltext.h"
#include "cli/operationtask.h"

#include "ipmi/lan/lanconfigwriter.h"
#include "ipmi/lan/safelanchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

using namespace ipmi::lan;

namespace {

// The strings of every lan file share the "LanCommands" context; a holder per file
// because lupdate must see it from the file that calls LanText::tr().
struct LanText
{
    Q_DECLARE_TR_FUNCTIONS(LanCommands)
};

// One `lan set --verify`: drives SafeLanChange over the present session and new
// sessions the present one opens with its own login settings. Lives until done() was called and its sessions are closed.
class VerifiedLanSet : public std::enable_shared_from_this<VerifiedLanSet>
{
public:
    VerifiedLanSet(HostSession &session, HostSession::LanLogin login, SafeLanChange safe, LanSetRequest set,
                   TaskDone done)
        : m_session(session), m_login(std::move(login)), m_safe(std::move(safe)), m_set(std::move(set)),
          m_done(std::move(done)), m_context(new QObject)
    {
    }

    void start()
    {
        m_clock.start();
        if (m_safe.action() == SafeLanChange::Action::Finished) {
            finish();
            return;
        }
        printWarnings(m_safe.warnings());
        auto self = shared_from_this();
        auto writer = std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.changeWrites());
        runOperation(
            m_session, ipmi::op::OperationPtr<LanWriteOutcome>(writer),
            [self](CommandResult failed) { self->written(failed.error()); },
            [self](LanWriteOutcome outcome) { self->written(std::move(outcome)); });
    }

private:
    SafeLanChange::Duration now() const { return SafeLanChange::Duration(m_clock.elapsed()); }

    void written(ipmi::Result<LanWriteOutcome> outcome)
    {
        if (outcome)
            printWarnings(outcome->warnings);
        m_safe.onChangeWritten(outcome, now());
        if (m_safe.action() == SafeLanChange::Action::ConfirmAtNew) {
            auto self = shared_from_this();
            QTimer::singleShot(m_safe.timeout(), m_context, [self] {
                self->m_safe.onDeadline(self->now());
                self->advance();
            });
        }
        advance();
    }

    std::shared_ptr<HostSession> newSession(const QString &host)
    {
        std::shared_ptr<HostSession> session(
            m_session.openLanSession(HostEndpoint{host, m_login.endpoint.port}, m_login.config));
        m_sessions.push_back(session);
        return session;
    }

    void advance()
    {
        auto self = shared_from_this();
        switch (m_safe.action()) {
        case SafeLanChange::Action::WriteChange: break;
        case SafeLanChange::Action::ConfirmAtNew: {
            if (m_attemptInFlight)
                return;
            m_attemptInFlight = true;
            const int left = m_safe.secondsLeft(now());
            if (left != m_lastReported) {
                m_lastReported = left;
                fprintf(stderr, "%s\n", m_safe.countdownText(now()).c_str());
            }
            auto probe = newSession(QString::fromStdString(m_safe.newAddress()));
            probe->open([self, probe](ipmi::Result<ipmi::SessionInfo> opened) {
                self->m_attemptInFlight = false;
                probe->close([] {});
                if (self->m_safe.action() != SafeLanChange::Action::ConfirmAtNew)
                    return;
                self->m_safe.onConfirmAttempt(opened.ok(), self->now());
                if (self->m_safe.action() == SafeLanChange::Action::ConfirmAtNew)
                    QTimer::singleShot(1000, self->m_context, [self] { self->advance(); });
                else
                    self->advance();
            });
            break;
        }
        case SafeLanChange::Action::ConnectAtOld:
            if (m_old)
                return;
            fprintf(stderr, "%s\n", qPrintable(LanText::tr("%1 did not answer; reconnecting at %2")
                                                   .arg(QString::fromStdString(m_safe.newAddress()), m_login.endpoint.host)));
            m_old = newSession(m_login.endpoint.host);
            m_old->open([self](ipmi::Result<ipmi::SessionInfo> opened) {
                self->m_safe.onOldAddressAnswered(opened.ok());
                self->advance();
            });
            break;
        case SafeLanChange::Action::RestorePrevious: {
            auto writer = std::make_shared<LanConfigWriter>(m_safe.channel(), m_safe.restoreWrites());
            runOperation(
                *m_old, ipmi::op::OperationPtr<LanWriteOutcome>(writer),
                [self](CommandResult failed) {
                    self->m_safe.onRestoreWritten(failed.error());
                    self->advance();
                },
                [self](LanWriteOutcome outcome) {
                    self->m_safe.onRestoreWritten(std::move(outcome));
                    self->advance();
                });
            break;
        }
        case SafeLanChange::Action::Finished: finish(); break;
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        const QString message = QString::fromStdString(m_safe.message());
        if (m_safe.succeeded()) {
            m_done(CommandOutput{m_set.message + message + u'\n',
                                 QJsonObject{{"channel", m_safe.channel()},
                                             {"verified", true},
                                             {"old_address", QString::fromStdString(m_safe.oldAddress())},
                                             {"new_address", QString::fromStdString(m_safe.newAddress())},
                                             {"message", message}}});
        } else {
            const auto kind = m_safe.outcome() == SafeLanChange::Outcome::NotWritten ? ipmi::ErrorKind::InvalidArgument
                                                                                      : ipmi::ErrorKind::Timeout;
            m_done(ipmi::makeError(kind, m_safe.message()));
        }
        // Pending timers go with their context (releasing this run); the sessions are
        // closed from the event loop, never from inside one of their own callbacks.
        m_context->deleteLater();
        auto sessions = std::make_shared<std::vector<std::shared_ptr<HostSession>>>(std::move(m_sessions));
        QTimer::singleShot(0, QCoreApplication::instance(), [sessions] {
            for (const auto &session : *sessions)
                session->close([] {});
            // Released once Close Session had its short wait.
            QTimer::singleShot(1000, QCoreApplication::instance(), [sessions] {});
        });
    }

    HostSession &m_session;
    HostSession::LanLogin m_login;
    SafeLanChange m_safe;
    LanSetRequest m_set;
    TaskDone m_done;
    QObject *m_context; // owner of the timers; deleted (later) by finish()
    QElapsedTimer m_clock;
    std::vector<std::shared_ptr<HostSession>> m_sessions;
    std::shared_ptr<HostSession> m_old;
    bool m_attemptInFlight = false;
    bool m_finished = false;
    int m_lastReported = -1;
};

} // namespace

void runVerifiedLanSet(HostSession &session, std::uint8_t channel, const LanSetRequest &set, const LanConfig &current,
                 TaskDone done)
{
    const auto login = session.lanLogin();
    if (!login) {
        done(ipmi::makeError(ipmi::ErrorKind::Unsupported,
                             LanText::tr("--verify needs a LAN session (-H host); nothing was changed.").toStdString()));
        return;
    }
    SafeLanChange safe(channel, set.change, current, login->endpoint.host.toStdString(),
                       std::chrono::seconds(*set.verifySeconds));
    auto run = std::make_shared<VerifiedLanSet>(session, *login, std::move(safe), set, std::move(done));
    run->start();
}
