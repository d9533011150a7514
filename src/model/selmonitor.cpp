// SPDX-License-Identifier: GPL-3.0-or-later
#include "selmonitor.h"
#include "coretext.h"

#include "bmc.h"
#include "fleet.h"
#include "historyservice.h"
#include "sensormonitor.h"
#include "serverregistry.h"

#include "ipmi/core/bytes.h"
#include "ipmi/op/operation.h"
#include "ipmi/sel/selclear.h"
#include "ipmi/sel/seldelete.h"
#include "ipmi/sel/eventseverity.h"
#include "ipmi/sel/seldescription.h"
#include "ipmi/sel/selreader.h"
#include "ipmi/sel/seltailreader.h"

#include <QDateTime>

#include <algorithm>
#include <cstddef>
#include <set>

using namespace ipmi::sel;
using Severity = HistoryEvent::Severity;

struct SelMonitor::Server
{
    std::vector<Event> events;
    SelInfo info;
    bool loaded = false;
    bool forceFull = false;
    bool busy = false;
    qint64 lastUpdateMs = 0;
    QString problem;
    std::vector<UpdateDone> waiting; // share the round that runs
    std::vector<UpdateDone> next;    // asked while a round ran: get the following one
    std::shared_ptr<const std::vector<ipmi::sdr::Record>> records; // what directory was built from
    SensorDirectory directory;
    // The BMC's pre-init clock as last read: when (host time) it read zero, and its value
    // then. Records stamped later than that value belong to another boot.
    struct PreInitClock
    {
        qint64 zeroMs = 0;
        std::uint32_t readSeconds = 0;
    };
    std::optional<PreInitClock> preInitClock;
};

namespace {

const std::vector<SelMonitor::Event> NoEvents;

} // namespace

SelMonitor::SelMonitor(Fleet *fleet, HistoryService *history, SensorMonitor *sensors, QObject *parent)
    : QObject(parent), m_fleet(fleet), m_history(history), m_sensors(sensors)
{
    connect(fleet, &Fleet::bmcReplaced, this, [this](const QUuid &server) {
        if (auto found = m_servers.find(server); found != m_servers.end())
            (*found)->forceFull = true; // it may be another BMC now
    });
    connect(fleet->registry(), &ServerRegistry::nodeRemoved, this, [this](const QUuid &, int, const QUuid &id) {
        const std::shared_ptr<Server> gone = m_servers.take(id);
        if (!gone)
            return;
        emit eventsReset(id);
        const ipmi::Error error{ipmi::ErrorKind::InvalidArgument, tr("the server was removed").toStdString()};
        for (auto *list : {&gone->waiting, &gone->next}) {
            for (const UpdateDone &done : *list) {
                if (done)
                    done(error);
            }
        }
    });
}

SelMonitor::~SelMonitor() = default;

HistoryEvent::Severity SelMonitor::severityOf(const SelEntry &entry)
{
    const auto *event = std::get_if<SystemEvent>(&entry.body);
    switch (event ? eventSeverity(*event) : EventSeverity::Info) {
    case EventSeverity::Critical: return Severity::Critical;
    case EventSeverity::Warning: return Severity::Warning;
    case EventSeverity::Info: break;
    }
    return Severity::Info;
}

QString SelMonitor::severityText(HistoryEvent::Severity severity)
{
    switch (severity) {
    case Severity::Critical: return tr("Critical");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: break;
    }
    return tr("Info");
}

QString SelMonitor::historyText(const Event &event)
{
    QString text = event.sensor.isEmpty() ? event.sensorType : event.sensor;
    text += QStringLiteral(": ") + event.event;
    if (!event.direction.isEmpty())
        text += QStringLiteral(" (%1)").arg(event.direction);
    return text;
}

const std::vector<SelMonitor::Event> &SelMonitor::events(const QUuid &server) const
{
    const auto found = m_servers.constFind(server);
    return found == m_servers.constEnd() ? NoEvents : (*found)->events;
}

bool SelMonitor::loaded(const QUuid &server) const
{
    const auto found = m_servers.constFind(server);
    return found != m_servers.constEnd() && (*found)->loaded;
}

bool SelMonitor::busy(const QUuid &server) const
{
    const auto found = m_servers.constFind(server);
    return found != m_servers.constEnd() && (*found)->busy;
}

qint64 SelMonitor::lastUpdateMs(const QUuid &server) const
{
    const auto found = m_servers.constFind(server);
    return found == m_servers.constEnd() ? 0 : (*found)->lastUpdateMs;
}

QString SelMonitor::problem(const QUuid &server) const
{
    const auto found = m_servers.constFind(server);
    return found == m_servers.constEnd() ? QString() : (*found)->problem;
}

SelMonitor::Event SelMonitor::describe(const SelEntry &entry, const Server &state) const
{
    Event out;
    out.entry = entry;
    out.severity = severityOf(entry);
    const Timestamp timestamp = entry.timestamp();
    const bool timed = std::holds_alternative<SystemEvent>(entry.body) || std::holds_alternative<OemTimestamped>(entry.body);
    if (timed) {
        // The local offset at that moment, so the text says which clock it is.
        const std::int32_t offset =
            timestamp.absolute() ? std::int32_t(QDateTime::fromSecsSinceEpoch(timestamp.raw).offsetFromUtc()) : 0;
        out.time = QString::fromStdString(isoTimestamp(timestamp, offset));
        if (timestamp.absolute())
            out.timestampMs = qint64(timestamp.raw) * 1000;
        else if (timestamp.preInit() && state.preInitClock && timestamp.raw <= state.preInitClock->readSeconds) {
            out.timestampMs = state.preInitClock->zeroMs + qint64(timestamp.raw) * 1000;
            const auto seconds = std::uint32_t(out.timestampMs / 1000);
            const auto placedOffset = std::int32_t(QDateTime::fromSecsSinceEpoch(seconds).offsetFromUtc());
            out.time = tr("≈ %1").arg(QString::fromStdString(isoTimestamp(Timestamp{seconds}, placedOffset)));
        }
    }
    if (const auto *event = std::get_if<SystemEvent>(&entry.body)) {
        const EventDescription description = describeEvent(*event, &state.directory);
        out.sensorType = QString::fromUtf8(description.sensorType);
        out.sensor = description.sensorName.empty()
                         ? out.sensorType + QStringLiteral(" #0x%1").arg(uint(event->sensorNumber), 2, 16, QLatin1Char('0'))
                         : QString::fromUtf8(description.sensorName);
        out.event = QString::fromUtf8(description.event);
        out.detail = QString::fromUtf8(description.detail);
        out.direction = event->deassertion ? tr("Deasserted") : tr("Asserted");
    } else if (const auto *oem = std::get_if<OemTimestamped>(&entry.body)) {
        out.sensorType = QString::fromUtf8(oemTypeText(entry.recordType));
        out.event = tr("Manufacturer %1, data %2")
                        .arg(uint(oem->manufacturerId), 6, 16, QLatin1Char('0'))
                        .arg(QString::fromStdString(ipmi::toHex(oem->data)));
    } else if (const auto *plain = std::get_if<OemNonTimestamped>(&entry.body)) {
        out.sensorType = QString::fromUtf8(oemTypeText(entry.recordType));
        out.event = tr("Data %1").arg(QString::fromStdString(ipmi::toHex(plain->data)));
    } else {
        out.sensorType = tr("Unknown record type %1").arg(uint(entry.recordType), 2, 16, QLatin1Char('0'));
        out.event = tr("Data %1").arg(QString::fromStdString(ipmi::toHex(std::get<UnknownRecord>(entry.body).data)));
    }
    return out;
}

void SelMonitor::refreshDirectory(const QUuid &server, Server &state)
{
    auto records = m_sensors ? m_sensors->records(server) : nullptr;
    if (records == state.records)
        return;
    state.records = records;
    state.directory = records ? SensorDirectory(*records) : SensorDirectory();
    if (state.events.empty())
        return;
    for (Event &event : state.events) {
        Event described = describe(event.entry, state);
        if (event.entry.timestamp().preInit()) { // placed when first read, by the clock of that boot
            described.timestampMs = event.timestampMs;
            described.time = event.time;
        }
        event = std::move(described);
    }
    emit eventsDescribed(server);
}

void SelMonitor::record(const QUuid &server, const std::vector<Event> &events, std::size_t from) const
{
    if (!m_history)
        return;
    QList<HistoryEvent> added;
    for (std::size_t i = from; i < events.size(); ++i) {
        const Event &event = events[i];
        // Unspecified times, and pre-init times of another boot, have no place on a time axis.
        if (event.entry.recordType != recordtype::SystemEvent || event.timestampMs == 0)
            continue;
        added.append({event.timestampMs, int(event.entry.recordId), event.severity, historyText(event)});
    }
    if (!added.isEmpty())
        m_history->addEvents(server, added);
}

void SelMonitor::update(const QUuid &server, UpdateDone done)
{
    std::shared_ptr<Server> &slot = m_servers[server];
    if (!slot)
        slot = std::make_shared<Server>();
    if (slot->busy) {
        // This round may have read before what the caller wants to see: one more round.
        slot->next.push_back(std::move(done));
        return;
    }
    slot->busy = true;
    slot->waiting.push_back(std::move(done));
    readInfo(server);
}

void SelMonitor::readInfo(const QUuid &server)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        finish(server, ipmi::Error{ipmi::ErrorKind::InvalidArgument, error.toStdString()});
        return;
    }
    bmc->call<SelInfo>(getSelInfoRequest(), parseSelInfo, this, [this, server](ipmi::Result<SelInfo> info) {
        const auto found = m_servers.find(server);
        if (found == m_servers.end())
            return;
        Server &state = **found;
        if (!info) {
            finish(server, info.error());
            return;
        }
        refreshDirectory(server, state);
        const SelInfo &known = state.info;
        if (!state.loaded || state.forceFull || info->lastEraseTimestamp != known.lastEraseTimestamp
            || info->entries < known.entries || state.events.empty()) {
            readAll(server);
            return;
        }
        if (info->entries == known.entries && info->lastAddTimestamp == known.lastAddTimestamp) {
            state.info = *info;
            finish(server, 0);
            return;
        }
        readAfter(server, *info);
    });
}

void SelMonitor::readAll(const QUuid &server)
{
    Bmc *bmc = m_fleet->bmc(server);
    if (!bmc) {
        finish(server, ipmi::Error{ipmi::ErrorKind::InvalidArgument, tr("the server is gone").toStdString()});
        return;
    }
    m_servers[server]->forceFull = false;
    bmc->run<SelLog>(std::make_shared<SelReader>(), this, [this, server](ipmi::Result<SelLog> log) {
        const auto found = m_servers.find(server);
        if (found == m_servers.end())
            return;
        if (!log) {
            (*found)->forceFull = true;
            finish(server, log.error());
            return;
        }
        (*found)->info = log->info;
        readClockThenMerge(server, std::move(log->entries), true);
    });
}

void SelMonitor::readAfter(const QUuid &server, const SelInfo &info)
{
    Bmc *bmc = m_fleet->bmc(server);
    if (!bmc) {
        finish(server, ipmi::Error{ipmi::ErrorKind::InvalidArgument, tr("the server is gone").toStdString()});
        return;
    }
    const Server &state = *m_servers[server];
    auto reader = std::make_shared<SelTailReader>(state.events.back().entry, info.entries);
    bmc->run<SelTail>(reader, this, [this, server, info](ipmi::Result<SelTail> tail) {
        const auto found = m_servers.find(server);
        if (found == m_servers.end())
            return;
        if (!tail) {
            finish(server, tail.error());
            return;
        }
        if (tail->stale) {
            readAll(server);
            return;
        }
        (*found)->info = info;
        readClockThenMerge(server, std::move(tail->entries), false);
    });
}

void SelMonitor::readClockThenMerge(const QUuid &server, std::vector<SelEntry> entries, bool replace)
{
    const bool preInit = std::any_of(entries.begin(), entries.end(), [](const SelEntry &entry) {
        return (std::holds_alternative<SystemEvent>(entry.body) || std::holds_alternative<OemTimestamped>(entry.body))
               && entry.timestamp().preInit();
    });
    Bmc *bmc = preInit ? m_fleet->bmc(server) : nullptr;
    if (!bmc) {
        merge(server, std::move(entries), replace);
        return;
    }
    auto read = std::make_shared<std::vector<SelEntry>>(std::move(entries));
    const qint64 askedMs = QDateTime::currentMSecsSinceEpoch();
    bmc->call<std::uint32_t>(getSelTimeRequest(), parseSelTime, this,
                             [this, server, read, replace, askedMs](ipmi::Result<std::uint32_t> clock) {
                                 const auto found = m_servers.find(server);
                                 if (found == m_servers.end())
                                     return;
                                 // Half way through the round trip is when the BMC read its clock.
                                 const qint64 readMs = (askedMs + QDateTime::currentMSecsSinceEpoch()) / 2;
                                 // A clock set since (or a BMC that cannot tell) places nothing.
                                 if (clock && Timestamp{*clock}.preInit())
                                     (*found)->preInitClock = Server::PreInitClock{readMs - qint64(*clock) * 1000, *clock};
                                 else
                                     (*found)->preInitClock.reset();
                                 merge(server, std::move(*read), replace);
                             });
}

void SelMonitor::merge(const QUuid &server, std::vector<SelEntry> entries, bool replace)
{
    Server &state = *m_servers[server];
    const bool wasLoaded = state.loaded;
    state.loaded = true;
    std::vector<Event> fresh;
    fresh.reserve(entries.size());
    for (const SelEntry &entry : entries)
        fresh.push_back(describe(entry, state));

    std::size_t keep = state.events.size();
    if (replace) {
        // A re-read that starts with the records known only adds the rest.
        bool prefix = wasLoaded && keep <= fresh.size();
        for (std::size_t i = 0; prefix && i < keep; ++i)
            prefix = state.events[i].entry.raw == fresh[i].entry.raw;
        if (!prefix) {
            state.events = std::move(fresh);
            record(server, state.events, 0);
            emit eventsReset(server);
            finish(server, int(state.events.size()));
            return;
        }
        fresh.erase(fresh.begin(), fresh.begin() + std::ptrdiff_t(keep));
    }
    const int added = int(fresh.size());
    for (Event &event : fresh)
        state.events.push_back(std::move(event));
    record(server, state.events, keep);
    if (added > 0)
        emit eventsAdded(server, int(keep), added);
    finish(server, added);
}

void SelMonitor::finish(const QUuid &server, ipmi::Result<int> outcome)
{
    const auto found = m_servers.find(server);
    if (found == m_servers.end())
        return;
    const std::shared_ptr<Server> state = *found; // callbacks may change the hash
    state->busy = false;
    state->lastUpdateMs = QDateTime::currentMSecsSinceEpoch();
    state->problem = outcome ? QString() : CoreText::error(outcome.error());
    std::vector<UpdateDone> waiting = std::exchange(state->waiting, {});
    emit updated(server);
    for (const UpdateDone &done : waiting) {
        if (done)
            done(outcome);
    }
    if (!state->busy && !state->next.empty() && m_servers.value(server) == state) {
        state->busy = true;
        state->waiting = std::exchange(state->next, {});
        readInfo(server);
    }
}

void SelMonitor::clear(const QUuid &server, std::function<void(ipmi::Result<int>)> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    const int before = int(events(server).size());
    bmc->run<SelClearOutcome>(std::make_shared<SelClear>(), this,
                              [this, server, before, done](ipmi::Result<SelClearOutcome> cleared) {
                                  if (!cleared) {
                                      done(cleared.error());
                                      return;
                                  }
                                  if (auto found = m_servers.find(server); found != m_servers.end())
                                      (*found)->forceFull = true;
                                  // The erase succeeded whatever the re-read says.
                                  update(server, [done, before](ipmi::Result<int>) { done(before); });
                              });
}

void SelMonitor::remove(const QUuid &server, std::vector<std::uint16_t> ids,
                        std::function<void(ipmi::Result<std::vector<std::uint16_t>>)> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    bmc->run<std::vector<std::uint16_t>>(
        std::make_shared<SelDelete>(std::move(ids)), this,
        [this, server, done](ipmi::Result<std::vector<std::uint16_t>> deleted) {
            if (!deleted) {
                done(deleted.error());
                return;
            }
            if (auto found = m_servers.find(server); found != m_servers.end())
                (*found)->forceFull = true;
            update(server, [done, ids = deleted.value()](ipmi::Result<int>) { done(ids); });
        });
}
