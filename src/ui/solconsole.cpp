// SPDX-License-Identifier: GPL-3.0-or-later
#include "solconsole.h"

#include "terminalwidget.h"
#include "transport/solclient.h"
#include "ui_solconsole.h"
#include "plainmessage.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace {
constexpr int kReconnectMs = 5000;
}

SolConsole::SolConsole(const BmcEndpoint &endpoint, QThread *sessionThread, QWidget *parent)
    : QMainWindow(parent, Qt::Window), m_ui(std::make_unique<Ui::SolConsole>()), m_host(endpoint.host)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Serial console — %1").arg(m_host));
    m_terminal = new TerminalWidget(m_ui->terminalHost);
    m_ui->terminalLayout->addWidget(m_terminal);
    qRegisterMetaType<SolClient::State>();
    m_session = new QObject;
    IpmiClient *client = endpoint.makeClient({}, m_session);
    m_peerName = client->location();
    m_sol = new SolClient(client, m_session);
    if (sessionThread)
        m_session->moveToThread(sessionThread); // before any socket or timer starts
    m_reconnect = new QTimer(this);
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        if (m_wanted && solState() == SolClient::State::Idle)
            QMetaObject::invokeMethod(m_sol, &SolClient::activate);
    });

    connect(m_terminal, &TerminalWidget::input, m_sol, &SolClient::send);
    connect(m_sol, &SolClient::received, this, &SolConsole::onReceived);
    connect(m_sol, &SolClient::activated, this, [this] {
        setStatus(tr("Connected to %1").arg(m_peerName));
        m_terminal->setFocus();
    });
    connect(m_sol, &SolClient::deactivated, this, &SolConsole::onEnded);
    connect(m_sol, &SolClient::failed, this, &SolConsole::onFailed);
    connect(m_sol, &SolClient::alreadyActive, this, &SolConsole::onAlreadyActive);
    connect(m_sol, &SolClient::breakDetected, this, [this] { statusBar()->showMessage(tr("The host sent a break"), 3000); });
    connect(m_sol, &SolClient::stateChanged, this, [this](SolClient::State state) {
        m_solState = int(state);
        updateActions();
    });

    connect(m_ui->actionConnect, &QAction::triggered, this, &SolConsole::connectToHost);
    connect(m_ui->actionDisconnect, &QAction::triggered, this, &SolConsole::disconnectFromHost);
    connect(m_ui->actionSendBreak, &QAction::triggered, m_sol, &SolClient::sendBreak);
    connect(m_ui->actionCopy, &QAction::triggered, m_terminal, &TerminalWidget::copy);
    connect(m_ui->actionPaste, &QAction::triggered, m_terminal, &TerminalWidget::paste);
    connect(m_ui->actionSettings, &QAction::triggered, this, &SolConsole::settingsRequested);
    m_ui->actionSettings->setVisible(false); // until a window that knows the server listens
    connect(m_ui->actionLog, &QAction::toggled, this, [this](bool on) {
        if (!on) {
            stopLog();
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Log the console to"),
                                                          QStringLiteral("sol-%1.log").arg(m_host));
        if (path.isEmpty() || !startLog(path)) {
            if (!path.isEmpty())
                PlainMessage::warning(this, windowTitle(), tr("Cannot write %1: %2").arg(path, m_log.errorString()));
            const QSignalBlocker block(m_ui->actionLog);
            m_ui->actionLog->setChecked(false);
        }
    });
    setStatus(tr("Not connected"));
    updateActions();
}

SolConsole::~SolConsole()
{
    stopLog();
    m_session->deleteLater(); // in its own thread
}

SolClient::State SolConsole::solState() const
{
    return SolClient::State(m_solState);
}

void SolConsole::connectToHost()
{
    m_wanted = true;
    setStatus(tr("Connecting to %1…").arg(m_peerName));
    QMetaObject::invokeMethod(m_sol, &SolClient::activate);
}

void SolConsole::offerSettings()
{
    m_ui->actionSettings->setVisible(true);
}

void SolConsole::disconnectFromHost()
{
    m_wanted = false;
    m_reconnect->stop();
    QMetaObject::invokeMethod(m_sol, &SolClient::deactivate);
}

QString SolConsole::statusText() const
{
    return statusBar()->currentMessage();
}

void SolConsole::setStatus(const QString &text)
{
    statusBar()->showMessage(text);
}

void SolConsole::updateActions()
{
    const SolClient::State state = solState();
    m_ui->actionConnect->setEnabled(state == SolClient::State::Idle);
    m_ui->actionDisconnect->setEnabled(state == SolClient::State::Active || state == SolClient::State::Activating
                                       || m_reconnect->isActive());
    m_ui->actionSendBreak->setEnabled(state == SolClient::State::Active);
}

void SolConsole::onReceived(const QByteArray &bytes)
{
    m_terminal->feed(bytes);
    logBytes(bytes);
}

void SolConsole::onEnded(const QString &reason)
{
    if (m_closing) {
        close();
        return;
    }
    if (reason.isEmpty()) {
        setStatus(tr("Disconnected"));
    } else {
        setStatus(tr("Disconnected: %1").arg(reason));
        scheduleReconnect();
    }
    updateActions();
}

void SolConsole::onFailed(const QString &error, bool worthRetrying)
{
    setStatus(tr("Cannot connect: %1").arg(error));
    if (!worthRetrying && m_ui->actionSettings->isVisible())
        setStatus(statusText() + tr(" — check the SOL settings"));
    if (worthRetrying)
        scheduleReconnect(); // e.g. no answer, or every SOL instance in use
    else
        m_wanted = false; // the BMC lacks SOL or refuses it: trying again every 5 s cannot help
    updateActions();
}

void SolConsole::scheduleReconnect()
{
    if (!m_wanted || !m_ui->actionAutoReconnect->isChecked())
        return;
    setStatus(statusText() + tr(" — trying again in %1 s").arg(kReconnectMs / 1000));
    m_reconnect->start(kReconnectMs);
}

void SolConsole::onAlreadyActive()
{
    const auto answer = QMessageBox::question(
        this, windowTitle(),
        tr("Serial-over-LAN is in use by another session on %1. Take it over? The other "
           "session loses its console.")
            .arg(m_host));
    if (answer == QMessageBox::Yes) {
        setStatus(tr("Taking over…"));
        QMetaObject::invokeMethod(m_sol, &SolClient::takeOver);
    } else {
        m_wanted = false;
        setStatus(tr("Not connected: in use by another session"));
    }
    updateActions();
}

bool SolConsole::startLog(const QString &path)
{
    stopLog();
    m_log.setFileName(path);
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    m_log.write(QStringLiteral("[%1] --- log started, %2 ---\n")
                    .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), m_host)
                    .toUtf8());
    m_log.flush();
    return true;
}

void SolConsole::stopLog()
{
    if (!m_log.isOpen())
        return;
    if (!m_logLine.isEmpty())
        logBytes(QByteArray("\n"));
    m_log.close();
}

void SolConsole::logBytes(const QByteArray &bytes)
{
    if (!m_log.isOpen())
        return;
    for (const char c : bytes) {
        if (c == '\r')
            continue;
        if (c != '\n') {
            m_logLine += c;
            continue;
        }
        m_log.write("[" + QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + "] " + m_logLine + "\n");
        m_logLine.clear();
    }
    m_log.flush();
}

void SolConsole::closeEvent(QCloseEvent *event)
{
    m_wanted = false;
    m_reconnect->stop();
    if (m_closing || solState() == SolClient::State::Idle) {
        event->accept();
        return;
    }
    // Free the BMC's SOL instance before the window goes; never wait long.
    m_closing = true;
    event->ignore();
    QMetaObject::invokeMethod(m_sol, &SolClient::deactivate);
    QTimer::singleShot(2000, this, &SolConsole::close); // the BMC did not answer in time
}
