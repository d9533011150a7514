// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/secretbackend.h"
#include "model/vaultfile.h"

#include <QFuture>
#include <QObject>

#include <memory>

// BMC passwords and K_g keys, by (server id, kind). Never stored or logged in clear.
//
// Backend choice: start() probes the desktop keychain; if it answers, secrets go there.
// Otherwise (no Secret Service, locked D-Bus, timeout) the Vault uses its encrypted file,
// which the user unlocks once per run with the master password (unlock() creates the
// file on first use). The choice is made once per run and reported by backend().
//
// Threading contract: a GUI-thread QObject. The futures finish in this thread: file
// operations at once, keychain operations when the keychain answers. Copy the result
// out (VaultReply is a value) before handing it to another thread.
class Vault : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Undecided, Keychain, File };
    enum class State {
        Probing,   // start() is waiting for the keychain
        NeedsSetup, // file backend, no vault file yet: unlock() sets the master password
        Locked,    // file backend: unlock() with the master password
        Ready,
    };
    Q_ENUM(State)

    // keychain: null means "no keychain at all"; production passes a KeychainStore.
    Vault(const QString &vaultFilePath, std::unique_ptr<SecretBackend> keychain,
          QObject *parent = nullptr, VaultKdfParams params = {});
    ~Vault() override;

    void start();
    State state() const { return m_state; }
    Backend backend() const { return m_backend; }
    // Why the keychain is not used (empty when it is).
    QString keychainProblem() const { return m_keychainProblem; }

    // File backend only. On failure errorString() says why; the file is untouched.
    bool unlock(const SecretValue &masterPassword);
    // Wipes the key and every decrypted secret from memory.
    void lock();
    bool changeMasterPassword(const SecretValue &current, const SecretValue &next);
    QString errorString() const { return m_error; }

    QFuture<VaultReply> store(const QUuid &server, SecretKind kind, const SecretValue &value);
    QFuture<VaultReply> retrieve(const QUuid &server, SecretKind kind);
    QFuture<VaultReply> remove(const QUuid &server, SecretKind kind);

Q_SIGNALS:
    void stateChanged(Vault::State state);

private:
    void setState(State state);
    std::optional<VaultReply> notReady() const;

    std::unique_ptr<SecretBackend> m_keychain;
    VaultFile m_file;
    Backend m_backend = Backend::Undecided;
    State m_state = State::Probing;
    QString m_keychainProblem;
    QString m_error;
};
