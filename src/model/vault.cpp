// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault.h"

#include <QPointer>

Vault::Vault(const QString &vaultFilePath, std::unique_ptr<SecretBackend> keychain,
             QObject *parent, VaultKdfParams params)
    : QObject(parent), m_keychain(std::move(keychain)), m_file(vaultFilePath, params)
{
}

Vault::~Vault() = default;

void Vault::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Vault::start()
{
    if (m_backend != Backend::Undecided)
        return;
    const auto useFile = [this](const QString &reason) {
        m_backend = Backend::File;
        m_keychainProblem = reason;
        setState(m_file.exists() ? State::Locked : State::NeedsSetup);
    };
    if (!m_keychain) {
        useFile(tr("no desktop keychain support"));
        return;
    }
    QPointer<Vault> self(this);
    m_keychain->probe([self, useFile](bool available, const QString &reason) {
        if (!self || self->m_backend != Backend::Undecided)
            return;
        if (!available) {
            useFile(reason.isEmpty() ? tr("the desktop keychain is not available") : reason);
            return;
        }
        self->m_backend = Backend::Keychain;
        self->setState(State::Ready);
    });
}

bool Vault::unlock(const SecretValue &masterPassword)
{
    m_error.clear();
    if (m_backend != Backend::File) {
        m_error = tr("The vault does not use a master password: secrets are in the %1.")
                      .arg(m_keychain ? m_keychain->name() : tr("keychain"));
        return false;
    }
    if (masterPassword.isEmpty()) {
        m_error = tr("The master password must not be empty.");
        return false;
    }
    const bool ok = m_file.exists() ? m_file.unlock(masterPassword) : m_file.create(masterPassword);
    if (!ok) {
        m_error = m_file.errorString();
        return false;
    }
    setState(State::Ready);
    return true;
}

void Vault::lock()
{
    m_file.lock();
    if (m_backend == Backend::File)
        setState(m_file.exists() ? State::Locked : State::NeedsSetup);
}

bool Vault::changeMasterPassword(const SecretValue &current, const SecretValue &next)
{
    m_error.clear();
    if (m_backend != Backend::File || !m_file.isUnlocked()) {
        m_error = tr("Unlock the vault file first.");
        return false;
    }
    if (next.isEmpty()) {
        m_error = tr("The master password must not be empty.");
        return false;
    }
    if (!m_file.changeMasterPassword(current, next)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

std::optional<VaultReply> Vault::notReady() const
{
    if (m_state == State::Ready)
        return std::nullopt;
    VaultReply reply;
    reply.status = VaultReply::Status::Locked;
    reply.error = m_state == State::Probing ? tr("The vault is still looking for the desktop keychain.")
                                            : tr("The vault is locked; enter the master password.");
    return reply;
}

namespace {

VaultReply fileReply(bool ok, const VaultFile &file)
{
    VaultReply reply;
    reply.status = ok ? VaultReply::Status::Ok : VaultReply::Status::Failed;
    if (!ok)
        reply.error = file.errorString();
    return reply;
}

} // namespace

QFuture<VaultReply> Vault::store(const QUuid &server, SecretKind kind, const SecretValue &value)
{
    if (auto reply = notReady())
        return QtFuture::makeReadyFuture(*reply);
    if (m_backend == Backend::Keychain)
        return m_keychain->store({server, kind}, value);
    return QtFuture::makeReadyFuture(fileReply(m_file.setValue({server, kind}, value), m_file));
}

QFuture<VaultReply> Vault::retrieve(const QUuid &server, SecretKind kind)
{
    if (auto reply = notReady())
        return QtFuture::makeReadyFuture(*reply);
    if (m_backend == Backend::Keychain)
        return m_keychain->retrieve({server, kind});
    VaultReply reply;
    if (std::optional<SecretValue> value = m_file.value({server, kind})) {
        reply.status = VaultReply::Status::Ok;
        reply.value = std::move(*value);
    } else {
        reply.status = VaultReply::Status::NotFound;
        reply.error = tr("No secret is stored for this server.");
    }
    return QtFuture::makeReadyFuture(reply);
}

QFuture<VaultReply> Vault::remove(const QUuid &server, SecretKind kind)
{
    if (auto reply = notReady())
        return QtFuture::makeReadyFuture(*reply);
    if (m_backend == Backend::Keychain)
        return m_keychain->remove({server, kind});
    return QtFuture::makeReadyFuture(fileReply(m_file.remove({server, kind}), m_file));
}
