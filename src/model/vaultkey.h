// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/secretvalue.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

// What a secret belongs to: a server (by registry id) and which of its secrets.
enum class SecretKind : quint8 { Password = 1, Kg = 2 };

struct VaultKey
{
    QUuid server;
    SecretKind kind = SecretKind::Password;

    bool operator==(const VaultKey &other) const = default;
    // The name used in the desktop keychain: "<uuid>/password" or "<uuid>/kg".
    QString storageName() const
    {
        return server.toString(QUuid::WithoutBraces) +
               (kind == SecretKind::Kg ? QStringLiteral("/kg") : QStringLiteral("/password"));
    }
};

inline size_t qHash(const VaultKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.server, quint8(key.kind));
}

// The outcome of one asynchronous vault operation. `value` is set only by a successful
// retrieve; `error` is a sentence for the user and never contains the secret.
struct VaultReply
{
    enum class Status { Ok, NotFound, Locked, Failed };
    Status status = Status::Failed;
    SecretValue value;
    QString error;

    bool ok() const { return status == Status::Ok; }
};

Q_DECLARE_METATYPE(VaultReply)
