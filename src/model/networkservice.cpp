// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkservice.h"
#include "coretext.h"

#include "bmc.h"
#include "fleet.h"
#include "lanchannellookup.h"
#include "poolsessionopener.h"
#include "safelanchangedriver.h"
#include "serverregistry.h"

#include "ipmi/lan/lanconfigreader.h"

#include <QHostAddress>
#include <QHostInfo>

using namespace ipmi::lan;
using namespace ipmi::channel;

NetworkService::NetworkService(Fleet *fleet, QObject *parent) : QObject(parent), m_fleet(fleet)
{
}

NetworkService::~NetworkService() = default;

void NetworkService::readLan(const QUuid &server, QObject *context, Progress progress,
                             std::function<void(ipmi::Result<LanSettings>)> done)
{
    progress(tr("Reading the LAN configuration…"));
    runOnLanChannel<LanConfigRead>(
        m_fleet, server, context, [](std::uint8_t channel) { return std::make_shared<LanConfigReader>(channel); },
        [done](std::uint8_t channel, ipmi::Result<LanConfigRead> read) {
            if (!read)
                done(read.error());
            else
                done(LanSettings{channel, std::move(*read)});
        });
}

void NetworkService::readChannels(
    const QUuid &server, QObject *context, std::function<void(const ChannelInfo &)> channel,
    std::function<void(std::uint8_t, Storage, const ChannelAccess &)> access)
{
    readChannel(server, 0, context, std::move(channel), std::move(access));
}

void NetworkService::readChannel(const QUuid &server, std::uint8_t channel, QObject *context,
                                 std::function<void(const ChannelInfo &)> channelDone,
                                 std::function<void(std::uint8_t, Storage, const ChannelAccess &)> access)
{
    Bmc *bmc = m_fleet->bmc(server);
    if (channel > MaxChannel || !bmc)
        return;
    bmc->call<ChannelInfo>(
        getChannelInfoRequest(channel), parseChannelInfo, context,
        [this, server, channel, context, channelDone, access](ipmi::Result<ChannelInfo> info) {
            if (info) {
                channelDone(*info);
                if (info->sessionSupport != 0)
                    if (Bmc *current = m_fleet->bmc(server))
                        for (const Storage storage : {Storage::Volatile, Storage::NonVolatile})
                            current->call<ChannelAccess>(getChannelAccessRequest(channel, storage), parseChannelAccess,
                                                     context,
                                                     [access, channel, storage](ipmi::Result<ChannelAccess> read) {
                                                         if (read)
                                                             access(channel, storage, *read);
                                                     });
            }
            readChannel(server, std::uint8_t(channel + 1), context, channelDone, access);
        });
}

void NetworkService::isReachedAt(const QUuid &server, const Ipv4Address &address, QObject *context,
                                 std::function<void(bool)> done)
{
    const ServerEntry *entry = m_fleet->registry()->findServer(server);
    if (!entry || entry->interface == ServerEntry::Interface::Open) {
        done(false);
        return;
    }
    const QHostAddress present(QString::fromStdString(ipv4Text(address)));
    const QHostAddress literal(entry->address);
    if (!literal.isNull()) {
        done(literal.isEqual(present, QHostAddress::ConvertV4MappedToIPv4));
        return;
    }
    // Added by host name: ours when the name leads to the address.
    QHostInfo::lookupHost(entry->address, context, [present, done](const QHostInfo &info) {
        bool ours = false;
        for (const QHostAddress &resolved : info.addresses())
            ours = ours || resolved.isEqual(present, QHostAddress::ConvertV4MappedToIPv4);
        done(ours);
    });
}

void NetworkService::apply(const QUuid &server, std::uint8_t channel, const LanChange &change,
                           const LanConfig &current, Verification verification)
{
    if (isChanging(server)) { // the running change keeps its owner and its outcome
        emit changeFinished(server, false, tr("A network change of this server is still running."));
        return;
    }
    if (change.empty()) {
        finish(server, false, tr("Nothing to change."));
        return;
    }
    const LanValidation validation = validateLanChange(change, &current);
    if (!validation.ok()) {
        finish(server, false, CoreText::join(validation.errors));
        return;
    }
    auto *owner = new QObject(this);
    m_changes.insert(server, owner);
    m_outcomes.remove(server);
    const auto decide = [this, server, channel, change, current, verification](bool ours) {
        if (ours && verification == Verification::Verify)
            runVerified(server, channel, change, current);
        else
            writeDirectly(server, channel, change, current, ours);
    };
    const bool moves = current.ipAddress && change.ipAddress && *change.ipAddress != *current.ipAddress;
    if (moves)
        isReachedAt(server, *current.ipAddress, owner, decide);
    else
        decide(false);
}

void NetworkService::writeDirectly(const QUuid &server, std::uint8_t channel, const LanChange &change,
                                   const LanConfig &, bool followNewAddress)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        finish(server, false, error);
        return;
    }
    emit changeStep(server, tr("Writing the LAN configuration…"));
    const QString newAddress = change.ipAddress ? QString::fromStdString(ipv4Text(*change.ipAddress)) : QString();
    bmc->run<LanWriteOutcome>(std::make_shared<LanConfigWriter>(channel, lanChangeWrites(change)),
                              m_changes.value(server),
                              [this, server, followNewAddress, newAddress](ipmi::Result<LanWriteOutcome> written) {
                                  QString message = written ? tr("The LAN configuration was written.")
                                                            : CoreText::error(written.error());
                                  if (written && followNewAddress)
                                      message += u' ' + followAddress(server, newAddress);
                                  finish(server, written.ok(), message);
                              });
}

void NetworkService::runVerified(const QUuid &server, std::uint8_t channel, const LanChange &change,
                                 const LanConfig &current)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        finish(server, false, error);
        return;
    }
    auto *driver = new SafeLanChangeDriver(std::make_shared<PoolSessionOpener>(m_fleet->pool(), bmc->endpoint()),
                                           channel, change, current, SafeLanChange::DefaultTimeout,
                                           m_changes.value(server));
    connect(driver, &SafeLanChangeDriver::stepChanged, this,
            [this, server](const QString &text) { emit changeStep(server, text); });
    connect(driver, &SafeLanChangeDriver::countdown, this,
            [this, server](int, const QString &text) { emit changeStep(server, text); });
    connect(driver, &SafeLanChangeDriver::finished, this, [this, server, driver](bool confirmed, const QString &text) {
        QString message = text;
        if (confirmed)
            message += u' ' + followAddress(server, driver->resultingAddress());
        finish(server, confirmed, message);
    });
    driver->start();
}

QString NetworkService::followAddress(const QUuid &server, const QString &address)
{
    const ServerEntry *found = m_fleet->registry()->findServer(server);
    if (!found || address.isEmpty())
        return {};
    ServerEntry entry = *found;
    const QString previous = entry.address;
    entry.address = address;
    QString error;
    if (!m_fleet->registry()->updateServer(entry, &error))
        return error;
    return QHostAddress(previous).isNull()
               ? tr("%1 now uses the address %2; the host name %3 still leads to the old address until its DNS "
                    "record is changed.")
                     .arg(entry.name, address, previous)
               : tr("%1 now uses the address %2.").arg(entry.name, address);
}

void NetworkService::finish(const QUuid &server, bool ok, const QString &message)
{
    if (QObject *owner = m_changes.take(server))
        owner->deleteLater();
    m_outcomes.insert(server, message);
    emit changeFinished(server, ok, message);
}

SafeLanChangeDriver *NetworkService::verifiedChange(const QUuid &server) const
{
    const QObject *owner = m_changes.value(server);
    return owner ? owner->findChild<SafeLanChangeDriver *>() : nullptr;
}
