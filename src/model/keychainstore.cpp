// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainstore.h"

#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

// QPromise is move-only and std::function needs copies; share it instead.
using SharedPromise = std::shared_ptr<QPromise<VaultReply>>;

SharedPromise startPromise()
{
    auto promise = std::make_shared<QPromise<VaultReply>>();
    promise->start();
    return promise;
}

void finish(const SharedPromise &promise, VaultReply reply)
{
    promise->addResult(std::move(reply));
    promise->finish();
}

VaultReply failure(const QKeychain::Job &job)
{
    VaultReply reply;
    reply.status = job.error() == QKeychain::EntryNotFound ? VaultReply::Status::NotFound
                                                           : VaultReply::Status::Failed;
    // QtKeychain's messages describe the backend (D-Bus, access denied), never the secret.
    reply.error = KeychainStore::tr("The desktop keychain reported: %1").arg(job.errorString());
    return reply;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent, int probeTimeoutMs)
    : SecretBackend(parent), m_probeTimeoutMs(probeTimeoutMs)
{
}

QString KeychainStore::name() const
{
    return tr("desktop keychain");
}

void KeychainStore::probe(ProbeCallback done)
{
    // Reading a key that does not exist tells "works, empty" (EntryNotFound) apart from
    // "no service" (NoBackendAvailable, D-Bus errors), without creating anything.
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(QStringLiteral("bmcpilot-probe"));
    job->setInsecureFallback(false);
    auto answered = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [done, answered](QKeychain::Job *finished) {
        if (std::exchange(*answered, true))
            return;
        const bool ok = finished->error() == QKeychain::NoError ||
                        finished->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : finished->errorString());
    });
    // A Secret Service that is registered but hangs (a locked prompt nobody sees) must
    // not stall the start-up: after the timeout the keychain counts as unavailable.
    QTimer::singleShot(m_probeTimeoutMs, this, [done, answered]() {
        if (std::exchange(*answered, true))
            return;
        done(false, tr("the keychain did not answer in time"));
    });
    job->start();
}

QFuture<VaultReply> KeychainStore::store(const VaultKey &key, const SecretValue &value)
{
    SharedPromise promise = startPromise();
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(key.storageName());
    job->setInsecureFallback(false);
    QByteArray bytes = value.toByteArray();
    job->setBinaryData(bytes);
    SecretValue::wipe(bytes);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *finished) {
        finish(promise, finished->error() == QKeychain::NoError ? VaultReply{VaultReply::Status::Ok, {}, {}}
                                                                : failure(*finished));
    });
    job->start();
    return promise->future();
}

QFuture<VaultReply> KeychainStore::retrieve(const VaultKey &key)
{
    SharedPromise promise = startPromise();
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(key.storageName());
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            finish(promise, failure(*finished));
            return;
        }
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        QByteArray bytes = read->binaryData();
        VaultReply reply{VaultReply::Status::Ok, SecretValue::fromBytes(bytes), {}};
        SecretValue::wipe(bytes);
        finish(promise, std::move(reply));
    });
    job->start();
    return promise->future();
}

QFuture<VaultReply> KeychainStore::remove(const VaultKey &key)
{
    SharedPromise promise = startPromise();
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(key.storageName());
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *finished) {
        finish(promise, finished->error() == QKeychain::NoError ? VaultReply{VaultReply::Status::Ok, {}, {}}
                                                                : failure(*finished));
    });
    job->start();
    return promise->future();
}
