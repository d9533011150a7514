// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/daemonsetup.h"

#include "daemon/credentialsfile.h"
#include "daemon/daemonoptions.h"

#include "model/fleet.h"
#include "model/registrycodec.h"
#include "model/serverregistry.h"
#include "model/vaultfile.h"

#include <QFile>

bool DaemonSetup::loadRegistry(const QString &path, ServerRegistry &registry, QString *error)
{
    if (path.isEmpty()) {
        registry.clear();
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the server registry %1: %2").arg(path, file.errorString());
        return false;
    }
    ServerRegistry decoded;
    const RegistryCodec::Result result = RegistryCodec::decode(file.readAll(), decoded);
    if (result.status == RegistryCodec::Status::FutureVersion) {
        *error = tr("The server registry %1 was written by a newer BMC Pilot; update bmcpilotd.").arg(path);
        return false;
    }
    if (result.status != RegistryCodec::Status::Ok) {
        *error = tr("The server registry %1 cannot be used: %2").arg(path, result.error);
        return false;
    }
    registry.assign(decoded);
    return true;
}

bool DaemonSetup::loadCredentials(const DaemonOptions &options, ServerRegistry &registry, Fleet &fleet, int *found,
                                  QString *error)
{
    *found = 0;
    CredentialsFile credentials;
    if (!options.credentialsPath.isEmpty() && !credentials.load(options.credentialsPath)) {
        *error = credentials.errorString();
        return false;
    }
    // Re-keying writes the vault; a low target cost means a vault is never rewritten here.
    VaultFile vault(options.vaultPath, VaultKdfParams{1, 1, 1});
    if (!options.vaultPath.isEmpty()) {
        QFile passwordFile(options.vaultPasswordPath);
        if (!passwordFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the vault password file %1: %2")
                         .arg(options.vaultPasswordPath, passwordFile.errorString());
            return false;
        }
        QByteArray master = passwordFile.readAll();
        while (master.endsWith('\n') || master.endsWith('\r'))
            master.chop(1);
        const bool unlocked = vault.unlock(SecretValue::fromBytes(master));
        master.fill('\0');
        if (!unlocked) {
            *error = tr("Cannot open the vault %1: %2").arg(options.vaultPath, vault.errorString());
            return false;
        }
    }
    const QList<ServerEntry> servers = registry.servers();
    for (const ServerEntry &entry : servers) {
        Fleet::Credentials secrets;
        bool any = false;
        if (vault.isUnlocked()) {
            if (const auto password = vault.value({entry.id, SecretKind::Password})) {
                secrets.password = ipmi::SecretBytes(std::string_view(password->data(), password->size()));
                any = true;
            }
            if (const auto kg = vault.value({entry.id, SecretKind::Kg}))
                secrets.kg = ipmi::SecretBytes(std::string_view(kg->data(), kg->size()));
        }
        // A line of the credentials file wins over the vault: it is the deployer's word.
        if (const auto password = credentials.passwordFor(entry)) {
            secrets.password = *password;
            any = true;
        }
        if (any)
            ++*found;
        fleet.setCredentials(entry.id, std::move(secrets));
    }
    return true;
}
