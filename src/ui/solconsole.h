// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/sessionconfig.h"

#include <QFile>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class SolConsole;
}
class LanClient;
class SolClient;
class TerminalWidget;
class QTimer;

// The Serial-over-LAN console of one server: a TerminalWidget fed by a SolClient over
// its own LanClient session (SOL needs a session of its own). Toolbar: connect,
// disconnect, send break, copy, paste, log to file (each line timestamped) and automatic
// reconnection when the BMC ends SOL or refuses it for a while (host power-cycling).
//
// Usage: auto *c = new SolConsole(host, port, config, parent); c->show(); c->connectToHost();
// It is a top-level window (Qt::Window) and deletes itself on close; closing
// deactivates SOL first (waiting at most two seconds).
class SolConsole : public QMainWindow
{
    Q_OBJECT

public:
    SolConsole(const QString &host, quint16 port, ipmi::SessionConfig config, QWidget *parent = nullptr);
    ~SolConsole() override;

    // Shows the "SOL settings…" action; the caller answers settingsRequested().
    void offerSettings();

    void connectToHost();
    void disconnectFromHost();
    bool startLog(const QString &path); // appends; false when the file cannot be opened
    void stopLog();

    TerminalWidget *terminal() const { return m_terminal; }
    SolClient *solClient() const { return m_sol; }
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
    void logBytes(const QByteArray &bytes);

    std::unique_ptr<Ui::SolConsole> m_ui;
    QString m_host;
    quint16 m_port;
    LanClient *m_lan = nullptr;
    SolClient *m_sol = nullptr;
    TerminalWidget *m_terminal = nullptr;
    QTimer *m_reconnect = nullptr;
    QFile m_log;
    QByteArray m_logLine; // the partial line not yet written
    bool m_wanted = false;  // the user wants to be connected
    bool m_closing = false;
};
