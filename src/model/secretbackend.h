// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vaultkey.h"

#include <QFuture>
#include <QObject>

#include <functional>

// A store of secrets that needs no master password from us (the desktop keychain). The
// Vault probes it once and falls back to its encrypted file when it is unavailable; tests
// inject fakes through this interface.
//
// Threading contract: used from the thread it lives in; futures finish in that thread.
class SecretBackend : public QObject
{
    Q_OBJECT

public:
    using ProbeCallback = std::function<void(bool available, const QString &reason)>;

    using QObject::QObject;
    ~SecretBackend() override = default;

    virtual QString name() const = 0;
    // Calls back exactly once, later or immediately, from this object's thread.
    virtual void probe(ProbeCallback done) = 0;
    virtual QFuture<VaultReply> store(const VaultKey &key, const SecretValue &value) = 0;
    virtual QFuture<VaultReply> retrieve(const VaultKey &key) = 0;
    virtual QFuture<VaultReply> remove(const VaultKey &key) = 0;
};
