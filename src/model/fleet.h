// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/crypto/secret.h"
#include "model/bmcendpoint.h"
#include "model/serverentry.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <optional>

class Bmc;
class ServerRegistry;
class SessionPool;

// Hands out the Bmc of each registered server, built from its registry entry and the
// credentials it was given (from the vault, or from the demo lab). A Bmc is rebuilt when
// its entry or credentials change, so callers should not keep the pointer across events
// of the registry.
//
// Threading contract: a GUI-thread object, like the registry it follows.
class Fleet : public QObject
{
    Q_OBJECT

public:
    struct Credentials
    {
        ipmi::SecretBytes password;
        ipmi::SecretBytes kg;
    };

    Fleet(ServerRegistry *registry, SessionPool *pool, QObject *parent = nullptr);
    ~Fleet() override;

    // What the registry stores as the address of a server on the local interface, and
    // the host of its endpoint (as the CLI labels `-I open`).
    static constexpr QLatin1StringView LocalHostLabel{"local"};

    // Where and how to log in to the server an entry describes. For the local interface
    // (ServerEntry::Interface::Open) a local endpoint, without credentials.
    static BmcEndpoint endpointFor(const ServerEntry &entry, const Credentials &credentials);

    void setCredentials(const QUuid &serverId, Credentials credentials);
    bool hasCredentials(const QUuid &serverId) const;
    std::optional<Credentials> credentials(const QUuid &serverId) const;
    // The BMC now takes `password` for the account this server logs in with (a password
    // rotation changed it): keeps the K_g, closes the pool's session that was opened with
    // the old password, so the next call logs in anew, and announces passwordReplaced().
    void replacePassword(const QUuid &serverId, const ipmi::SecretBytes &password);

    // nullptr when the id is not a server; *error then says why. A server without stored
    // credentials gets an empty password (some BMCs allow that) and hasCredentials false.
    Bmc *bmc(const QUuid &serverId, QString *error = nullptr);
    // The error a call reports when bmc() gave none (the server was removed meanwhile).
    static ipmi::Error noBmc(const QString &why) { return ipmi::Error{ipmi::ErrorKind::InvalidArgument, why.toStdString()}; }
    SessionPool *pool() const { return m_pool; }
    ServerRegistry *registry() const { return m_registry; }

Q_SIGNALS:
    // The Bmc of this server was replaced (its entry or credentials changed).
    void bmcReplaced(const QUuid &serverId);
    // replacePassword() gave this server a new password; credentials() has it.
    void passwordReplaced(const QUuid &serverId);

private:
    void drop(const QUuid &serverId);

    ServerRegistry *m_registry;
    SessionPool *m_pool;
    QHash<QUuid, Credentials> m_credentials;
    QHash<QUuid, Bmc *> m_bmcs;
};
