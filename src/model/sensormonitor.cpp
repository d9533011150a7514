// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensormonitor.h"

#include "bmc.h"
#include "fleet.h"
#include "historyservice.h"
#include "sdrcachestore.h"
#include "serverregistry.h"

#include "ipmi/sdr/sdrreader.h"
#include "ipmi/sensor/sensorsweep.h"

#include <QDateTime>
#include <QThreadPool>

#include <cmath>
#include <map>
#include <utility>

using ipmi::sensor::SensorView;

namespace {

const std::vector<SensorView> NoSensors;

} // namespace

ServerStatus::Health SensorMonitor::healthOf(const SensorView &view)
{
    switch (view.health) {
    case SensorView::Health::Ok: return ServerStatus::Health::Ok;
    case SensorView::Health::NonCritical: return ServerStatus::Health::Warning;
    case SensorView::Health::Critical:
    case SensorView::Health::NonRecoverable: return ServerStatus::Health::Critical;
    case SensorView::Health::Unknown: break;
    }
    return ServerStatus::Health::Unknown;
}

SensorMonitor::SensorMonitor(Fleet *fleet, HistoryService *history, QString cacheDirectory, QObject *parent)
    : QObject(parent), m_fleet(fleet), m_history(history),
      m_cacheDirectory(cacheDirectory.isEmpty() ? SdrCacheStore::defaultDirectory() : std::move(cacheDirectory))
{
    connect(fleet, &Fleet::bmcReplaced, this, [this](const QUuid &server) {
        if (auto found = m_servers.find(server); found != m_servers.end())
            found->sdrAge.invalidate(); // look again: it may be another BMC now
    });
    connect(fleet->registry(), &ServerRegistry::nodeRemoved, this,
            [this](const QUuid &, int, const QUuid &id) { m_servers.remove(id); });
}

SensorMonitor::~SensorMonitor() = default;

const std::vector<SensorView> &SensorMonitor::sensors(const QUuid &server) const
{
    const auto found = m_servers.constFind(server);
    return found == m_servers.constEnd() ? NoSensors : found->sensors;
}

qint64 SensorMonitor::lastSweepMs(const QUuid &server) const
{
    return m_servers.value(server).lastSweepMs;
}

void SensorMonitor::recordOutage(const QUuid &server, const QString &reason)
{
    Server &state = m_servers[server];
    const bool changed = state.problem != reason;
    state.problem = reason;
    if (!state.sensors.empty())
        recordHistory(server, state.sensors, QDateTime::currentMSecsSinceEpoch(), true);
    if (changed)
        emit sensorsUpdated(server);
}

std::shared_ptr<const std::vector<ipmi::sdr::Record>> SensorMonitor::records(const QUuid &server) const
{
    return m_servers.value(server).records;
}

QStringList SensorMonitor::sdrWarnings(const QUuid &server) const
{
    QStringList warnings;
    if (auto found = m_servers.find(server); found != m_servers.end()) {
        for (const std::string &warning : found->sdrWarnings)
            warnings << QString::fromStdString(warning);
    }
    return warnings;
}

QString SensorMonitor::problem(const QUuid &server) const
{
    return m_servers.value(server).problem;
}

std::vector<QString> SensorMonitor::sensorKeys(const std::vector<SensorView> &sensors)
{
    std::map<std::string, int> uses;
    for (const SensorView &view : sensors)
        ++uses[view.name];
    std::vector<QString> keys;
    keys.reserve(sensors.size());
    for (const SensorView &view : sensors) {
        QString key = QString::fromStdString(view.name);
        if (uses[view.name] > 1)
            key += QStringLiteral(" #%1").arg(view.number);
        keys.push_back(key);
    }
    return keys;
}

ServerStatus::Health SensorMonitor::rollUp(const std::vector<SensorView> &sensors)
{
    auto worst = ServerStatus::Health::Unknown;
    for (const SensorView &view : sensors)
        worst = std::max(worst, healthOf(view));
    return worst;
}

void SensorMonitor::sweep(const QUuid &server, SweepDone done)
{
    Server &state = m_servers[server];
    if (state.busy) {
        state.joined.push_back(std::move(done));
        return;
    }
    state.busy = true;
    if (!state.records || !state.sdrAge.isValid() || state.sdrAge.hasExpired(SdrRecheckMs))
        loadSdr(server, std::move(done));
    else
        readSensors(server, std::move(done));
}

void SensorMonitor::fail(const QUuid &server, const ipmi::Error &error, const SweepDone &done)
{
    if (auto found = m_servers.find(server); found != m_servers.end()) {
        found->busy = false;
        found->problem = QString::fromStdString(error.message);
    }
    const std::vector<SweepDone> joined = takeJoined(server);
    done(error);
    for (const SweepDone &waiting : joined)
        waiting(error);
}

std::vector<SensorMonitor::SweepDone> SensorMonitor::takeJoined(const QUuid &server)
{
    const auto found = m_servers.find(server);
    return found == m_servers.end() ? std::vector<SweepDone>{} : std::exchange(found->joined, {});
}

void SensorMonitor::loadSdr(const QUuid &server, SweepDone done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        fail(server, ipmi::Error{ipmi::ErrorKind::InvalidArgument, error.toStdString()}, done);
        return;
    }
    // The lookup runs in the pool's worker thread, inside the operation: a file read.
    const SdrCacheStore store(m_cacheDirectory);
    const QString location = bmc->endpoint().location();
    bmc->run<ipmi::sdr::SdrRepository>(
        store.reader(location), this,
        [this, server, store, location,
         done = std::move(done)](ipmi::Result<ipmi::sdr::SdrRepository> result) mutable {
            if (!m_servers.contains(server))
                return;
            if (!result) {
                fail(server, result.error(), done);
                return;
            }
            Server &state = m_servers[server];
            state.records = std::make_shared<const std::vector<ipmi::sdr::Record>>(result->records);
            state.sdrWarnings = result->warnings;
            state.sdrAge.start();
            if (!result->fromCache) {
                // Written off the GUI thread; a failed write only costs a reread next time.
                auto repository = std::make_shared<ipmi::sdr::SdrRepository>(std::move(result).value());
                QThreadPool::globalInstance()->start(
                    [store, location, repository] { store.storeRead(location, *repository); });
            }
            readSensors(server, std::move(done));
        },
        [this, server](ipmi::op::Progress progress) {
            emit sdrProgress(server, static_cast<int>(progress.done), static_cast<int>(progress.total));
        });
}

void SensorMonitor::recordHistory(const QUuid &server, const std::vector<SensorView> &sensors, qint64 timestampMs,
                                  bool failed)
{
    if (!m_history || sensors.empty())
        return;
    QList<HistoryService::Reading> readings;
    const std::vector<QString> keys = sensorKeys(sensors);
    for (std::size_t i = 0; i < sensors.size(); ++i) {
        if (!sensors[i].analog)
            continue;
        // A sensor without a value this time is a gap, not a zero.
        const double value = failed ? std::nan("") : sensors[i].reading.value_or(std::nan(""));
        readings.append({keys[i], value});
    }
    m_history->record(server, timestampMs, readings);
}

void SensorMonitor::readSensors(const QUuid &server, SweepDone done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        fail(server, ipmi::Error{ipmi::ErrorKind::InvalidArgument, error.toStdString()}, done);
        return;
    }
    const auto records = m_servers[server].records;
    auto sweep = std::make_shared<ipmi::sensor::SensorSweep>(*records);
    bmc->run<std::vector<SensorView>>(
        sweep, this, [this, server, done = std::move(done)](ipmi::Result<std::vector<SensorView>> result) {
            if (!m_servers.contains(server))
                return;
            Server &state = m_servers[server];
            if (!result) {
                // The failed poll shows as a gap in every series known so far.
                recordHistory(server, state.sensors, QDateTime::currentMSecsSinceEpoch(), true);
                fail(server, result.error(), done);
                return;
            }
            state.busy = false;
            state.problem.clear();
            state.sensors = std::move(result).value();
            state.lastSweepMs = QDateTime::currentMSecsSinceEpoch();
            recordHistory(server, state.sensors, state.lastSweepMs, false);
            emit sensorsUpdated(server);
            const ServerStatus::Health health = rollUp(state.sensors);
            const std::vector<SweepDone> joined = takeJoined(server);
            done(health);
            for (const SweepDone &waiting : joined)
                waiting(health);
        });
}
