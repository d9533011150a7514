// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/fleetcollector.h"

#include "model/bmc.h"
#include "model/chassisservice.h"
#include "model/coretext.h"
#include "model/fleet.h"
#include "model/hostlist.h"
#include "model/ianaregistry.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"

#include "ipmi/sel/selcommands.h"

#include <QPointer>

namespace {

constexpr std::chrono::milliseconds TickInterval{250};

} // namespace

struct FleetCollector::State
{
    Target target;
    QString requestKey;
    qint64 due[TargetSnapshot::CollectorCount] = {};
    bool running[TargetSnapshot::CollectorCount] = {}; // a call is out
    bool pending[TargetSnapshot::CollectorCount] = {}; // part of the open round, not answered
    quint64 round = 0;
    bool roundOpen = false;
    bool firstRoundEnded = false;
    qint64 roundStartMs = 0;
    qint64 lastRequestMs = 0;
    std::vector<std::function<void()>> waiters;

    bool anyRunning() const
    {
        for (bool r : running)
            if (r)
                return true;
        return false;
    }
    bool anyPending() const
    {
        for (bool p : pending)
            if (p)
                return true;
        return false;
    }
};

FleetCollector::FleetCollector(Fleet *fleet, SensorMonitor *sensors, ChassisService *chassis, Settings settings,
                               QObject *parent)
    : QObject(parent), m_fleet(fleet), m_sensors(sensors), m_chassis(chassis), m_settings(settings)
{
    m_clock.start();
    m_ticker.setInterval(TickInterval);
    connect(&m_ticker, &QTimer::timeout, this, &FleetCollector::tick);
    m_ticker.start();
}

FleetCollector::~FleetCollector() = default;

FleetCollector::State *FleetCollector::stateOf(const QUuid &server)
{
    const auto found = m_states.find(server);
    return found == m_states.end() ? nullptr : found->get();
}

const FleetCollector::Target *FleetCollector::target(const QUuid &server) const
{
    const auto found = m_states.constFind(server);
    return found == m_states.constEnd() ? nullptr : &(*found)->target;
}

void FleetCollector::addServer(const QUuid &server, const QString &group)
{
    const ServerEntry *entry = m_fleet->registry()->findServer(server);
    if (!entry || m_states.contains(server))
        return;
    auto state = std::make_shared<State>();
    state->target.server = server;
    state->target.location = Fleet::endpointFor(*entry, {}).location();
    state->target.name = entry->name;
    state->target.group = group;
    state->target.collectors = m_settings.collectors;
    state->target.timeout = m_settings.timeout;
    m_states.insert(server, state);
    m_serverOrder.append(server);
    QTimer::singleShot(0, this, &FleetCollector::tick);
}

QUuid FleetCollector::requestTarget(const QString &target, const QString &moduleName,
                                    const ExporterConfig::Module &module, QString *error)
{
    HostList hosts(ServerEntry::DefaultPort, 1);
    if (target.trimmed().isEmpty() || !hosts.add(target.trimmed()) || hosts.hosts().size() != 1) {
        *error = tr("The target \"%1\" is not a host or host:port.").arg(target);
        return {};
    }
    const HostEndpoint endpoint = hosts.hosts().constFirst();
    const QString key = endpoint.key() + QLatin1Char('|') + moduleName;
    if (const auto known = m_requestedKeys.constFind(key); known != m_requestedKeys.constEnd()) {
        if (State *state = stateOf(*known))
            state->lastRequestMs = m_clock.elapsed();
        return *known;
    }
    if (m_requestedCount >= m_settings.maxRequestedTargets) {
        *error = tr("bmcpilotd already follows %1 targets asked for through /ipmi (the limit); it forgets those not "
                    "asked for in %2 s.")
                     .arg(m_requestedCount)
                     .arg(std::chrono::duration_cast<std::chrono::seconds>(m_settings.forgetAfter).count());
        return {};
    }
    ServerEntry entry;
    entry.name = endpoint.key();
    entry.address = endpoint.host;
    entry.port = endpoint.port;
    entry.userName = module.user;
    entry.privilege = module.privilege;
    entry.interface = module.interface;
    entry.cipherSuite = module.cipherSuite;
    QString why;
    const QUuid server = m_fleet->registry()->addServer(entry, {}, &why);
    if (server.isNull()) {
        *error = tr("The target \"%1\" cannot be polled: %2").arg(target, why);
        return {};
    }
    m_fleet->setCredentials(server, {ipmi::SecretBytes(std::string_view(module.password.constData(),
                                                                        size_t(module.password.size()))),
                                     {}});
    auto state = std::make_shared<State>();
    state->target.server = server;
    state->target.location = endpoint.key();
    state->target.name = endpoint.key();
    state->target.requested = true;
    state->target.collectors = module.collectors;
    state->target.timeout = module.timeout;
    state->requestKey = key;
    state->lastRequestMs = m_clock.elapsed();
    m_states.insert(server, state);
    m_requestedKeys.insert(key, server);
    ++m_requestedCount;
    startRound(server, *state, m_clock.elapsed());
    return server;
}

void FleetCollector::whenPolled(const QUuid &server, std::chrono::milliseconds wait, std::function<void()> done)
{
    State *state = stateOf(server);
    if (!state || state->firstRoundEnded || int(state->waiters.size()) >= MaxWaiters) {
        done();
        return;
    }
    // Called once: by the end of the first round or by the timer, whichever comes first.
    auto once = std::make_shared<std::function<void()>>(std::move(done));
    auto fire = [once] {
        if (*once) {
            auto call = std::move(*once);
            *once = nullptr;
            call();
        }
    };
    state->waiters.push_back(fire);
    QTimer::singleShot(wait, this, fire);
}

void FleetCollector::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 forgetMs = m_settings.forgetAfter.count();
    QList<QUuid> stale;
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        State &state = **it;
        if (state.target.requested && now - state.lastRequestMs > forgetMs) {
            if (!state.anyRunning())
                stale.append(it.key());
            continue;
        }
        if (!state.roundOpen)
            startRound(it.key(), state, now);
    }
    for (const QUuid &server : stale)
        forget(server);
}

void FleetCollector::startRound(const QUuid &server, State &state, qint64 nowMs)
{
    using C = TargetSnapshot::Collector;
    const qint64 intervals[TargetSnapshot::CollectorCount] = {
        m_settings.sensorInterval.count(), m_settings.bmcInterval.count(), m_settings.chassisInterval.count(),
        m_settings.selInterval.count()};
    bool any = false;
    for (int c = 0; c < TargetSnapshot::CollectorCount; ++c) {
        if (!state.target.collectors.test(std::size_t(c)) || state.running[c] || state.due[c] > nowMs)
            continue;
        state.due[c] = nowMs + intervals[c];
        state.running[c] = true;
        state.pending[c] = true;
        any = true;
    }
    if (!any)
        return;
    const quint64 round = ++state.round;
    state.roundOpen = true;
    state.roundStartMs = nowMs;
    QTimer::singleShot(state.target.timeout, this, [this, server, round] {
        State *current = stateOf(server);
        if (!current || current->round != round || !current->roundOpen)
            return;
        const QString late = tr("No answer within %1 s.").arg(double(current->target.timeout.count()) / 1000.0);
        for (int c = 0; c < TargetSnapshot::CollectorCount; ++c) {
            if (current->pending[c]) {
                current->pending[c] = false;
                TargetSnapshot::Outcome &outcome = current->target.snapshot.outcomes[c];
                outcome = {true, false, late, m_clock.elapsed()};
            }
        }
        endRound(server, *current);
    });

    QPointer<FleetCollector> self(this);
    auto errorText = [](const ipmi::Error &error) { return CoreText::error(error); };
    if (state.pending[C::Ipmi]) {
        m_sensors->sweep(server, [self, server, round, errorText](ipmi::Result<ServerStatus::Health> result) {
            if (!self)
                return;
            if (State *s = self->stateOf(server); s && result)
                s->target.snapshot.sensors = self->m_sensors->sensors(server);
            self->finishCollector(server, round, C::Ipmi, result ? QString() : errorText(result.error()));
        });
    }
    if (state.pending[C::Bmc]) {
        m_chassis->readDeviceId(server, this, [this, server, round, errorText](ipmi::Result<ipmi::cmd::DeviceId> id) {
            if (State *s = stateOf(server); s && id) {
                s->target.snapshot.deviceId = *id;
                s->target.snapshot.manufacturer = manufacturerDisplayName(id->manufacturerId).value_or(QString());
            }
            finishCollector(server, round, C::Bmc, id ? QString() : errorText(id.error()));
        });
    }
    if (state.pending[C::Chassis]) {
        m_chassis->readStatus(server, this, [this, server, round, errorText](ipmi::Result<ipmi::cmd::ChassisStatus> status) {
            if (State *s = stateOf(server); s && status)
                s->target.snapshot.chassis = *status;
            finishCollector(server, round, C::Chassis, status ? QString() : errorText(status.error()));
        });
    }
    if (state.pending[C::Sel]) {
        QString why;
        if (Bmc *bmc = m_fleet->bmc(server, &why)) {
            bmc->call<ipmi::sel::SelInfo>(ipmi::sel::getSelInfoRequest(), ipmi::sel::parseSelInfo, this,
                                          [this, server, round, errorText](ipmi::Result<ipmi::sel::SelInfo> info) {
                                              if (State *s = stateOf(server); s && info)
                                                  s->target.snapshot.sel = *info;
                                              finishCollector(server, round, C::Sel,
                                                              info ? QString() : errorText(info.error()));
                                          });
        } else {
            finishCollector(server, round, C::Sel, why);
        }
    }
}

void FleetCollector::finishCollector(const QUuid &server, quint64 round, TargetSnapshot::Collector collector,
                                     const QString &error)
{
    State *state = stateOf(server);
    if (!state)
        return;
    state->running[collector] = false;
    // A late answer still tells the truth about the BMC: it replaces the outcome the
    // deadline wrote.
    state->target.snapshot.outcomes[collector] = {true, error.isEmpty(), error, m_clock.elapsed()};
    if (state->round == round && state->pending[collector]) {
        state->pending[collector] = false;
        if (!state->anyPending())
            endRound(server, *state);
    }
}

void FleetCollector::endRound(const QUuid &server, State &state)
{
    state.roundOpen = false;
    state.firstRoundEnded = true;
    state.target.snapshot.pollSeconds = double(m_clock.elapsed() - state.roundStartMs) / 1000.0;
    std::vector<std::function<void()>> waiters;
    waiters.swap(state.waiters);
    emit polled(server);
    for (const auto &waiter : waiters)
        waiter();
}

void FleetCollector::forget(const QUuid &server)
{
    const std::shared_ptr<State> state = m_states.take(server);
    if (!state)
        return;
    m_requestedKeys.remove(state->requestKey);
    --m_requestedCount;
    if (const ServerEntry *entry = m_fleet->registry()->findServer(server)) {
        // Close its session now rather than after the pool's idle time.
        const auto credentials = m_fleet->credentials(server).value_or(Fleet::Credentials{});
        m_fleet->pool()->forget(Fleet::endpointFor(*entry, credentials));
    }
    m_fleet->registry()->remove(server);
    for (const auto &waiter : state->waiters)
        waiter();
}
