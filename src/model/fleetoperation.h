// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/cmd/chassis.h"
#include "ipmi/core/error.h"
#include "ipmi/crypto/secret.h"
#include "ipmi/lan/alertdestination.h"
#include "ipmi/user/usercommands.h"
#include "model/hostfanout.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <optional>
#include <vector>

class AlertService;
class Bmc;
class Fleet;
class SelMonitor;
class SensorMonitor;
class ServerRegistry;

// One action run over many servers: a read-only look (power status, a sensor sweep
// summed up, the SEL summed up), a chassis power action, a new password for one user id,
// or a SEL clear. At most concurrency() hosts are in flight at a time, each
// through its server's Bmc (so requests to one BMC stay serialized by the pool while
// the others proceed); every host moves Queued -> Running -> Done / Failed / Cancelled
// and reports it with hostChanged(row). cancel() drops the queued hosts and cancels the
// running ones; finished() comes once every host has ended.
//
// The sensor and SEL summaries go through the SensorMonitor and SelMonitor (setMonitors),
// so their SDR cache and incremental SEL reads serve the fleet too, and what the fleet
// read shows on the pages as well. Those reads cannot be cancelled half-way: cancel()
// marks them cancelled at once and their answers are dropped.
//
// Each host's time runs from the moment its request is handed to the session pool to
// its answer, so it includes the wait for a session (opened or shared) to that BMC.
//
// The new password lives only in the Action (wiped with it). Errors and details are
// built from the BMC's error sentences and the password's length, never its bytes.
//
// A password rotation first reads the user's name (Get User Name). When it is the name
// BMC Pilot logs in to that server with, a successful Set User Password also replaces
// the password the Fleet keeps for the server (Fleet::replacePassword), so the next poll
// logs in with the new one; a failed set changes nothing. A host whose user name cannot
// be read fails before its password is touched. A Set User Password once sent is not
// cancelled, and its answer updates the Fleet even after this object is gone.
//
// Threading contract: a GUI-thread object, like the Fleet it uses; the Bmc callbacks
// arrive in this object's thread. Destroying it while running drops the pending answers
// (the context is gone) and cancels nothing further.
class FleetOperation : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 16;

    enum class Kind { PowerStatus, SensorSummary, SelSummary, Power, PasswordRotation, SelClear, Pef, AlertDestination };

    struct Action
    {
        Kind kind = Kind::SelClear;
        ipmi::cmd::ChassisControl power = ipmi::cmd::ChassisControl::PowerUp;
        std::uint8_t userId = 0;
        ipmi::SecretBytes password;
        ipmi::user::PasswordSize passwordSize = ipmi::user::PasswordSize::Bytes16;
        bool pefOn = false;
        std::uint8_t destination = 1; // the alert destination (set selector) to change
        ipmi::lan::AlertDestinationChange alertChange;

        static Action powerStatus();
        static Action sensorSummary();
        static Action selSummary();
        static Action powerAction(ipmi::cmd::ChassisControl control);
        static Action passwordRotation(std::uint8_t userId, ipmi::SecretBytes password,
                                       ipmi::user::PasswordSize size);
        static Action selClear();
        // Platform event filtering on or off (PEF control), read back.
        static Action pef(bool on);
        // One LAN alert destination of each server's LAN channel, changed where the
        // change says and read back; a server lacking that destination fails.
        static Action alertDestination(std::uint8_t number, ipmi::lan::AlertDestinationChange change);

        // "Read the power status", "Summarise the SEL", "Power off", "Set the password of
        // user 4", "Clear the SEL".
        QString title() const;
        // Reads only: changes nothing on the BMC or the host.
        bool isReadOnly() const;
        // Anything but a read or power on changes a running host or loses data: ask first.
        bool isDestructive() const;
        // Why this action cannot be sent (user id range, password length for its form),
        // or empty. Never quotes the password.
        QString problem() const;
    };

    enum class HostState { Queued, Running, Done, Failed, Cancelled };

    struct Host
    {
        QUuid id;
        QString name;
        QString address;
        HostState state = HostState::Queued;
        QString detail;        // what happened: the outcome or the error sentence
        qint64 elapsedMs = -1; // from start to end; -1 before the host started
    };

    struct Summary
    {
        int total = 0;
        int done = 0;
        int failed = 0;
        int cancelled = 0;
    };

    FleetOperation(Fleet *fleet, const QList<QUuid> &servers, Action action, QObject *parent = nullptr);
    ~FleetOperation() override;

    // The servers of a selection in tree order, without repeats: servers as they are,
    // groups replaced by every server below them.
    static QList<QUuid> serversIn(const ServerRegistry &registry, const QList<QUuid> &selection);
    static QString stateName(HostState state);

    const Action &action() const { return m_action; }
    void setConcurrency(int hosts); // before start(); at least 1
    // Needed by the sensor and SEL summaries (before start()); either may be null.
    void setMonitors(SensorMonitor *sensors, SelMonitor *sel);
    // Whether this operation can run `kind` with the monitors it was given.
    bool canRun(Kind kind) const;
    int concurrency() const { return m_concurrency; }

    // False (and nothing is sent) when the action has a problem, there is no host, a
    // monitor it needs is missing, or it ran already.
    bool start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }

    int hostCount() const { return int(m_hosts.size()); }
    const Host &host(int row) const { return m_hosts.at(std::size_t(row)).host; }
    // Milliseconds since the host started, also while it runs; -1 while queued.
    qint64 elapsedMs(int row) const;
    Summary summary() const;
    // "3 done, 1 failed, 0 cancelled of 4".
    static QString summaryText(const Summary &summary);

Q_SIGNALS:
    void hostChanged(int row);
    void finished(const FleetOperation::Summary &summary);

private:
    struct Slot
    {
        Host host;
        QElapsedTimer timer;
        QPointer<Bmc> bmc;
        quint64 ticket = 0;
        bool committing = false; // a new password is on its way to the BMC: not cancelled
    };

    void launch(int row);
    void readSensors(int row);
    void readSel(int row);
    void rotatePassword(int row);
    void changeAlertDestination(int row);
    void setPassword(int row, bool loginUser);
    void complete(int row, const ipmi::Result<QString> &outcome);
    void setState(int row, HostState state, const QString &detail);
    void checkFinished();

    Fleet *m_fleet;
    SensorMonitor *m_sensors = nullptr;
    SelMonitor *m_sel = nullptr;
    AlertService *m_alerts;
    Action m_action;
    std::vector<Slot> m_hosts;
    int m_concurrency = DefaultConcurrency;
    std::optional<HostFanOut> m_fanOut; // from start()
    bool m_started = false;
    bool m_cancelling = false;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(FleetOperation::Summary)
