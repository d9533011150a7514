// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "model/hostfanout.h"
#include "model/hostlist.h"

#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

// Runs one prepared command on every host and prints the outcome once.
//
// Fanout: at most `fanout` hosts have a command in flight; each host has its own
// session, all driven from the calling thread's event loop (nothing blocks, no thread
// per host). A host's session is opened, the task runs, the session is closed.
//
// Output: plain text goes out in the order the hosts were given, each host's block as
// soon as the hosts before it are done; with several hosts every line is prefixed with
// "host: ", as FreeIPMI does. Errors go to the error stream. With json, one document is
// printed at the end: the command's value for one host, or an object keyed by
// "host:port" holding {"ok": true, "result": ...} or {"ok": false, "error": "..."}.
//
// Threading: lives in one thread and must be used there. finished() is emitted once,
// after every session has been closed, with 0 if every host succeeded and 1 otherwise.
class Runner : public QObject
{
    Q_OBJECT

public:
    using SessionFactory = std::function<std::unique_ptr<HostSession>(const HostEndpoint &host)>;

    struct Settings
    {
        int fanout = 64;
        bool json = false;
        int verbosity = 0;
        quint16 defaultPort = 623; // hidden from plain-text labels
    };

    Runner(QList<HostEndpoint> hosts, HostTask task, SessionFactory factory, Settings settings, QTextStream &out,
           QTextStream &err, QObject *parent = nullptr);
    ~Runner() override;

    void start();
    int peakInFlight() const { return m_fanOut.peakRunning(); } // the most hosts ever in flight at once

signals:
    void finished(int exitCode);

private:
    struct Host
    {
        HostEndpoint endpoint;
        std::unique_ptr<HostSession> session;
        std::optional<CommandResult> result;
        bool closed = false;
    };

    void launch(int index);
    void hostDone(std::size_t index, CommandResult result);
    void printReady();
    void printJson();
    void finishIfDone();
    QString prefix(const Host &host) const;
    void writePrefixed(QTextStream &stream, const Host &host, const QString &text);

    std::vector<Host> m_hosts;
    HostTask m_task;
    SessionFactory m_factory;
    Settings m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    HostFanOut m_fanOut;
    std::size_t m_nextToPrint = 0;
    bool m_finished = false;
};
