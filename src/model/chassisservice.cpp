// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassisservice.h"

#include "bmc.h"
#include "fleet.h"
#include "serverregistry.h"

#include <QPointer>
#include <QTimer>

using namespace ipmi::cmd;

namespace {

constexpr int FollowStepMs = 1000;

} // namespace

ChassisService::ChassisService(Fleet *fleet, QObject *parent) : QObject(parent), m_fleet(fleet)
{
}

QString ChassisService::serverName(const QUuid &server) const
{
    const ServerEntry *entry = m_fleet->registry()->findServer(server);
    return entry ? entry->name : QString();
}

void ChassisService::openSession(const QUuid &server, QObject *context, Done<ipmi::SessionInfo> done)
{
    QString error;
    if (Bmc *bmc = m_fleet->bmc(server, &error))
        bmc->open(context, std::move(done));
    else
        done(Fleet::noBmc(error));
}

template<typename T>
void ChassisService::read(const QUuid &server, ipmi::Request request,
                          std::function<ipmi::Result<T>(const ipmi::Response &)> parse, QObject *context,
                          Done<T> done)
{
    QString error;
    if (Bmc *bmc = m_fleet->bmc(server, &error))
        bmc->call<T>(std::move(request), std::move(parse), context, std::move(done));
    else
        done(Fleet::noBmc(error));
}

void ChassisService::readDeviceId(const QUuid &server, QObject *context, Done<DeviceId> done)
{
    read<DeviceId>(server, getDeviceIdRequest(), parseDeviceId, context, std::move(done));
}

void ChassisService::readGuid(const QUuid &server, QObject *context, Done<DeviceGuid> done)
{
    read<DeviceGuid>(server, getDeviceGuidRequest(), parseDeviceGuid, context, std::move(done));
}

void ChassisService::readStatus(const QUuid &server, QObject *context, Done<ChassisStatus> done)
{
    read<ChassisStatus>(server, getChassisStatusRequest(), parseChassisStatus, context, std::move(done));
}

void ChassisService::readRestartCause(const QUuid &server, QObject *context, Done<RestartCause> done)
{
    read<RestartCause>(server, getSystemRestartCauseRequest(), parseSystemRestartCause, context, std::move(done));
}

void ChassisService::readGlobalEnables(const QUuid &server, QObject *context, Done<GlobalEnables> done)
{
    read<GlobalEnables>(server, getGlobalEnablesRequest(), parseGlobalEnables, context, std::move(done));
}

void ChassisService::readWatchdog(const QUuid &server, QObject *context, Done<WatchdogTimer> done)
{
    read<WatchdogTimer>(server, getWatchdogTimerRequest(), parseWatchdogTimer, context, std::move(done));
}

void ChassisService::power(const QUuid &server, PowerAction action, QObject *context, Done<QString> done)
{
    if (action == PowerAction::Identify) {
        send(server, action, context, std::move(done));
        return;
    }
    readStatus(server, context, [this, server, action, context, done](ipmi::Result<ChassisStatus> status) {
        if (!status) {
            done(status.error());
            return;
        }
        const QString name = serverName(server);
        const bool on = status->powerOn;
        QString pointless;
        if (!on && (action == PowerAction::Reset || action == PowerAction::Cycle))
            pointless = tr("%1 is powered off, so a reset or power cycle would do nothing. Use Power on.").arg(name);
        else if (!on && (action == PowerAction::Off || action == PowerAction::Soft))
            pointless = tr("%1 is already powered off.").arg(name);
        else if (on && action == PowerAction::On)
            pointless = tr("%1 is already powered on.").arg(name);
        if (!pointless.isEmpty()) {
            done(ipmi::Error{ipmi::ErrorKind::InvalidArgument, pointless.toStdString()});
            return;
        }
        send(server, action, context, done);
    });
}

void ChassisService::send(const QUuid &server, PowerAction action, QObject *context, Done<QString> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    ipmi::Request request;
    QString sent;
    const QString name = serverName(server);
    switch (action) {
    case PowerAction::On: request = chassisControlRequest(ChassisControl::PowerUp); sent = tr("Power on sent to %1."); break;
    case PowerAction::Off: request = chassisControlRequest(ChassisControl::PowerDown); sent = tr("Power off sent to %1."); break;
    case PowerAction::Soft: request = chassisControlRequest(ChassisControl::SoftShutdown); sent = tr("Soft shutdown sent to %1; the operating system decides when it powers off."); break;
    case PowerAction::Reset: request = chassisControlRequest(ChassisControl::HardReset); sent = tr("Reset sent to %1."); break;
    case PowerAction::Cycle: request = chassisControlRequest(ChassisControl::PowerCycle); sent = tr("Power cycle sent to %1."); break;
    case PowerAction::Identify: request = chassisIdentifyRequest(15); sent = tr("%1 is identifying itself for 15 seconds."); break;
    }
    sent = sent.arg(name);
    const auto parser = action == PowerAction::Identify ? parseChassisIdentify : parseChassisControl;
    bmc->call<void>(std::move(request), parser, context,
                    [this, server, action, sent, context, done](ipmi::Result<void> result) {
                        if (!result) {
                            done(result.error());
                            return;
                        }
                        if (action != PowerAction::On && action != PowerAction::Off) {
                            done(sent);
                            return;
                        }
                        const int attempts = std::max<int>(1, int(m_followLimit.count() / FollowStepMs));
                        follow(server, action == PowerAction::On, attempts, sent, context, done);
                    });
}

// The state changes a moment after the BMC accepted the command.
void ChassisService::follow(const QUuid &server, bool wantOn, int attemptsLeft, QString sent, QObject *context,
                            Done<QString> done)
{
    QTimer::singleShot(FollowStepMs, context, [=, this] {
        readStatus(server, context, [=, this](ipmi::Result<ChassisStatus> status) {
            const QString name = serverName(server);
            if (status && status->powerOn == wantOn) {
                done(wantOn ? tr("%1 is now powered on.").arg(name) : tr("%1 is now powered off.").arg(name));
                return;
            }
            if (attemptsLeft <= 1) {
                done(ipmi::Error{ipmi::ErrorKind::Timeout,
                                 tr("%1 The BMC accepted the command, but after %n second(s) it still reports the "
                                    "power %2.",
                                    nullptr, int(m_followLimit.count() / 1000))
                                     .arg(sent, wantOn ? tr("off") : tr("on"))
                                     .toStdString()});
                return;
            }
            follow(server, wantOn, attemptsLeft - 1, sent, context, done);
        });
    });
}
