// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bmc.h"
#include "model/credentialstore.h"
#include "model/fleet.h"
#include "model/fleetoperation.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "model/vault.h"
#include "demo/ipmisimfixture.h"

#include "ipmi/cmd/app.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using HostState = FleetOperation::HostState;

namespace {

QString text(const ipmi::SecretBytes &secret)
{
    const ipmi::ByteView bytes = secret.view();
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

SecretValue secretValue(const char *text)
{
    return SecretValue(text, std::strlen(text));
}

} // namespace

// Rotating the password of the account BMC Pilot itself logs in with, on three ipmi_sim
// BMCs: two log in as "admin" with administrator rights and take the new password; the
// third logs in as "admin" too but at operator privilege, so its BMC refuses Set User
// Password. The two that changed must be reachable afterwards with what the fleet and
// the vault now hold (the old password no longer works there); the third keeps its old
// credentials, which still work.
class TestFleetPasswordRotation final : public QObject
{
    Q_OBJECT

private:
    static constexpr int Sims = 3;
    static constexpr int Refusing = 2; // the host whose session lacks the privilege
    static constexpr std::uint8_t AdminUserId = 2; // the fixture's first account

    QTemporaryDir m_dir;
    sim::IpmiSimFixture *m_sims = nullptr;
    ServerRegistry *m_registry = nullptr;
    SessionPool *m_pool = nullptr;
    Fleet *m_fleet = nullptr;
    Vault *m_vault = nullptr;
    CredentialStore *m_store = nullptr;
    QList<QUuid> m_ids;
    QString m_oldPassword;

    static ipmi::Result<ipmi::cmd::DeviceId> deviceId(Bmc *bmc, QObject *context)
    {
        std::optional<ipmi::Result<ipmi::cmd::DeviceId>> answer;
        bmc->call<ipmi::cmd::DeviceId>(ipmi::cmd::getDeviceIdRequest(), ipmi::cmd::parseDeviceId, context,
                                       [&](ipmi::Result<ipmi::cmd::DeviceId> result) { answer = std::move(result); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return ipmi::makeError(ipmi::ErrorKind::Timeout, "no Get Device ID answer");
        return *answer;
    }

    // A login of our own (not the fleet's session) as admin with `password`.
    ipmi::Result<ipmi::SessionInfo> loginAsAdmin(int index, const QString &password)
    {
        BmcEndpoint endpoint = Fleet::endpointFor(*m_registry->findServer(m_ids[index]),
                                                  {ipmi::SecretBytes(password.toStdString()), {}});
        endpoint.config.privilege = ipmi::Privilege::Administrator;
        endpoint.isolation = QUuid::createUuid().toString(); // a fresh session per check
        std::optional<ipmi::Result<ipmi::SessionInfo>> opened;
        m_pool->open(endpoint, this, [&](ipmi::Result<ipmi::SessionInfo> result) { opened = std::move(result); });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 30000))
            return ipmi::makeError(ipmi::ErrorKind::Timeout, "no login outcome");
        m_pool->forget(endpoint);
        return *opened;
    }

    QString vaultPassword(const QUuid &server)
    {
        const VaultReply reply = m_vault->retrieve(server, SecretKind::Password).result();
        return reply.ok() ? QString::fromUtf8(reply.value.data(), qsizetype(reply.value.size())) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::IpmiSimOptions options;
        options.count = Sims;
        m_sims = new sim::IpmiSimFixture(options, this);
        QVERIFY2(m_sims->start(), qPrintable(m_sims->errorString()));
        m_registry = new ServerRegistry(this);
        m_pool = new SessionPool(2, std::chrono::minutes(5), this);
        m_fleet = new Fleet(m_registry, m_pool, this);
        m_vault = new Vault(m_dir.filePath(QStringLiteral("vault.bin")), nullptr, this, VaultKdfParams{10, 8, 1});
        m_vault->start();
        QVERIFY(m_vault->unlock(secretValue("master")));
        m_store = new CredentialStore(m_vault, m_fleet, m_registry, this);
        for (int i = 0; i < Sims; ++i) {
            const sim::SimBmc bmc = m_sims->bmc(i);
            const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
            m_oldPassword = admin.password;
            ServerEntry entry;
            entry.name = bmc.name;
            entry.address = bmc.host;
            entry.port = bmc.port;
            entry.userName = admin.user;
            entry.privilege = i == Refusing ? ipmi::Privilege::Operator : ipmi::Privilege::Administrator;
            const QUuid id = m_registry->addServer(entry);
            QVERIFY(!id.isNull());
            m_store->save(id, {ipmi::SecretBytes(admin.password.toStdString()), {}});
            m_ids << id;
        }
        QTRY_COMPARE(vaultPassword(m_ids.last()), m_oldPassword);
        // Sessions open with the old password, as after a while of polling.
        for (const QUuid &id : std::as_const(m_ids)) {
            const auto answer = deviceId(m_fleet->bmc(id), this);
            QVERIFY2(answer.ok(), answer.ok() ? "" : answer.error().message.c_str());
        }
    }

    void anotherUsersPasswordLeavesOursAlone()
    {
        // User 4 is the fixture's "user" account, not the one the fleet logs in with.
        const QString fresh = QStringLiteral("user-new-pw-0016");
        QSignalSpy replaced(m_fleet, &Fleet::passwordReplaced);
        FleetOperation rotate(m_fleet, {m_ids[0]},
                              FleetOperation::Action::passwordRotation(4, ipmi::SecretBytes(fresh.toStdString()),
                                                                       ipmi::user::PasswordSize::Bytes16));
        QSignalSpy finished(&rotate, &FleetOperation::finished);
        QVERIFY(rotate.start());
        QVERIFY(finished.wait(60000));
        QCOMPARE(rotate.host(0).state, HostState::Done);
        QCOMPARE(replaced.count(), 0);
        QCOMPARE(text(m_fleet->credentials(m_ids[0])->password), m_oldPassword);
        QVERIFY(deviceId(m_fleet->bmc(m_ids[0]), this).ok());
    }

    void ownPasswordFollowsTheBmc()
    {
        // ipmi_sim keeps only 16 password bytes, whatever the form: 16 it is.
        const QString fresh = QStringLiteral("rotated-admin-16");
        QCOMPARE(fresh.size(), 16);
        QSignalSpy replaced(m_fleet, &Fleet::passwordReplaced);
        FleetOperation rotate(m_fleet, m_ids,
                              FleetOperation::Action::passwordRotation(AdminUserId, ipmi::SecretBytes(fresh.toStdString()),
                                                                       ipmi::user::PasswordSize::Bytes16));
        QSignalSpy finished(&rotate, &FleetOperation::finished);
        QVERIFY(rotate.start());
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<FleetOperation::Summary>();
        for (int row = 0; row < rotate.hostCount(); ++row)
            qInfo("%s: %s", qPrintable(rotate.host(row).name), qPrintable(rotate.host(row).detail));
        QCOMPARE(summary.done, Sims - 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(replaced.count(), Sims - 1);

        for (int i = 0; i < Sims; ++i) {
            const QUuid id = m_ids[i];
            const FleetOperation::Host &host = rotate.host(i);
            QVERIFY(!host.detail.contains(fresh));
            if (i == Refusing) {
                // Refused: the fleet, the vault and the BMC keep the old password.
                QCOMPARE(host.state, HostState::Failed);
                QCOMPARE(text(m_fleet->credentials(id)->password), m_oldPassword);
                QCOMPARE(vaultPassword(id), m_oldPassword);
                QVERIFY(loginAsAdmin(i, m_oldPassword).ok());
            } else {
                QCOMPARE(host.state, HostState::Done);
                QVERIFY2(host.detail.contains(QStringLiteral("logs in with it")), qPrintable(host.detail));
                QCOMPARE(text(m_fleet->credentials(id)->password), fresh);
                QTRY_COMPARE(vaultPassword(id), fresh);
                const auto refused = loginAsAdmin(i, m_oldPassword);
                QVERIFY(!refused.ok());
                QCOMPARE(refused.error().kind, ipmi::ErrorKind::AuthenticationFailed);
            }
            // The next poll: the fleet's own Bmc, over a session opened anew.
            const auto answer = deviceId(m_fleet->bmc(id), this);
            QVERIFY2(answer.ok(), answer.ok() ? "" : answer.error().message.c_str());
        }
    }

    void nextRunLogsInWithTheVault()
    {
        // A new pool and fleet, as at the next start, with the credentials from the vault.
        SessionPool pool(1);
        Fleet fleet(m_registry, &pool);
        for (const QUuid &id : std::as_const(m_ids))
            fleet.setCredentials(id, {ipmi::SecretBytes(vaultPassword(id).toStdString()), {}});
        for (const QUuid &id : std::as_const(m_ids)) {
            const auto answer = deviceId(fleet.bmc(id), this);
            QVERIFY2(answer.ok(), answer.ok() ? "" : answer.error().message.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestFleetPasswordRotation)
#include "tst_fleetpasswordrotation.moc"
