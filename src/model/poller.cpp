// SPDX-License-Identifier: GPL-3.0-or-later
#include "poller.h"
#include "coretext.h"

#include "bmc.h"
#include "fleet.h"
#include "selmonitor.h"
#include "sensormonitor.h"
#include "serverregistry.h"
#include "servertreemodel.h"

#include "ipmi/cmd/chassis.h"

#include <QPointer>
#include <QTimer>

Poller::Poller(Fleet *fleet, ServerTreeModel *tree, QObject *parent)
    : QObject(parent), m_fleet(fleet), m_tree(tree), m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setInterval(100); // fine enough for due times; the work is in the pool
    connect(m_timer, &QTimer::timeout, this, &Poller::tick);
    connect(fleet->registry(), &ServerRegistry::nodeRemoved, this,
            [this](const QUuid &, int, const QUuid &id) { m_schedule.remove(id); });
    // A changed entry or new credentials deserve a fresh look at once.
    connect(fleet, &Fleet::bmcReplaced, this, &Poller::pollNow);
}

Poller::~Poller() = default;

void Poller::start()
{
    m_timer->start();
    tick();
}

void Poller::stop()
{
    m_timer->stop();
}

void Poller::pollNow(const QUuid &serverId)
{
    Schedule &schedule = m_schedule[serverId];
    schedule.dueMs = 0;
    schedule.failures = 0;
}

qint64 Poller::jittered(std::chrono::milliseconds base)
{
    // +-10 % so that servers added together drift apart.
    const auto spread = std::max<qint64>(1, base.count() / 10);
    return base.count() + std::uniform_int_distribution<qint64>(-spread, spread)(m_random);
}

void Poller::tick()
{
    const qint64 now = m_clock.elapsed();
    m_fleet->registry()->forEachServer([&](const ServerEntry &entry, const QUuid &) {
        Schedule &schedule = m_schedule[entry.id];
        if (!schedule.inFlight && schedule.dueMs <= now)
            poll(entry.id);
    });
}

void Poller::poll(const QUuid &serverId)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(serverId, &error);
    Schedule &schedule = m_schedule[serverId];
    if (!bmc) {
        ServerStatus status;
        status.reachability = ServerStatus::Reachability::Unknown;
        status.detail = error;
        m_tree->setStatus(serverId, status);
        schedule.dueMs = m_clock.elapsed() + jittered(m_interval * m_maxBackoff);
        return;
    }
    schedule.inFlight = true;
    using namespace ipmi::cmd;
    bmc->call<ChassisStatus>(getChassisStatusRequest(), parseChassisStatus, this,
                             [this, serverId](ipmi::Result<ChassisStatus> result) {
        if (!m_fleet->registry()->isServer(serverId))
            return;
        ServerStatus status = m_tree->status(serverId);
        if (result) {
            status.reachability = ServerStatus::Reachability::Reachable;
            status.power = result->powerOn ? ServerStatus::Power::On : ServerStatus::Power::Off;
            status.detail.clear();
        } else {
            // A completion code means it answered but cannot report the chassis:
            // reachable, power unknown.
            status.reachability = ServerStatus::reachabilityAfter(result.error().kind);
            status.power = ServerStatus::Power::Unknown;
            status.detail = CoreText::error(result.error());
        }
        const bool reachable = status.reachability == ServerStatus::Reachability::Reachable;
        if (reachable && m_sensors) {
            sweepSensors(serverId, status);
            return;
        }
        if (!reachable) {
            status.health = ServerStatus::Health::Unknown;
            if (m_sensors) // the outage shows as a gap in the charts, and why on the sensors page
                m_sensors->recordOutage(serverId, status.detail);
        }
        m_tree->setStatus(serverId, status);
        finished(serverId, reachable);
    });
}

void Poller::sweepSensors(const QUuid &serverId, ServerStatus status)
{
    m_sensors->sweep(serverId, [this, serverId, status](ipmi::Result<ServerStatus::Health> health) mutable {
        if (!m_fleet->registry()->isServer(serverId))
            return;
        if (health) {
            status.health = *health;
        } else {
            // The chassis answered, the sensors did not: still reachable, health unknown.
            status.health = ServerStatus::Health::Unknown;
            status.detail = tr("Sensors: %1").arg(CoreText::error(health.error()));
        }
        m_tree->setStatus(serverId, status);
        updateSel(serverId);
    });
}

void Poller::updateSel(const QUuid &serverId)
{
    if (!m_sel) {
        finished(serverId, true);
        return;
    }
    // Whatever the SEL read gives, the server answered: still reachable.
    m_sel->update(serverId, [self = QPointer<Poller>(this), serverId](ipmi::Result<int>) {
        if (self && self->m_fleet->registry()->isServer(serverId))
            self->finished(serverId, true);
    });
}

void Poller::finished(const QUuid &serverId, bool reachable)
{
    Schedule &schedule = m_schedule[serverId];
    schedule.inFlight = false;
    schedule.failures = reachable ? 0 : schedule.failures + 1;
    const int factor = std::min(m_maxBackoff, 1 << std::min(schedule.failures, 16));
    schedule.dueMs = m_clock.elapsed() + jittered(m_interval * (reachable ? 1 : factor));
}
