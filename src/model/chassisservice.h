// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/cmd/app.h"
#include "ipmi/cmd/chassis.h"
#include "ipmi/cmd/watchdog.h"
#include "ipmi/session/lansession.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

class Fleet;

// The identity, chassis state and power control of registered servers, for the
// overview page and anyone else. Power actions look at the power state first: one that
// would do nothing (reset, cycle or power off of a server that is off; power on of one
// that is on) is not sent, and the caller is told why; power on and off are followed
// until the BMC reports the new state, or it is said that it did not.
//
// Callbacks run in the context object's thread and are dropped once it is gone. The
// service looks the server's Bmc up at every step and never keeps it.
class ChassisService : public QObject
{
    Q_OBJECT

public:
    enum class PowerAction { On, Off, Soft, Reset, Cycle, Identify };
    template<typename T>
    using Done = std::function<void(ipmi::Result<T>)>;

    explicit ChassisService(Fleet *fleet, QObject *parent = nullptr);

    void openSession(const QUuid &server, QObject *context, Done<ipmi::SessionInfo> done);
    void readDeviceId(const QUuid &server, QObject *context, Done<ipmi::cmd::DeviceId> done);
    void readGuid(const QUuid &server, QObject *context, Done<ipmi::cmd::DeviceGuid> done);
    void readStatus(const QUuid &server, QObject *context, Done<ipmi::cmd::ChassisStatus> done);
    void readRestartCause(const QUuid &server, QObject *context, Done<ipmi::cmd::RestartCause> done);
    void readGlobalEnables(const QUuid &server, QObject *context, Done<ipmi::cmd::GlobalEnables> done);
    void readWatchdog(const QUuid &server, QObject *context, Done<ipmi::cmd::WatchdogTimer> done);
    // done gets the sentence to show: what was done, or an Error saying why not.
    void power(const QUuid &server, PowerAction action, QObject *context, Done<QString> done);
    // How long power on/off is followed before saying the state did not change.
    void setFollowTime(std::chrono::milliseconds limit) { m_followLimit = limit; }

private:
    template<typename T>
    void read(const QUuid &server, ipmi::Request request, std::function<ipmi::Result<T>(const ipmi::Response &)> parse,
              QObject *context, Done<T> done);
    void send(const QUuid &server, PowerAction action, QObject *context, Done<QString> done);
    void follow(const QUuid &server, bool wantOn, int attemptsLeft, QString sent, QObject *context,
                Done<QString> done);
    QString serverName(const QUuid &server) const;

    Fleet *m_fleet;
    std::chrono::milliseconds m_followLimit{std::chrono::seconds(15)};
};
