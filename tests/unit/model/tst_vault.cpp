// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/keychainstore.h"
#include "model/vault.h"
#include "model/vaultfile.h"

#include <QDebug>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Cheap scrypt for tests that derive many keys; one test keeps the production default.
const VaultKdfParams Fast{10, 8, 1};
const QUuid ServerA = QUuid::fromString(QStringLiteral("3b1f6a52-8c1e-4e0b-9a0e-1f2d3c4b5a61"));
const QByteArray Password = "S3cret-BMC-Pa55word!";
const QByteArray Kg = "kg-0123456789abcdef";

SecretValue secret(const QByteArray &bytes)
{
    return SecretValue::fromBytes(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A keychain whose availability the test decides; stores in memory.
class FakeKeychain : public SecretBackend
{
public:
    explicit FakeKeychain(bool available) : m_available(available) {}
    QString name() const override { return QStringLiteral("fake keychain"); }
    void probe(ProbeCallback done) override
    {
        done(m_available, m_available ? QString() : QStringLiteral("no Secret Service on the bus"));
    }
    QFuture<VaultReply> store(const VaultKey &key, const SecretValue &value) override
    {
        m_values.insert(key, value);
        return QtFuture::makeReadyFuture(VaultReply{VaultReply::Status::Ok, {}, {}});
    }
    QFuture<VaultReply> retrieve(const VaultKey &key) override
    {
        if (!m_values.contains(key))
            return QtFuture::makeReadyFuture(VaultReply{VaultReply::Status::NotFound, {}, {}});
        return QtFuture::makeReadyFuture(VaultReply{VaultReply::Status::Ok, m_values.value(key), {}});
    }
    QFuture<VaultReply> remove(const VaultKey &key) override
    {
        m_values.remove(key);
        return QtFuture::makeReadyFuture(VaultReply{VaultReply::Status::Ok, {}, {}});
    }
    QHash<VaultKey, SecretValue> m_values;

private:
    bool m_available;
};

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void fileRoundTripWithDefaultCost()
    {
        const QString path = m_dir.filePath(QStringLiteral("default.vault"));
        {
            VaultFile file(path); // N = 2^17, as in production
            QVERIFY2(file.create(secret("master one")), qPrintable(file.errorString()));
            QVERIFY(file.setValue({ServerA, SecretKind::Password}, secret(Password)));
            QVERIFY(file.setValue({ServerA, SecretKind::Kg}, secret(Kg)));
        }
        VaultFile file(path);
        QVERIFY(!file.isUnlocked());
        QVERIFY2(file.unlock(secret("master one")), qPrintable(file.errorString()));
        QCOMPARE(file.count(), 2);
        QVERIFY(*file.value({ServerA, SecretKind::Password}) == secret(Password));
        QVERIFY(*file.value({ServerA, SecretKind::Kg}) == secret(Kg));
        file.lock();
        QVERIFY(!file.isUnlocked());
        QVERIFY(!file.value({ServerA, SecretKind::Password}));
    }

    // A vault written with a lower scrypt cost is re-keyed with the current one when it is
    // unlocked: same secrets, new salt, the header says the new cost.
    void weakerCostIsRaisedOnUnlock()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-cost.vault"));
        {
            VaultFile file(path, Fast);
            QVERIFY(file.create(secret("master")));
            QVERIFY(file.setValue({ServerA, SecretKind::Password}, secret(Password)));
        }
        const QByteArray before = readAll(path);
        QCOMPARE(int(quint8(before[11])), 10);
        const VaultKdfParams stronger{12, 8, 1};
        {
            VaultFile file(path, stronger);
            QVERIFY2(file.unlock(secret("master")), qPrintable(file.errorString()));
            QVERIFY(*file.value({ServerA, SecretKind::Password}) == secret(Password));
        }
        const QByteArray after = readAll(path);
        QCOMPARE(int(quint8(after[11])), 12);
        QVERIFY(after.mid(20, 16) != before.mid(20, 16)); // a new salt
        VaultFile reopened(path, stronger);
        QVERIFY2(reopened.unlock(secret("master")), qPrintable(reopened.errorString()));
        QVERIFY(*reopened.value({ServerA, SecretKind::Password}) == secret(Password));
        const QByteArray settled = readAll(path); // an unlock at the current cost writes nothing
        QCOMPARE(settled, after);
        QVERIFY(!reopened.unlock(secret("wrong")));
        QCOMPARE(readAll(path), settled); // nor does a failed one
    }

    void defaultCostIsCurrentAdvice()
    {
        QCOMPARE(VaultKdfParams{}.log2N, 17);
    }

    void filePropertiesOnDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("disk.vault"));
        VaultFile file(path, Fast);
        QVERIFY(file.create(secret("master")));
        QVERIFY(file.setValue({ServerA, SecretKind::Password}, secret(Password)));
        // Mode 0600: owner read/write; nothing for group or others ("User" bits mirror the
        // current user's access and are left out).
        const QFileDevice::Permissions userBits =
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFile::permissions(path) & ~userBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray first = readAll(path);
        QVERIFY(!first.contains(Password));
        QVERIFY(!first.contains(Password.left(8)));
        QVERIFY(!first.contains(ServerA.toRfc4122()));
        // Same content written again: a fresh nonce gives a different ciphertext.
        QVERIFY(file.setValue({ServerA, SecretKind::Password}, secret(Password)));
        const QByteArray second = readAll(path);
        QCOMPARE(second.size(), first.size());
        QVERIFY(second.mid(36, 12) != first.mid(36, 12));
        QVERIFY(second.mid(VaultFile::HeaderSize) != first.mid(VaultFile::HeaderSize));
    }

    void wrongMasterPasswordLeavesFileIntact()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong.vault"));
        {
            VaultFile file(path, Fast);
            QVERIFY(file.create(secret("right horse")));
            QVERIFY(file.setValue({ServerA, SecretKind::Password}, secret(Password)));
        }
        const QByteArray before = readAll(path);
        VaultFile file(path, Fast);
        QVERIFY(!file.unlock(secret("wrong horse")));
        QCOMPARE(file.error(), VaultFile::Error::WrongPasswordOrTampered);
        QVERIFY(file.errorString().contains(QStringLiteral("master password")));
        QVERIFY(!file.errorString().contains(QStringLiteral("horse")));
        QVERIFY(!file.isUnlocked());
        QVERIFY(!file.setValue({ServerA, SecretKind::Kg}, secret(Kg))); // locked: no write
        QCOMPARE(readAll(path), before);
        QVERIFY(file.unlock(secret("right horse")));
    }

    void everyFlippedByteIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("tamper.vault"));
        {
            VaultFile file(path, Fast);
            QVERIFY(file.create(secret("master")));
            QVERIFY(file.setValue({ServerA, SecretKind::Password}, secret(Password)));
        }
        const QByteArray original = readAll(path);
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray tampered = original;
            tampered[i] = char(tampered[i] ^ 0x01);
            {
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(tampered);
            }
            VaultFile file(path, Fast);
            QVERIFY2(!file.unlock(secret("master")), qPrintable(QString::number(i)));
            QVERIFY(file.error() != VaultFile::Error::None);
            QCOMPARE(readAll(path), tampered);
        }
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(original.left(original.size() - 1)); // truncated
        out.close();
        VaultFile file(path, Fast);
        QVERIFY(!file.unlock(secret("master")));
    }

    void masterPasswordChangeReencrypts()
    {
        const QString path = m_dir.filePath(QStringLiteral("rekey.vault"));
        VaultFile file(path, Fast);
        QVERIFY(file.create(secret("old master")));
        QVERIFY(file.setValue({ServerA, SecretKind::Password}, secret(Password)));
        const QByteArray before = readAll(path);
        QVERIFY(!file.changeMasterPassword(secret("not it"), secret("new master")));
        QCOMPARE(readAll(path), before);
        QVERIFY(file.changeMasterPassword(secret("old master"), secret("new master")));
        QVERIFY(readAll(path).mid(20, 16) != before.mid(20, 16)); // new salt
        VaultFile reopened(path, Fast);
        QVERIFY(!reopened.unlock(secret("old master")));
        QVERIFY(reopened.unlock(secret("new master")));
        QVERIFY(*reopened.value({ServerA, SecretKind::Password}) == secret(Password));
    }

    void secretsAreRedactedInDebugOutput()
    {
        QString text;
        QDebug(&text) << secret(Password);
        QCOMPARE(text.trimmed(), QStringLiteral("<redacted>"));
    }

    void fallsBackToFileWhenKeychainUnavailable()
    {
        const QString path = m_dir.filePath(QStringLiteral("fallback.vault"));
        Vault vault(path, std::make_unique<FakeKeychain>(false), nullptr, Fast);
        QSignalSpy states(&vault, &Vault::stateChanged);
        vault.start();
        QCOMPARE(vault.backend(), Vault::Backend::File);
        QCOMPARE(vault.state(), Vault::State::NeedsSetup);
        QVERIFY(vault.keychainProblem().contains(QStringLiteral("Secret Service")));
        QCOMPARE(vault.store(ServerA, SecretKind::Password, secret(Password)).result().status,
                 VaultReply::Status::Locked);
        QVERIFY(vault.unlock(secret("master")));
        QCOMPARE(vault.state(), Vault::State::Ready);
        QVERIFY(vault.store(ServerA, SecretKind::Password, secret(Password)).result().ok());
        QVERIFY(vault.retrieve(ServerA, SecretKind::Password).result().value == secret(Password));
        QCOMPARE(vault.retrieve(ServerA, SecretKind::Kg).result().status, VaultReply::Status::NotFound);
        vault.lock();
        QCOMPARE(vault.state(), Vault::State::Locked);
        QCOMPARE(vault.retrieve(ServerA, SecretKind::Password).result().status,
                 VaultReply::Status::Locked);
        QVERIFY(!vault.unlock(secret("wrong")));
        QVERIFY(vault.unlock(secret("master")));
        QVERIFY(vault.remove(ServerA, SecretKind::Password).result().ok());
        QCOMPARE(vault.retrieve(ServerA, SecretKind::Password).result().status,
                 VaultReply::Status::NotFound);
        QCOMPARE(states.size(), 4); // NeedsSetup, Ready, Locked, Ready
    }

    void usesKeychainWhenAvailable()
    {
        const QString path = m_dir.filePath(QStringLiteral("unused.vault"));
        auto keychain = std::make_unique<FakeKeychain>(true);
        FakeKeychain *fake = keychain.get();
        Vault vault(path, std::move(keychain), nullptr, Fast);
        vault.start();
        QCOMPARE(vault.backend(), Vault::Backend::Keychain);
        QCOMPARE(vault.state(), Vault::State::Ready);
        QVERIFY(!vault.unlock(secret("master"))); // no master password with a keychain
        QVERIFY(vault.store(ServerA, SecretKind::Kg, secret(Kg)).result().ok());
        QVERIFY(fake->m_values.value({ServerA, SecretKind::Kg}) == secret(Kg));
        QVERIFY(vault.retrieve(ServerA, SecretKind::Kg).result().value == secret(Kg));
        QVERIFY(!QFile::exists(path));
    }

    void realKeychainWhenReachable()
    {
        KeychainStore store(nullptr, 3000);
        bool answered = false, available = false;
        QString reason;
        store.probe([&](bool ok, const QString &why) {
            answered = true;
            available = ok;
            reason = why;
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        if (!available)
            QSKIP(qPrintable(QStringLiteral("no desktop keychain here: ") + reason));
        const QUuid server = QUuid::createUuid();
        auto stored = store.store({server, SecretKind::Password}, secret(Password));
        QVERIFY(QTest::qWaitFor([&] { return stored.isFinished(); }, 10000));
        QVERIFY2(stored.result().ok(), qPrintable(stored.result().error));
        auto read = store.retrieve({server, SecretKind::Password});
        QVERIFY(QTest::qWaitFor([&] { return read.isFinished(); }, 10000));
        QVERIFY(read.result().value == secret(Password));
        auto removed = store.remove({server, SecretKind::Password});
        QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, 10000));
        QVERIFY(removed.result().ok());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
