// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverstatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QUuid>

#include <chrono>
#include <random>

class Fleet;
class SelMonitor;
class SensorMonitor;
class QTimer;
class ServerTreeModel;

// Polls every server of the registry on a fixed interval (with jitter, so a fleet does
// not answer in lockstep) and writes what it learns into the tree's status: reachable or
// not, and the chassis power state. An unreachable server is polled less and less often
// (doubling up to maxBackoff times the interval) until it answers again. At most one
// poll per server is in flight. With a SensorMonitor, each poll of a reachable server
// also sweeps its sensors, and the tree shows the worst sensor health. With a SelMonitor
// too, the sweep is followed by a SEL update; a SEL failure does not make the server
// unreachable (the event log page shows it).
//
// Threading contract: a GUI-thread object; the polls themselves run on the session pool
// and their results come back to this thread.
class Poller : public QObject
{
    Q_OBJECT

public:
    Poller(Fleet *fleet, ServerTreeModel *tree, QObject *parent = nullptr);
    ~Poller() override;

    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }
    void setMaxBackoff(int factor) { m_maxBackoff = std::max(1, factor); }
    void setSensorMonitor(SensorMonitor *monitor) { m_sensors = monitor; }
    void setSelMonitor(SelMonitor *monitor) { m_sel = monitor; }

    void start();
    void stop();
    void pollNow(const QUuid &serverId);

private:
    struct Schedule
    {
        qint64 dueMs = 0;
        int failures = 0;
        bool inFlight = false;
    };

    void tick();
    void poll(const QUuid &serverId);
    void sweepSensors(const QUuid &serverId, ServerStatus status);
    void updateSel(const QUuid &serverId);
    void finished(const QUuid &serverId, bool reachable);
    qint64 jittered(std::chrono::milliseconds base);

    Fleet *m_fleet;
    ServerTreeModel *m_tree;
    SensorMonitor *m_sensors = nullptr;
    SelMonitor *m_sel = nullptr;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    QHash<QUuid, Schedule> m_schedule;
    std::chrono::milliseconds m_interval{std::chrono::seconds(10)};
    int m_maxBackoff = 8;
    std::mt19937 m_random{std::random_device{}()};
};
