// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/poller.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include <QTemporaryDir>
#include <QTest>

// The poller over the session pool's worker threads, against a real ipmi_sim and an
// address where nothing answers.
class TestPoller final : public QObject
{
    Q_OBJECT

private slots:
    void reportsReachabilityAndPower()
    {
        sim::IpmiSimFixture bmcs;
        QVERIFY2(bmcs.start(), qPrintable(bmcs.errorString()));
        const sim::SimBmc target = bmcs.bmc(0);
        const sim::Account admin = *target.account(ipmi::Privilege::Administrator);

        ServerRegistry registry;
        ServerEntry live;
        live.name = QStringLiteral("live");
        live.address = target.host;
        live.port = target.port;
        live.userName = admin.user;
        const QUuid liveId = registry.addServer(live);
        ServerEntry silent = live;
        silent.name = QStringLiteral("silent");
        silent.port = 9; // loopback discard port: nothing answers
        const QUuid silentId = registry.addServer(silent);

        SessionPool pool(2);
        Fleet fleet(&registry, &pool);
        fleet.setCredentials(liveId, {ipmi::SecretBytes(admin.password.toStdString()), {}});
        fleet.setCredentials(silentId, {ipmi::SecretBytes(admin.password.toStdString()), {}});
        ServerTreeModel tree(&registry);
        Poller poller(&fleet, &tree);
        poller.setInterval(std::chrono::milliseconds(300));

        bmcs.setPowerState(0, true);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(tree.status(liveId).reachability, ServerStatus::Reachability::Reachable, 10000);
        QCOMPARE(tree.status(liveId).power, ServerStatus::Power::On);

        // A change on the BMC shows up within a few intervals.
        bmcs.setPowerState(0, false);
        QTRY_COMPARE_WITH_TIMEOUT(tree.status(liveId).power, ServerStatus::Power::Off, 10000);

        // The silent server is marked unreachable with the reason, and the live one keeps
        // being polled meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(tree.status(silentId).reachability, ServerStatus::Reachability::Unreachable, 20000);
        QVERIFY2(tree.status(silentId).detail.contains(QStringLiteral("no answer")),
                 qPrintable(tree.status(silentId).detail));
        QCOMPARE(tree.status(liveId).reachability, ServerStatus::Reachability::Reachable);
        const QString text = tree.indexOf(silentId, ServerTreeModel::StatusColumn).data().toString();
        QCOMPARE(text, QStringLiteral("unreachable"));
        poller.stop();
    }
    // Two entries for the same BMC, port and account, one with a wrong password: they
    // must not share a session, and the wrong one says so rather than "unreachable".
    void wrongPasswordIsNotHiddenBySharedSession()
    {
        sim::IpmiSimFixture bmcs;
        QVERIFY2(bmcs.start(), qPrintable(bmcs.errorString()));
        const sim::SimBmc target = bmcs.bmc(0);
        const sim::Account admin = *target.account(ipmi::Privilege::Administrator);

        ServerRegistry registry;
        ServerEntry right;
        right.name = QStringLiteral("right");
        right.address = target.host;
        right.port = target.port;
        right.userName = admin.user;
        const QUuid rightId = registry.addServer(right);
        ServerEntry wrong = right;
        wrong.name = QStringLiteral("wrong");
        const QUuid wrongId = registry.addServer(wrong);

        SessionPool pool(2);
        Fleet fleet(&registry, &pool);
        fleet.setCredentials(rightId, {ipmi::SecretBytes(admin.password.toStdString()), {}});
        fleet.setCredentials(wrongId, {ipmi::SecretBytes(std::string_view("not-the-password")), {}});
        QVERIFY(Fleet::endpointFor(*registry.findServer(rightId), *fleet.credentials(rightId)).key()
                != Fleet::endpointFor(*registry.findServer(wrongId), *fleet.credentials(wrongId)).key());
        ServerTreeModel tree(&registry);
        QTemporaryDir cache;
        SensorMonitor sensors(&fleet, nullptr, cache.path());
        Poller poller(&fleet, &tree);
        poller.setSensorMonitor(&sensors);
        poller.setInterval(std::chrono::milliseconds(300));
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(tree.status(rightId).reachability, ServerStatus::Reachability::Reachable, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tree.status(wrongId).reachability, ServerStatus::Reachability::LoginRejected,
                                  20000);
        QCOMPARE(tree.status(wrongId).power, ServerStatus::Power::Unknown);
        QCOMPARE(tree.indexOf(wrongId, ServerTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("wrong user name or password"));
        QCOMPARE(tree.status(rightId).reachability, ServerStatus::Reachability::Reachable);
        // The sensors page tells why there are no readings, instead of waiting forever.
        QVERIFY2(sensors.problem(wrongId).startsWith(QStringLiteral("wrong user name or password")),
                 qPrintable(sensors.problem(wrongId)));
        QTRY_VERIFY_WITH_TIMEOUT(sensors.lastSweepMs(rightId) > 0, 20000);
        QVERIFY(sensors.problem(rightId).isEmpty());
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
