// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet.h"

#include "bmc.h"
#include "serverregistry.h"
#include "sessionpool.h"

Fleet::Fleet(ServerRegistry *registry, SessionPool *pool, QObject *parent)
    : QObject(parent), m_registry(registry), m_pool(pool)
{
    connect(registry, &ServerRegistry::nodeChanged, this, &Fleet::drop);
    connect(registry, &ServerRegistry::nodeRemoved, this,
            [this](const QUuid &, int, const QUuid &id) { drop(id); });
    connect(registry, &ServerRegistry::wasReset, this, [this] {
        const QList<QUuid> ids = m_bmcs.keys();
        for (const QUuid &id : ids)
            drop(id);
    });
}

Fleet::~Fleet()
{
    qDeleteAll(m_bmcs);
}

void Fleet::setCredentials(const QUuid &serverId, Credentials credentials)
{
    m_credentials.insert(serverId, std::move(credentials));
    drop(serverId);
}

bool Fleet::hasCredentials(const QUuid &serverId) const
{
    return m_credentials.contains(serverId);
}

std::optional<Fleet::Credentials> Fleet::credentials(const QUuid &serverId) const
{
    const auto found = m_credentials.constFind(serverId);
    if (found == m_credentials.constEnd())
        return std::nullopt;
    return *found;
}

void Fleet::drop(const QUuid &serverId)
{
    if (Bmc *old = m_bmcs.take(serverId)) {
        old->deleteLater();
        emit bmcReplaced(serverId);
    }
}

BmcEndpoint Fleet::endpointFor(const ServerEntry &entry, const Credentials &credentials)
{
    BmcEndpoint endpoint;
    if (entry.interface == ServerEntry::Interface::Open) {
        // The kernel driver needs no address and no login; credentials are not sent.
        endpoint.local = true;
        endpoint.host = LocalHostLabel;
        return endpoint;
    }
    endpoint.host = entry.address;
    endpoint.port = entry.port;
    endpoint.config.version = entry.interface == ServerEntry::Interface::Lan ? ipmi::LanVersion::Lan15
                                                                               : ipmi::LanVersion::Lan20;
    endpoint.config.username = entry.userName.toStdString();
    endpoint.config.privilege = entry.privilege;
    if (entry.cipherSuite)
        endpoint.config.cipher.pinnedSuite = static_cast<std::uint8_t>(*entry.cipherSuite);
    endpoint.config.password = credentials.password;
    endpoint.config.kg = credentials.kg;
    return endpoint;
}

Bmc *Fleet::bmc(const QUuid &serverId, QString *error)
{
    if (Bmc *existing = m_bmcs.value(serverId))
        return existing;
    const ServerEntry *entry = m_registry->findServer(serverId);
    if (!entry) {
        if (error)
            *error = tr("No server has the id %1.").arg(serverId.toString());
        return nullptr;
    }
    const auto found = m_credentials.constFind(serverId);
    auto *created = new Bmc(endpointFor(*entry, found != m_credentials.constEnd() ? *found : Credentials{}),
                            m_pool);
    m_bmcs.insert(serverId, created);
    return created;
}

void Fleet::replacePassword(const QUuid &serverId, const ipmi::SecretBytes &password)
{
    const Credentials previous = credentials(serverId).value_or(Credentials{});
    Credentials updated = previous;
    updated.password = password;
    // The session opened with the old password can no longer log in again; close it now
    // rather than let it idle until the pool's timeout.
    if (const ServerEntry *entry = m_registry->findServer(serverId))
        m_pool->forget(endpointFor(*entry, previous));
    setCredentials(serverId, std::move(updated));
    emit passwordReplaced(serverId);
}
