// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bmc.h"
#include "model/fleet.h"
#include "model/fleetoperation.h"
#include "model/fleetresultsmodel.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include "ipmi/sel/selcommands.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using HostState = FleetOperation::HostState;

// Fleet operations against three ipmi_sim BMCs and one address where nothing answers
// (127.0.0.1 port 9): each action shows on the BMCs themselves (power state, SEL
// count, a login with the new password), the silent host fails with the timeout's
// sentence while the others succeed, and cancel stops what has not run yet.
class TestFleetOperation final : public QObject
{
    Q_OBJECT

private:
    static constexpr int Sims = 3;
    static constexpr int RunTimeoutMs = 60000;

    sim::IpmiSimFixture *m_sims = nullptr;
    ServerRegistry *m_registry = nullptr;
    SessionPool *m_pool = nullptr;
    Fleet *m_fleet = nullptr;
    QUuid m_lab;              // group holding the three simulated servers
    QList<QUuid> m_simIds;    // in fixture order
    QUuid m_silent;

    QList<QUuid> everyone() const { return m_simIds + QList<QUuid>{m_silent}; }

    // Runs the operation to its end; the summary it finished with.
    static FleetOperation::Summary runToEnd(FleetOperation &operation)
    {
        QSignalSpy finished(&operation, &FleetOperation::finished);
        if (!operation.start())
            qFatal("the operation did not start");
        if (!finished.wait(RunTimeoutMs))
            qFatal("the operation did not finish");
        return finished.first().first().value<FleetOperation::Summary>();
    }

    int rowOf(const FleetOperation &operation, const QUuid &id) const
    {
        for (int row = 0; row < operation.hostCount(); ++row)
            if (operation.host(row).id == id)
                return row;
        return -1;
    }

    ipmi::Result<ipmi::sel::SelInfo> selInfo(int index)
    {
        std::optional<ipmi::Result<ipmi::sel::SelInfo>> info;
        m_fleet->bmc(m_simIds[index])
            ->call<ipmi::sel::SelInfo>(ipmi::sel::getSelInfoRequest(), ipmi::sel::parseSelInfo, this,
                                       [&](ipmi::Result<ipmi::sel::SelInfo> result) { info = std::move(result); });
        if (!QTest::qWaitFor([&] { return info.has_value(); }, 20000))
            return ipmi::makeError(ipmi::ErrorKind::Timeout, "no SEL info");
        return *info;
    }

    // Logs in to sim `index` as its "user" account with `password`, in a private session.
    ipmi::Result<ipmi::SessionInfo> loginAsUser(int index, const QString &password)
    {
        const sim::SimBmc bmc = m_sims->bmc(index);
        ServerEntry entry;
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = QStringLiteral("user");
        entry.privilege = ipmi::Privilege::User;
        BmcEndpoint endpoint = Fleet::endpointFor(entry, {ipmi::SecretBytes(password.toStdString()), {}});
        endpoint.isolation = QUuid::createUuid().toString(); // a fresh session per check
        std::optional<ipmi::Result<ipmi::SessionInfo>> opened;
        m_pool->open(endpoint, this, [&](ipmi::Result<ipmi::SessionInfo> result) { opened = std::move(result); });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 30000))
            return ipmi::makeError(ipmi::ErrorKind::Timeout, "no login outcome");
        m_pool->forget(endpoint);
        return *opened;
    }

private slots:
    void initTestCase()
    {
        sim::IpmiSimOptions options;
        options.count = Sims;
        m_sims = new sim::IpmiSimFixture(options, this);
        QVERIFY2(m_sims->start(), qPrintable(m_sims->errorString()));
        m_registry = new ServerRegistry(this);
        m_pool = new SessionPool(2, std::chrono::minutes(5), this);
        m_fleet = new Fleet(m_registry, m_pool, this);
        m_lab = m_registry->addGroup(QStringLiteral("Lab"));
        for (int i = 0; i < Sims; ++i) {
            const sim::SimBmc bmc = m_sims->bmc(i);
            const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
            ServerEntry entry;
            entry.name = bmc.name;
            entry.address = bmc.host;
            entry.port = bmc.port;
            entry.userName = admin.user;
            const QUuid id = m_registry->addServer(entry, m_lab);
            QVERIFY(!id.isNull());
            m_fleet->setCredentials(id, {ipmi::SecretBytes(admin.password.toStdString()), {}});
            m_simIds << id;
        }
        ServerEntry silent;
        silent.name = QStringLiteral("silent");
        silent.address = QStringLiteral("127.0.0.1");
        silent.port = 9; // discard: nothing answers there
        silent.userName = QStringLiteral("admin");
        m_silent = m_registry->addServer(silent);
        QVERIFY(!m_silent.isNull());
    }

    void selectionExpandsGroups()
    {
        // A group stands for its servers; a server picked twice runs once.
        const QList<QUuid> servers = FleetOperation::serversIn(*m_registry, {m_simIds[1], m_lab, m_silent});
        QCOMPARE(servers, (QList<QUuid>{m_simIds[1], m_simIds[0], m_simIds[2], m_silent}));
        QCOMPARE(FleetOperation::serversIn(*m_registry, {}), QList<QUuid>{});
    }

    void refusesAnActionWithAProblem()
    {
        const auto tooLong = FleetOperation::Action::passwordRotation(
            4, ipmi::SecretBytes(std::string_view("seventeen-bytes-x")), ipmi::user::PasswordSize::Bytes16);
        QVERIFY(tooLong.problem().contains(QStringLiteral("17 bytes")));
        QVERIFY(!tooLong.problem().contains(QStringLiteral("seventeen"))); // never quotes the secret
        FleetOperation operation(m_fleet, m_simIds, tooLong);
        QSignalSpy changed(&operation, &FleetOperation::hostChanged);
        QVERIFY(!operation.start());
        QCOMPARE(changed.count(), 0);
        FleetOperation nobody(m_fleet, {}, FleetOperation::Action::selClear());
        QVERIFY(!nobody.start());
    }

    void powerOffThenOn()
    {
        for (int i = 0; i < Sims; ++i)
            m_sims->setPowerState(i, true);
        FleetOperation off(m_fleet, everyone(),
                           FleetOperation::Action::powerAction(ipmi::cmd::ChassisControl::PowerDown));
        FleetResultsModel model(&off);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy rowChanges(&model, &QAbstractItemModel::dataChanged);
        const FleetOperation::Summary summary = runToEnd(off);
        QCOMPARE(summary.total, 4);
        QCOMPARE(summary.done, 3);
        QCOMPARE(summary.failed, 1);
        for (int i = 0; i < Sims; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(m_sims->powerState(i), false, 10000);
            QCOMPARE(off.host(rowOf(off, m_simIds[i])).state, HostState::Done);
        }
        const int silentRow = rowOf(off, m_silent);
        QCOMPARE(off.host(silentRow).state, HostState::Failed);
        QVERIFY2(off.host(silentRow).detail.contains(QStringLiteral("no answer")), qPrintable(off.host(silentRow).detail));
        QCOMPARE(model.index(silentRow, FleetResultsModel::StateColumn).data().toString(), QStringLiteral("failed"));
        QVERIFY(model.index(silentRow, FleetResultsModel::TimeColumn).data().toString().endsWith(QStringLiteral(" s")));
        // Updates came row by row: running then an outcome per host, each one row wide.
        QVERIFY(rowChanges.count() >= 8);
        for (const QList<QVariant> &change : rowChanges) {
            const auto top = change[0].value<QModelIndex>();
            const auto bottom = change[1].value<QModelIndex>();
            QCOMPARE(top.row(), bottom.row());
        }
        QVERIFY(model.toText().contains(QStringLiteral("silent\t127.0.0.1:9\tfailed")));

        FleetOperation on(m_fleet, m_simIds, FleetOperation::Action::powerAction(ipmi::cmd::ChassisControl::PowerUp));
        QCOMPARE(runToEnd(on).done, Sims);
        for (int i = 0; i < Sims; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(m_sims->powerState(i), true, 10000);
    }

    void selClearEmptiesTheSels()
    {
        for (int i = 0; i < Sims; ++i) {
            const auto before = selInfo(i);
            QVERIFY2(before.ok(), before.ok() ? "" : before.error().message.c_str());
            QVERIFY(before->entries > 0);
        }
        // The group stands for its servers.
        FleetOperation clear(m_fleet, FleetOperation::serversIn(*m_registry, {m_lab}),
                             FleetOperation::Action::selClear());
        QCOMPARE(clear.hostCount(), Sims);
        const FleetOperation::Summary summary = runToEnd(clear);
        QCOMPARE(summary.done, Sims);
        for (int i = 0; i < Sims; ++i) {
            const auto after = selInfo(i);
            QVERIFY2(after.ok(), after.ok() ? "" : after.error().message.c_str());
            QCOMPARE(int(after->entries), 0);
        }
    }

    void passwordRotationThenLogin()
    {
        // User 4 is the fixture's "user" account (2 admin, 3 operator). ipmi_sim 2.0.33's
        // Set User Password keeps only 16 bytes whatever the form, so the password is 16.
        const QString fresh = QStringLiteral("rotated-pw-16byt");
        QCOMPARE(fresh.size(), 16);
        const QString old = m_sims->bmc(0).account(ipmi::Privilege::User)->password;
        QVERIFY(loginAsUser(0, old).ok());
        FleetOperation rotate(m_fleet, m_simIds,
                              FleetOperation::Action::passwordRotation(4, ipmi::SecretBytes(fresh.toStdString()),
                                                                       ipmi::user::PasswordSize::Bytes16));
        QCOMPARE(runToEnd(rotate).done, Sims);
        for (int row = 0; row < rotate.hostCount(); ++row)
            QVERIFY(!rotate.host(row).detail.contains(fresh));
        for (int i = 0; i < Sims; ++i) {
            const auto login = loginAsUser(i, fresh);
            QVERIFY2(login.ok(), login.ok() ? "" : login.error().message.c_str());
        }
        const auto refused = loginAsUser(0, old);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ipmi::ErrorKind::AuthenticationFailed);
    }

    void cancelStopsTheRest()
    {
        for (int i = 0; i < Sims; ++i)
            m_sims->setPowerState(i, true);
        // One host at a time, the silent one first: it is still waiting when cancelled.
        FleetOperation off(m_fleet, QList<QUuid>{m_silent} + m_simIds,
                           FleetOperation::Action::powerAction(ipmi::cmd::ChassisControl::PowerDown));
        off.setConcurrency(1);
        QSignalSpy finished(&off, &FleetOperation::finished);
        QVERIFY(off.start());
        QCOMPARE(off.host(0).state, HostState::Running);
        QCOMPARE(off.host(1).state, HostState::Queued);
        QTest::qWait(300);
        off.cancel();
        if (finished.isEmpty())
            QVERIFY(finished.wait(10000));
        const auto summary = finished.first().first().value<FleetOperation::Summary>();
        QCOMPARE(summary.cancelled, 4);
        for (int row = 0; row < off.hostCount(); ++row)
            QCOMPARE(off.host(row).state, HostState::Cancelled);
        for (int i = 0; i < Sims; ++i)
            QCOMPARE(m_sims->powerState(i), true); // nothing reached the BMCs
        QVERIFY(!off.isRunning());
    }

    void unknownServerFailsAlone()
    {
        FleetOperation on(m_fleet, {QUuid::createUuid(), m_simIds[0]},
                          FleetOperation::Action::powerAction(ipmi::cmd::ChassisControl::PowerUp));
        const auto summary = runToEnd(on);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.done, 1);
        QVERIFY(!on.host(0).detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleetOperation)
#include "tst_fleetoperation.moc"
