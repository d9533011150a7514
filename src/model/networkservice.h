// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/channel/channelcommands.h"
#include "ipmi/core/error.h"
#include "ipmi/lan/lanchange.h"
#include "ipmi/lan/lanconfigreader.h"
#include "ipmi/lan/lanconfigwriter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

class Fleet;
class SafeLanChangeDriver;

// The BMC network settings of registered servers, for the network page and anyone else:
// finds the LAN channel and reads its configuration, reads the channel table, and writes
// changes. A change that moves the address BMC Pilot reaches the server at (a host name
// is resolved to compare) runs as a verified change (SafeLanChangeDriver): reverted
// after a time limit unless the new address answers; "keep without check" writes it
// anyway, for a BMC moving to a network this computer cannot reach. Either way the
// server's entry follows the BMC to its new address.
//
// Changes belong to the service, not to a page: they run on while the user looks at
// other servers, and report through signals that name their server. Reads take a
// context object; their callbacks are dropped once it is gone. The service looks the
// server's Bmc up at every step and never keeps it.
class NetworkService : public QObject
{
    Q_OBJECT

public:
    struct LanSettings
    {
        std::uint8_t channel = 0;
        ipmi::lan::LanConfigRead read;
    };
    enum class Verification { Verify, KeepWithoutCheck };
    using Progress = std::function<void(const QString &)>;

    explicit NetworkService(Fleet *fleet, QObject *parent = nullptr);
    ~NetworkService() override;

    void readLan(const QUuid &server, QObject *context, Progress progress,
                 std::function<void(ipmi::Result<LanSettings>)> done);
    // Channels 0-Bh one after the other (a channel the BMC lacks is skipped), and the
    // access settings of those that take sessions.
    void readChannels(const QUuid &server, QObject *context,
                      std::function<void(const ipmi::channel::ChannelInfo &)> channel,
                      std::function<void(std::uint8_t, ipmi::channel::Storage, const ipmi::channel::ChannelAccess &)>
                          access);

    // Whether BMC Pilot reaches this server at `address` (a host name is resolved to
    // compare). done runs in context's thread.
    void isReachedAt(const QUuid &server, const ipmi::lan::Ipv4Address &address, QObject *context,
                     std::function<void(bool)> done);
    // Writes the change; changeFinished() follows, also for a change refused at once.
    void apply(const QUuid &server, std::uint8_t channel, const ipmi::lan::LanChange &change,
               const ipmi::lan::LanConfig &current, Verification verification = Verification::Verify);

    bool isChanging(const QUuid &server) const { return m_changes.contains(server); }
    // The verified change running for this server, if any (for tests).
    SafeLanChangeDriver *verifiedChange(const QUuid &server) const;
    // What the last change of this server ended with, until the next one starts.
    QString lastOutcome(const QUuid &server) const { return m_outcomes.value(server); }

Q_SIGNALS:
    void changeStep(const QUuid &server, const QString &text);
    void changeFinished(const QUuid &server, bool ok, const QString &message);

private:
    void writeDirectly(const QUuid &server, std::uint8_t channel, const ipmi::lan::LanChange &change,
                       const ipmi::lan::LanConfig &current, bool followAddress);
    void runVerified(const QUuid &server, std::uint8_t channel, const ipmi::lan::LanChange &change,
                     const ipmi::lan::LanConfig &current);
    void finish(const QUuid &server, bool ok, const QString &message);
    // The entry moves with its BMC; a message saying so, or why it could not.
    QString followAddress(const QUuid &server, const QString &address);
    void readChannel(const QUuid &server, std::uint8_t channel, QObject *context,
                     std::function<void(const ipmi::channel::ChannelInfo &)> channelDone,
                     std::function<void(std::uint8_t, ipmi::channel::Storage, const ipmi::channel::ChannelAccess &)>
                         access);

    Fleet *m_fleet;
    QHash<QUuid, QPointer<QObject>> m_changes; // the running change's owner per server
    QHash<QUuid, QString> m_outcomes;
};
