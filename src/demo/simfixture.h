// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/simbmc.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace sim {

// Runs a set of simulated BMCs, each a child process in its own folder under one
// temporary directory, on free loopback UDP ports.
//
// start() launches every instance at once, then waits until each answers a Get
// Channel Authentication Capabilities probe on every address it listens on; if a
// process dies first it is retried on a new port, otherwise the error names the
// instance and quotes its standard error. stop() (and the destructor) end every
// process by pid and reap it; children also die with the thread that started them
// (see SimProcess), so start fixtures from the main or GUI thread.
//
// Threading: a fixture lives in one thread and is driven by its event loop; the
// SimBmc values it hands out are plain copies, safe to pass anywhere.
class SimFixture : public QObject
{
    Q_OBJECT

public:
    ~SimFixture() override;

    // Starts all instances and runs a local event loop until they all answer or the
    // start fails (tests, the command-line tool). False with errorString() on failure.
    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // The same without blocking (the GUI): ends with ready() or failed().
    void startAsync(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Ends every process (SIGTERM, then SIGKILL after a second) and releases the
    // ports. The folders stay until the fixture is destroyed, for post-mortems.
    void stop();

    bool isReady() const { return m_state == State::Ready; }
    QString errorString() const { return m_error; }

    int count() const { return int(m_instances.size()); }
    const SimBmc &bmc(int index) const;
    QList<SimBmc> bmcs() const;
    QString directory() const { return m_root ? m_root->path() : QString(); }

    // Chassis state kept in <instance>/state/chassis.state by the BMC's hooks.
    bool powerState(int index) const;
    void setPowerState(int index, bool on);
    QString bootDevice(int index) const; // ipmi_sim: none/pxe/..., pyghmi: network/hd/...
    QString identify(int index) const;   // "<seconds> <force>" of the last Chassis Identify
    int resetCount(int index) const;
    QString chassisStateFile(int index) const;

signals:
    void ready();
    void failed(const QString &error);

protected:
    explicit SimFixture(QObject *parent);

    struct Launch
    {
        QString program;
        QStringList arguments;
    };

    // How many instances to run, and the name (a folder name too) and the addresses
    // of instance i.
    virtual int plannedCount() const = 0;
    virtual QString instanceName(int index) const = 0;
    virtual QStringList addresses(int index) const = 0;
    // True when the process binds port 0 itself and prints "READY <port>" on its
    // standard output; false when the fixture reserves the port beforehand.
    virtual bool reportsOwnPort() const = 0;
    // Writes instance files into bmc.directory, which holds just an empty state/
    // folder, and fills the rest of bmc: name, host, port (unless reportsOwnPort())
    // and directory are set already. Called again, on a clean folder, for a retry.
    virtual std::optional<Launch> prepare(int index, SimBmc &bmc, QString *error) = 0;

    QString stateFile(int index, const QString &file) const;

private:
    struct Instance;
    enum class State
    {
        Idle,
        Starting,
        Ready,
        Failed,
        Stopped,
    };

    bool launch(int index);
    void probeAll();
    void readProbe(int index);
    void confirmReady(int index);
    void instanceEnded(int index);
    void fail(const QString &error);
    QString describe(const Instance &instance) const;

    std::unique_ptr<QTemporaryDir> m_root;
    std::vector<std::unique_ptr<Instance>> m_instances;
    QTimer m_probeTimer;
    QDeadlineTimer m_deadline;
    State m_state = State::Idle;
    QString m_error;
    quint8 m_probeSequence = 0;
};

} // namespace sim
