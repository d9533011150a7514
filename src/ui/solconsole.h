// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bmcendpoint.h"
#include "transport/solclient.h"

#include <QFile>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class SolConsole;
}
class TerminalWidget;
class QThread;
class QTimer;

// The Serial-over-LAN console of one server: a TerminalWidget fed by a SolClient over
// a client of its own (SOL needs a session of its own). The session runs on the
// given thread (the session pool's worker of that BMC) like every other session; the
// window and the session talk only through queued signals and invoked slots. Toolbar: connect,
// disconnect, send break, copy, paste, log to file (each line timestamped) and automatic
// reconnection when the BMC ends SOL or refuses it for a while (host power-cycling).
//
// Usage: auto *c = new SolConsole(endpoint, thread, parent); c->show(); c->connectToHost();
// It is a top-level window (Qt::Window) and deletes itself on close; closing
// deactivates SOL first (waiting at most two seconds).
class SolConsole : public QMainWindow
{
    Q_OBJECT

public:
    // sessionThread null: the session runs on the window's own thread.
    explicit SolConsole(const BmcEndpoint &endpoint, QThread *sessionThread = nullptr, QWidget *parent = nullptr);
    ~SolConsole() override;

    // Shows the "SOL settings…" action; the caller answers settingsRequested().
    void offerSettings();

    void connectToHost();
    void disconnectFromHost();
    bool startLog(const QString &path); // appends; false when the file cannot be opened
    void stopLog();

    TerminalWidget *terminal() const { return m_terminal; }
    QString statusText() const;

Q_SIGNALS:
    // The user asked for the BMC's SOL settings (enable SOL, privilege, bit rate); the
    // window that knows the server opens them (see offerSettings()).
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onReceived(const QByteArray &bytes);
    void onEnded(const QString &reason);
    void onFailed(const QString &error, bool worthRetrying);
    void onAlreadyActive();
    void scheduleReconnect();
    void setStatus(const QString &text);
    void updateActions();
    SolClient::State solState() const;
    void logBytes(const QByteArray &bytes);

    std::unique_ptr<Ui::SolConsole> m_ui;
    QString m_host;
    QObject *m_session = nullptr; // owns the client and the SolClient, in the session thread
    SolClient *m_sol = nullptr;
    int m_solState = 0;           // SolClient::State as last reported
    QString m_peerName;
    TerminalWidget *m_terminal = nullptr;
    QTimer *m_reconnect = nullptr;
    QFile m_log;
    QByteArray m_logLine; // the partial line not yet written
    bool m_wanted = false;  // the user wants to be connected
    bool m_closing = false;
};
