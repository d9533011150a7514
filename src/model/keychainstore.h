// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/secretbackend.h"

// Secrets in the desktop keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain, under the service name "bmcpilot". QtKeychain's
// insecure plain-text fallback is never enabled.
//
// Limits: QtKeychain hands the secret over in a QByteArray it owns; our copies are wiped,
// its internal copy cannot be.
class KeychainStore : public SecretBackend
{
    Q_OBJECT

public:
    explicit KeychainStore(QObject *parent = nullptr, int probeTimeoutMs = 5000);

    QString name() const override;
    void probe(ProbeCallback done) override;
    QFuture<VaultReply> store(const VaultKey &key, const SecretValue &value) override;
    QFuture<VaultReply> retrieve(const VaultKey &key) override;
    QFuture<VaultReply> remove(const VaultKey &key) override;

    static inline const QString Service = QStringLiteral("bmcpilot");

private:
    int m_probeTimeoutMs;
};
