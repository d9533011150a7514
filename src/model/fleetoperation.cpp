// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetoperation.h"

#include "alertservice.h"
#include "bmc.h"
#include "coretext.h"
#include "fleet.h"
#include "fleetsummary.h"
#include "selmonitor.h"
#include "sensormonitor.h"
#include "serverregistry.h"

#include "ipmi/sel/selclear.h"

#include <QSet>

#include <string_view>

namespace {

using ipmi::cmd::ChassisControl;
using PasswordSize = ipmi::user::PasswordSize;

QString powerTitle(ChassisControl control)
{
    switch (control) {
    case ChassisControl::PowerDown: return FleetOperation::tr("Power off");
    case ChassisControl::PowerUp: return FleetOperation::tr("Power on");
    case ChassisControl::PowerCycle: return FleetOperation::tr("Power cycle");
    case ChassisControl::HardReset: return FleetOperation::tr("Hard reset");
    case ChassisControl::DiagnosticInterrupt: return FleetOperation::tr("Diagnostic interrupt");
    case ChassisControl::SoftShutdown: return FleetOperation::tr("Soft shutdown");
    }
    return FleetOperation::tr("Chassis control %1").arg(int(control));
}

std::string_view passwordText(const ipmi::SecretBytes &password)
{
    const ipmi::ByteView bytes = password.view();
    return {reinterpret_cast<const char *>(bytes.data()), bytes.size()};
}

QString errorText(const ipmi::Error &error)
{
    return CoreText::error(error);
}

} // namespace

FleetOperation::Action FleetOperation::Action::powerStatus()
{
    Action action;
    action.kind = Kind::PowerStatus;
    return action;
}

FleetOperation::Action FleetOperation::Action::sensorSummary()
{
    Action action;
    action.kind = Kind::SensorSummary;
    return action;
}

FleetOperation::Action FleetOperation::Action::selSummary()
{
    Action action;
    action.kind = Kind::SelSummary;
    return action;
}

FleetOperation::Action FleetOperation::Action::powerAction(ipmi::cmd::ChassisControl control)
{
    Action action;
    action.kind = Kind::Power;
    action.power = control;
    return action;
}

FleetOperation::Action FleetOperation::Action::passwordRotation(std::uint8_t userId, ipmi::SecretBytes password,
                                                                ipmi::user::PasswordSize size)
{
    Action action;
    action.kind = Kind::PasswordRotation;
    action.userId = userId;
    action.password = std::move(password);
    action.passwordSize = size;
    return action;
}

FleetOperation::Action FleetOperation::Action::selClear()
{
    return Action{};
}

FleetOperation::Action FleetOperation::Action::pef(bool on)
{
    Action action;
    action.kind = Kind::Pef;
    action.pefOn = on;
    return action;
}

FleetOperation::Action FleetOperation::Action::alertDestination(std::uint8_t number,
                                                                ipmi::lan::AlertDestinationChange change)
{
    Action action;
    action.kind = Kind::AlertDestination;
    action.destination = number;
    action.alertChange = std::move(change);
    return action;
}

QString FleetOperation::Action::title() const
{
    switch (kind) {
    case Kind::PowerStatus: return tr("Read the power status");
    case Kind::SensorSummary: return tr("Summarise the sensors");
    case Kind::SelSummary: return tr("Summarise the SEL");
    case Kind::Power: return powerTitle(power);
    case Kind::PasswordRotation: return tr("Set the password of user %1").arg(userId);
    case Kind::SelClear: return tr("Clear the SEL");
    case Kind::Pef: return pefOn ? tr("Turn platform event filtering on") : tr("Turn platform event filtering off");
    case Kind::AlertDestination: return tr("Set alert destination %1").arg(destination);
    }
    return {};
}

bool FleetOperation::Action::isReadOnly() const
{
    return kind == Kind::PowerStatus || kind == Kind::SensorSummary || kind == Kind::SelSummary;
}

bool FleetOperation::Action::isDestructive() const
{
    return !isReadOnly() && !(kind == Kind::Power && power == ChassisControl::PowerUp);
}

QString FleetOperation::Action::problem() const
{
    if (kind == Kind::AlertDestination) {
        if (alertChange.empty())
            return tr("Nothing to change.");
        if (destination == 0 || destination > 15)
            return tr("Alert destinations are numbered 1 to 15 (0 is the volatile one).");
        const std::string invalid = ipmi::lan::validateAlertDestinationChange(alertChange);
        return invalid.empty() ? QString() : CoreText::translate(invalid);
    }
    if (kind != Kind::PasswordRotation)
        return {};
    if (userId < 2 || userId > ipmi::user::MaxUserId)
        return tr("The user id must be from 2 to %1 (user 1 is the anonymous user).").arg(ipmi::user::MaxUserId);
    if (password.empty())
        return tr("The new password is empty.");
    // The command builder holds the length rule; its sentence names lengths only.
    const auto request = ipmi::user::setUserPasswordRequest(userId, ipmi::user::PasswordOperation::SetPassword,
                                                            passwordText(password), passwordSize);
    return request ? QString() : errorText(request.error());
}

FleetOperation::FleetOperation(Fleet *fleet, const QList<QUuid> &servers, Action action, QObject *parent)
    : QObject(parent), m_fleet(fleet), m_alerts(new AlertService(fleet, this)), m_action(std::move(action))
{
    qRegisterMetaType<FleetOperation::Summary>();
    const ServerRegistry *registry = fleet->registry();
    m_hosts.reserve(std::size_t(servers.size()));
    for (const QUuid &id : servers) {
        Slot slot;
        slot.host.id = id;
        if (const ServerEntry *entry = registry->findServer(id)) {
            slot.host.name = entry->name;
            slot.host.address = entry->port == ServerEntry::DefaultPort
                                    ? entry->address
                                    : QStringLiteral("%1:%2").arg(entry->address).arg(entry->port);
        } else {
            slot.host.name = id.toString(QUuid::WithoutBraces);
        }
        m_hosts.push_back(std::move(slot));
    }
}

FleetOperation::~FleetOperation() = default;

QList<QUuid> FleetOperation::serversIn(const ServerRegistry &registry, const QList<QUuid> &selection)
{
    QList<QUuid> servers;
    QSet<QUuid> seen;
    const std::function<void(const QUuid &)> collect = [&](const QUuid &id) {
        if (registry.isServer(id)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                servers << id;
            }
        } else if (registry.isGroup(id) || id.isNull()) {
            for (const QUuid &child : registry.children(id))
                collect(child);
        }
    };
    for (const QUuid &id : selection)
        collect(id);
    return servers;
}

QString FleetOperation::stateName(HostState state)
{
    switch (state) {
    case HostState::Queued: return tr("queued");
    case HostState::Running: return tr("running");
    case HostState::Done: return tr("done");
    case HostState::Failed: return tr("failed");
    case HostState::Cancelled: return tr("cancelled");
    }
    return {};
}

void FleetOperation::setConcurrency(int hosts)
{
    if (!m_started)
        m_concurrency = std::max(1, hosts);
}

void FleetOperation::setMonitors(SensorMonitor *sensors, SelMonitor *sel)
{
    if (m_started)
        return;
    m_sensors = sensors;
    m_sel = sel;
}

bool FleetOperation::canRun(Kind kind) const
{
    return (kind != Kind::SensorSummary || m_sensors) && (kind != Kind::SelSummary || m_sel);
}

bool FleetOperation::start()
{
    if (m_started || m_hosts.empty() || !m_action.problem().isEmpty() || !canRun(m_action.kind))
        return false;
    m_started = true;
    m_fanOut.emplace(hostCount(), m_concurrency, [this](int row) { launch(row); });
    m_fanOut->startMore();
    checkFinished(); // every host may have failed at once (no such server)
    return true;
}

void FleetOperation::launch(int row)
{
    Slot &slot = m_hosts[std::size_t(row)];
    slot.timer.start();
    QString error;
    Bmc *bmc = m_fleet->bmc(slot.host.id, &error);
    if (!bmc) {
        slot.host.elapsedMs = 0;
        setState(row, HostState::Failed, error);
        m_fanOut->finished();
        return;
    }
    slot.bmc = bmc;
    setState(row, HostState::Running, m_action.title());

    switch (m_action.kind) {
    case Kind::PowerStatus:
        slot.ticket = bmc->call<ipmi::cmd::ChassisStatus>(
            ipmi::cmd::getChassisStatusRequest(), ipmi::cmd::parseChassisStatus, this,
            [this, row](ipmi::Result<ipmi::cmd::ChassisStatus> status) {
                complete(row, status ? ipmi::Result<QString>(FleetSummary::power(*status))
                                     : ipmi::Result<QString>(status.error()));
            });
        break;
    case Kind::SensorSummary:
        readSensors(row);
        break;
    case Kind::SelSummary:
        readSel(row);
        break;
    case Kind::Power: {
        const QString outcome = tr("The BMC accepted: %1.").arg(powerTitle(m_action.power).toLower());
        slot.ticket = bmc->call<void>(ipmi::cmd::chassisControlRequest(m_action.power), ipmi::cmd::parseChassisControl,
                                      this, [this, row, outcome](ipmi::Result<void> result) {
                                          complete(row, result ? ipmi::Result<QString>(outcome)
                                                               : ipmi::Result<QString>(result.error()));
                                      });
        break;
    }
    case Kind::PasswordRotation:
        rotatePassword(row);
        break;
    case Kind::Pef:
        m_alerts->setPefEnabled(slot.host.id, m_action.pefOn, this,
                                [this, row](ipmi::Result<QString> outcome) { complete(row, outcome); });
        break;
    case Kind::AlertDestination:
        changeAlertDestination(row);
        break;
    case Kind::SelClear:
        slot.ticket = bmc->run<ipmi::sel::SelClearOutcome>(
            std::make_shared<ipmi::sel::SelClear>(), this,
            [this, row](ipmi::Result<ipmi::sel::SelClearOutcome> result) {
                complete(row, result ? ipmi::Result<QString>(tr("SEL cleared.")) : ipmi::Result<QString>(result.error()));
            });
        break;
    }
}

// The destination's present values first: a change writes whole parameters, so what it
// leaves alone must be what the BMC holds.
void FleetOperation::changeAlertDestination(int row)
{
    const QUuid server = m_hosts[std::size_t(row)].host.id;
    m_alerts->readDestinations(server, this, [this, row, server](ipmi::Result<AlertService::Destinations> read) {
        if (!read) {
            complete(row, read.error());
            return;
        }
        for (const ipmi::lan::AlertDestination &present : read->destinations) {
            if (present.number != m_action.destination)
                continue;
            m_alerts->changeDestination(server, read->channel, present, m_action.alertChange, this,
                                        [this, row](ipmi::Result<QString> outcome) { complete(row, outcome); });
            return;
        }
        complete(row, ipmi::makeError(ipmi::ErrorKind::Unsupported,
                                      tr("The BMC has no alert destination %1 on channel %2 (it has %3).")
                                          .arg(m_action.destination)
                                          .arg(read->channel)
                                          .arg(read->count)
                                          .toStdString()));
    });
}

void FleetOperation::readSensors(int row)
{
    const QUuid server = m_hosts[std::size_t(row)].host.id;
    // The monitor answers without a context object: the pointer drops answers that
    // come after this operation is gone.
    m_sensors->sweep(server, [self = QPointer<FleetOperation>(this), row, server](
                                 ipmi::Result<ServerStatus::Health> health) {
        if (!self)
            return;
        self->complete(row, health ? ipmi::Result<QString>(FleetSummary::sensors(self->m_sensors->sensors(server)))
                                   : ipmi::Result<QString>(health.error()));
    });
}

void FleetOperation::readSel(int row)
{
    const QUuid server = m_hosts[std::size_t(row)].host.id;
    m_sel->update(server, [self = QPointer<FleetOperation>(this), row, server](ipmi::Result<int> added) {
        if (!self)
            return;
        self->complete(row, added ? ipmi::Result<QString>(FleetSummary::sel(self->m_sel->events(server)))
                                  : ipmi::Result<QString>(added.error()));
    });
}

void FleetOperation::rotatePassword(int row)
{
    Slot &slot = m_hosts[std::size_t(row)];
    slot.ticket = slot.bmc->call<std::string>(
        ipmi::user::getUserNameRequest(m_action.userId), ipmi::user::parseUserName, this,
        [this, row](ipmi::Result<std::string> name) {
            if (m_cancelling) { // the name came back before the cancel reached the pool
                complete(row, ipmi::makeError(ipmi::ErrorKind::Cancelled, "cancelled"));
                return;
            }
            if (!name) {
                const QString sentence = name.error().kind == ipmi::ErrorKind::Cancelled
                                             ? errorText(name.error())
                                             : tr("The name of user %1 could not be read, so its password was not "
                                                  "changed: %2")
                                                   .arg(m_action.userId)
                                                   .arg(errorText(name.error()));
                complete(row, ipmi::makeError(name.error().kind, sentence.toStdString()));
                return;
            }
            // An empty login name is the anonymous user 1, which is never rotated here.
            const ServerEntry *entry = m_fleet->registry()->findServer(m_hosts[std::size_t(row)].host.id);
            setPassword(row, entry && !entry->userName.isEmpty() && entry->userName.toStdString() == *name);
        });
}

void FleetOperation::setPassword(int row, bool loginUser)
{
    Slot &slot = m_hosts[std::size_t(row)];
    QString error;
    Bmc *bmc = m_fleet->bmc(slot.host.id, &error); // the entry may have changed since the name was read
    if (!bmc) {
        complete(row, ipmi::makeError(ipmi::ErrorKind::InvalidArgument, error.toStdString()));
        return;
    }
    slot.bmc = bmc;
    const PasswordSize size = m_action.passwordSize;
    auto request = ipmi::user::setUserPasswordRequest(m_action.userId, ipmi::user::PasswordOperation::SetPassword,
                                                      passwordText(m_action.password), size);
    if (!request) { // start() checked the action, so this is a safety net
        complete(row, request.error());
        return;
    }
    const QString outcome =
        loginUser ? tr("Password of user %1 set (%2-byte form); BMC Pilot logs in with it from now on.")
                        .arg(m_action.userId)
                        .arg(int(size))
                  : tr("Password of user %1 set (%2-byte form).").arg(m_action.userId).arg(int(size));
    // Once sent, the set is not cancelled, and its answer goes to the Fleet: the stored
    // password must follow the BMC even if this operation is gone by then.
    slot.committing = true;
    Fleet *fleet = m_fleet;
    const QUuid server = slot.host.id;
    const QPointer<FleetOperation> self(this);
    slot.ticket = bmc->call<void>(
        std::move(*request),
        [size](const ipmi::Response &response) {
            return ipmi::user::parseSetUserPassword(ipmi::user::PasswordOperation::SetPassword, size, response);
        },
        fleet,
        [fleet, server, self, row, loginUser, outcome,
         password = loginUser ? m_action.password : ipmi::SecretBytes()](ipmi::Result<void> result) {
            if (result && loginUser)
                fleet->replacePassword(server, password);
            if (self)
                self->complete(row, result ? ipmi::Result<QString>(outcome) : ipmi::Result<QString>(result.error()));
        });
}

void FleetOperation::complete(int row, const ipmi::Result<QString> &outcome)
{
    Slot &slot = m_hosts[std::size_t(row)];
    if (slot.host.state != HostState::Running)
        return;
    slot.host.elapsedMs = slot.timer.elapsed();
    slot.ticket = 0;
    slot.committing = false;
    slot.bmc.clear();
    if (outcome)
        setState(row, HostState::Done, *outcome);
    else if (outcome.error().kind == ipmi::ErrorKind::Cancelled)
        setState(row, HostState::Cancelled, tr("Cancelled while running; the BMC may have acted already."));
    else
        setState(row, HostState::Failed, errorText(outcome.error()));
    m_fanOut->finished();
    checkFinished();
}

void FleetOperation::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    for (int row = m_fanOut->dropQueued(); row < hostCount(); ++row)
        setState(row, HostState::Cancelled, tr("Not started."));
    for (int row = 0; row < hostCount(); ++row) {
        Slot &slot = m_hosts[std::size_t(row)];
        if (slot.host.state != HostState::Running || slot.committing)
            continue;
        if (slot.ticket != 0 && slot.bmc)
            slot.bmc->cancel(slot.ticket); // the answer comes back as Cancelled (or done, if it won)
        else if (slot.ticket == 0) // a monitor's read: no ticket to cancel, its answer is dropped
            complete(row, ipmi::makeError(ipmi::ErrorKind::Cancelled, "cancelled"));
    }
    checkFinished();
}

void FleetOperation::setState(int row, HostState state, const QString &detail)
{
    Host &host = m_hosts[std::size_t(row)].host;
    host.state = state;
    host.detail = detail;
    emit hostChanged(row);
}

void FleetOperation::checkFinished()
{
    if (m_finished || !m_started || !m_fanOut->idle())
        return;
    m_finished = true;
    emit finished(summary());
}

qint64 FleetOperation::elapsedMs(int row) const
{
    const Slot &slot = m_hosts.at(std::size_t(row));
    if (slot.host.state == HostState::Running)
        return slot.timer.elapsed();
    return slot.host.elapsedMs;
}

FleetOperation::Summary FleetOperation::summary() const
{
    Summary result;
    result.total = hostCount();
    for (const Slot &slot : m_hosts) {
        result.done += slot.host.state == HostState::Done;
        result.failed += slot.host.state == HostState::Failed;
        result.cancelled += slot.host.state == HostState::Cancelled;
    }
    return result;
}

QString FleetOperation::summaryText(const Summary &summary)
{
    return tr("%1 done, %2 failed, %3 cancelled of %4")
        .arg(summary.done)
        .arg(summary.failed)
        .arg(summary.cancelled)
        .arg(summary.total);
}
