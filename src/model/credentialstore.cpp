// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "serverregistry.h"
#include "vault.h"
#include "vaultfuture.h"


namespace {

ipmi::SecretBytes toSecretBytes(const SecretValue &value)
{
    return ipmi::SecretBytes(std::string_view(value.data(), value.size()));
}

SecretValue toSecretValue(const ipmi::SecretBytes &bytes)
{
    const ipmi::ByteView view = bytes.view();
    return SecretValue(reinterpret_cast<const char *>(view.data()), view.size());
}

} // namespace

CredentialStore::CredentialStore(Vault *vault, Fleet *fleet, ServerRegistry *registry, QObject *parent)
    : QObject(parent), m_vault(vault), m_fleet(fleet), m_registry(registry)
{
    connect(vault, &Vault::stateChanged, this, [this](Vault::State state) {
        if (state == Vault::State::Ready)
            loadAll();
    });
    // A password rotation changed the password the fleet logs in with: keep it too.
    connect(fleet, &Fleet::passwordReplaced, this, [this](const QUuid &server) {
        if (const auto credentials = m_fleet->credentials(server))
            whenVaultFinished(this, m_vault->store(server, SecretKind::Password, toSecretValue(credentials->password)),
                         [this, server](const VaultReply &reply) { reportSaved(server, reply); });
    });
    // Removing a group removes its servers with one signal: collect them beforehand.
    connect(registry, &ServerRegistry::nodeAboutToBeRemoved, this,
            [this](const QUuid &, int, const QUuid &id) {
                for (const QUuid &server : serversUnder(id))
                    forget(server);
            });
}

bool CredentialStore::vaultReady() const
{
    return m_vault->state() == Vault::State::Ready;
}

void CredentialStore::loadAll()
{
    const QList<QUuid> servers = serversUnder({});
    m_pendingLoads = static_cast<int>(servers.size());
    m_foundInLoad = 0;
    if (servers.isEmpty())
        emit loaded(0);
    for (const QUuid &server : servers)
        load(server);
}

void CredentialStore::load(const QUuid &server)
{
    whenVaultFinished(this, m_vault->retrieve(server, SecretKind::Password), [this, server](const VaultReply &password) {
        whenVaultFinished(this, m_vault->retrieve(server, SecretKind::Kg), [this, server, password](const VaultReply &kg) {
            if (password.ok() || kg.ok()) {
                Fleet::Credentials credentials;
                if (password.ok())
                    credentials.password = toSecretBytes(password.value);
                if (kg.ok())
                    credentials.kg = toSecretBytes(kg.value);
                m_fleet->setCredentials(server, std::move(credentials));
                ++m_foundInLoad;
            }
            for (const VaultReply *reply : {&password, &kg}) {
                if (reply->status == VaultReply::Status::Failed || reply->status == VaultReply::Status::Locked)
                    emit problem(tr("The credentials of %1 could not be read: %2").arg(serverName(server), reply->error));
            }
            if (--m_pendingLoads == 0)
                emit loaded(m_foundInLoad);
        });
    });
}

void CredentialStore::save(const QUuid &server, const Fleet::Credentials &credentials)
{
    m_fleet->setCredentials(server, credentials);
    const auto report = [this, server](const VaultReply &reply) { reportSaved(server, reply); };
    whenVaultFinished(this, m_vault->store(server, SecretKind::Password, toSecretValue(credentials.password)), report);
    // An empty K_g means "none": remove an old one rather than store an empty key.
    whenVaultFinished(this,
                 credentials.kg.empty() ? m_vault->remove(server, SecretKind::Kg)
                                        : m_vault->store(server, SecretKind::Kg, toSecretValue(credentials.kg)),
                 report);
}

void CredentialStore::reportSaved(const QUuid &server, const VaultReply &reply)
{
    if (!reply.ok() && reply.status != VaultReply::Status::NotFound)
        emit problem(tr("The credentials of %1 could not be saved: %2").arg(serverName(server), reply.error));
}

void CredentialStore::forget(const QUuid &server)
{
    if (!vaultReady())
        return;
    const auto report = [this](const VaultReply &reply) {
        if (!reply.ok() && reply.status != VaultReply::Status::NotFound)
            emit problem(tr("Credentials of a removed server could not be deleted: %1").arg(reply.error));
    };
    whenVaultFinished(this, m_vault->remove(server, SecretKind::Password), report);
    whenVaultFinished(this, m_vault->remove(server, SecretKind::Kg), report);
}

QList<QUuid> CredentialStore::serversUnder(const QUuid &node) const
{
    if (m_registry->isServer(node))
        return {node};
    QList<QUuid> servers;
    for (const QUuid &child : m_registry->children(node))
        servers += serversUnder(child);
    return servers;
}

QString CredentialStore::serverName(const QUuid &server) const
{
    const ServerEntry *entry = m_registry->findServer(server);
    return entry ? entry->name : server.toString(QUuid::WithoutBraces);
}
