// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemon/exporterconfig.h"
#include "daemon/snapshotmetrics.h"
#include "daemon/targetsnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class ChassisService;
class Fleet;
class SensorMonitor;

// Polls the BMCs of bmcpilotd in the background and keeps each one's latest snapshot,
// so that a scrape never waits for a BMC.
//
// Targets are the registry's servers of this shard (polled from the start, for as long
// as the service runs) and the targets asked for through /ipmi?target= (registered on
// first request, polled at once, kept warm while they are asked for, forgotten after
// Settings::forgetAfter without a request; at most Settings::maxRequestedTargets).
//
// Per target, each collector (sensors, BMC identity, chassis status, SEL info) is due
// at its own interval. A round starts the due collectors that are not still running and
// ends at the latest after the target's timeout: collectors that have not answered by
// then count as failed in the snapshot (ipmi_up 0), and are not started again until
// their call has returned (the session pool gives up on a silent BMC by itself), so
// nothing piles up behind a dead BMC; other BMCs are served by their own sessions in
// the meantime. Everything per target is bounded: one round, one call per collector,
// at most MaxWaiters scrapes waiting for a first poll.
//
// Threading contract: a GUI-thread (main-thread) object, like the Fleet, SensorMonitor
// and ChassisService it drives; their callbacks arrive in this thread.
class FleetCollector : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        std::chrono::milliseconds sensorInterval{std::chrono::seconds(30)};
        std::chrono::milliseconds chassisInterval{std::chrono::seconds(30)};
        std::chrono::milliseconds selInterval{std::chrono::seconds(60)};
        std::chrono::milliseconds bmcInterval{std::chrono::minutes(10)};
        std::chrono::milliseconds timeout{std::chrono::seconds(10)}; // registry servers
        std::chrono::milliseconds forgetAfter{std::chrono::minutes(10)};
        int maxRequestedTargets = 1000;
        SnapshotMetrics::Collectors collectors{0xF}; // registry servers: all four
    };

    struct Target
    {
        QUuid server;
        QString location; // "host:port", "[v6]:port", "local"
        QString name;
        QString group;     // "/"-separated path; empty at the top level
        bool requested = false; // came from /ipmi, not from the registry
        SnapshotMetrics::Collectors collectors;
        std::chrono::milliseconds timeout{10000};
        TargetSnapshot snapshot;
    };

    static constexpr int MaxWaiters = 64;

    FleetCollector(Fleet *fleet, SensorMonitor *sensors, ChassisService *chassis, Settings settings,
                   QObject *parent = nullptr);
    ~FleetCollector() override;

    // A registry server; polled from now on.
    void addServer(const QUuid &server, const QString &group);
    // The target of an /ipmi request, registered with the module's login when new.
    // Returns the server id, or a null id with *error set (bad target, too many).
    QUuid requestTarget(const QString &target, const QString &moduleName, const ExporterConfig::Module &module,
                        QString *error);
    // Calls done (in this thread) once the target's first round has ended, at once when
    // it already has, or after `wait` at the latest.
    void whenPolled(const QUuid &server, std::chrono::milliseconds wait, std::function<void()> done);

    const Target *target(const QUuid &server) const;
    // Registry servers in registry order (the /metrics targets).
    const QList<QUuid> &servers() const { return m_serverOrder; }
    int requestedCount() const { return m_requestedCount; }

Q_SIGNALS:
    // A round of this server ended (all its collectors answered, or its time ran out).
    void polled(const QUuid &server);

private:
    struct State;

    void tick();
    void startRound(const QUuid &server, State &state, qint64 nowMs);
    void finishCollector(const QUuid &server, quint64 round, TargetSnapshot::Collector collector,
                         const QString &error);
    void endRound(const QUuid &server, State &state);
    void forget(const QUuid &server);
    State *stateOf(const QUuid &server);

    Fleet *m_fleet;
    SensorMonitor *m_sensors;
    ChassisService *m_chassis;
    Settings m_settings;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    QHash<QUuid, std::shared_ptr<State>> m_states;
    QHash<QString, QUuid> m_requestedKeys; // "location|module" -> server
    QList<QUuid> m_serverOrder;
    int m_requestedCount = 0;
};
