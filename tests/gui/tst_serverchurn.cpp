// SPDX-License-Identifier: GPL-3.0-or-later
// Servers edited, given new credentials, moved between groups and removed while every
// page of the main window, the poller and a fleet operation are reading them. Nothing
// may touch a freed object: this test is also built with AddressSanitizer
// (tests/gui/CMakeLists.txt, label asan), where a use after free fails it.
#include "model/fleet.h"
#include "model/fleetoperation.h"
#include "model/poller.h"
#include "model/selmonitor.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "ui/mainwindow.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestServerChurn final : public QObject
{
    Q_OBJECT

private:
    static ServerEntry entryFor(const sim::SimBmc &bmc, const QString &name)
    {
        ServerEntry entry;
        entry.name = name;
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = bmc.account(ipmi::Privilege::Administrator)->user;
        return entry;
    }

private slots:
    void editsAndRemovalsWhileReading()
    {
        sim::IpmiSimOptions options;
        options.count = 2;
        sim::IpmiSimFixture bmcs(options);
        QVERIFY2(bmcs.start(), qPrintable(bmcs.errorString()));
        QTemporaryDir cache;

        ServerRegistry registry;
        SessionPool pool(2);
        Fleet fleet(&registry, &pool);
        ServerTreeModel tree(&registry);
        SensorMonitor sensors(&fleet, nullptr, cache.path());
        SelMonitor sel(&fleet, nullptr, &sensors);
        Poller poller(&fleet, &tree);
        poller.setSensorMonitor(&sensors);
        poller.setSelMonitor(&sel);
        poller.setInterval(std::chrono::milliseconds(200));
        AppServices services;
        services.fleet = &fleet;
        services.tree = &tree;
        services.sensors = &sensors;
        services.sel = &sel;
        services.poller = &poller;
        MainWindow window(services);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pageTabs"));
        QVERIFY(tabs);
        poller.start();

        const QUuid groupA = registry.addGroup(QStringLiteral("rack A"));
        const QUuid groupB = registry.addGroup(QStringLiteral("rack B"));
        for (int round = 0; round < 6; ++round) {
            const sim::SimBmc &bmc = bmcs.bmc(round % 2);
            const QString password = bmc.account(ipmi::Privilege::Administrator)->password;
            const QUuid id = registry.addServer(entryFor(bmc, QStringLiteral("churn-%1").arg(round)), groupA);
            QVERIFY(!id.isNull());
            fleet.setCredentials(id, {ipmi::SecretBytes(password.toStdString()), {}});
            window.selectServer(id);
            // Every page starts reading this server.
            for (int page = 0; page < tabs->count(); ++page) {
                tabs->setCurrentIndex(page);
                QTest::qWait(40);
            }
            FleetOperation operation(&fleet, {id}, FleetOperation::Action::powerAction(ipmi::cmd::ChassisControl::PowerUp));
            QVERIFY(operation.start());
            QTest::qWait(30 + 20 * round);

            ServerEntry edited = *registry.findServer(id);
            edited.name += QStringLiteral(" (edited)");
            QVERIFY(registry.updateServer(edited)); // the Fleet rebuilds the Bmc mid-read
            tabs->setCurrentIndex(round % tabs->count());
            QTest::qWait(20);
            fleet.setCredentials(id, {ipmi::SecretBytes(std::string_view("wrong")), {}});
            QTest::qWait(20);
            QVERIFY(registry.move(id, groupB));
            QTest::qWait(10 * round);
            QVERIFY(registry.remove(id)); // while the pages, the poller and the operation read it
            QTest::qWait(50);
        }
        // The window is still usable: a last server is read to the end.
        const QUuid last = registry.addServer(entryFor(bmcs.bmc(0), QStringLiteral("last")));
        fleet.setCredentials(last, {ipmi::SecretBytes(bmcs.bmc(0).account(ipmi::Privilege::Administrator)
                                                          ->password.toStdString()),
                                    {}});
        window.selectServer(last);
        tabs->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(tree.status(last).reachability, ServerStatus::Reachability::Reachable, 30000);
        poller.stop();
    }
};

QTEST_MAIN(TestServerChurn)
#include "tst_serverchurn.moc"
