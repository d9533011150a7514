// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fleet.h"

#include <QObject>
#include <QUuid>

class ServerRegistry;
class Vault;
struct VaultReply;

// Keeps the Fleet's credentials in step with the Vault. When the vault becomes ready it
// loads the password and K_g of every registered server; save() hands new credentials
// to the fleet at once and to the vault; a password the fleet replaced after a rotation
// (Fleet::passwordReplaced) goes to the vault too; a removed server's secrets leave it.
//
// Threading contract: a GUI-thread object, like the vault, fleet and registry it joins.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    CredentialStore(Vault *vault, Fleet *fleet, ServerRegistry *registry, QObject *parent = nullptr);

    // Loads every server's secrets now (the vault must be ready); loaded() follows.
    void loadAll();
    void save(const QUuid &server, const Fleet::Credentials &credentials);
    bool vaultReady() const;

Q_SIGNALS:
    // Secrets of `count` servers were found in the vault.
    void loaded(int count);
    // A vault operation failed; the text names the server and never holds a secret.
    void problem(const QString &text);

private:
    void load(const QUuid &server);
    void forget(const QUuid &server);
    void reportSaved(const QUuid &server, const VaultReply &reply);
    QString serverName(const QUuid &server) const;
    QList<QUuid> serversUnder(const QUuid &node) const; // the node itself if a server

    Vault *m_vault;
    Fleet *m_fleet;
    ServerRegistry *m_registry;
    int m_pendingLoads = 0;
    int m_foundInLoad = 0;
};
