// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/fleetresultsmodel.h"
#include "model/selmonitor.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "ui/fleetdialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

// The fleet dialog: it opens on a read-only action with the tree's selection ticked in a
// server list of its own; input problems are refused in words before anything is sent
// (no servers, passwords that differ or do not fit their form), a destructive action asks
// first naming the count and the hosts, and answering Cancel sends nothing; answering
// Yes runs it against an ipmi_sim BMC and the grid shows the outcome. The read-only
// actions report per host, with real times and details that fit.
class TestFleetDialog final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    static void chooseAction(FleetDialog &dialog, const QString &text)
    {
        auto *combo = child<QComboBox>(dialog, "actionEdit");
        const int index = combo->findText(text);
        if (index < 0)
            qFatal("no action %s", qPrintable(text));
        combo->setCurrentIndex(index);
    }

    static void typePasswords(FleetDialog &dialog, const QString &first, const QString &second)
    {
        child<QLineEdit>(dialog, "passwordEdit")->setText(first);
        child<QLineEdit>(dialog, "confirmEdit")->setText(second);
    }

    // A registry of `count` servers at an address where nothing listens (never reached
    // by the validation tests), all in group "Rack".
    struct Lab
    {
        ServerRegistry registry;
        SessionPool pool{1};
        Fleet fleet{&registry, &pool};
        QUuid rack;

        explicit Lab(int count)
        {
            rack = registry.addGroup(QStringLiteral("Rack"));
            for (int i = 1; i <= count; ++i) {
                ServerEntry entry;
                entry.name = QStringLiteral("web-%1").arg(i, 2, 10, QLatin1Char('0'));
                entry.address = QStringLiteral("127.0.0.1");
                entry.port = 9;
                entry.userName = QStringLiteral("admin");
                registry.addServer(entry, rack);
            }
        }
    };

    static QTreeWidgetItem *treeItem(FleetDialog &dialog, const QString &text)
    {
        for (QTreeWidgetItemIterator it(child<QTreeWidget>(dialog, "serverTree")); *it; ++it)
            if ((*it)->text(0) == text)
                return *it;
        qFatal("no tree item %s", qPrintable(text));
        return nullptr;
    }

private slots:
    void opensOnAReadOnlyAction()
    {
        Lab lab(3);
        FleetDialog dialog(&lab.fleet, {lab.rack});
        QCOMPARE(child<QComboBox>(dialog, "actionEdit")->currentText(), QStringLiteral("Read the power status"));
        QVERIFY(dialog.action());
        QVERIFY(dialog.action()->isReadOnly());
        QVERIFY(!dialog.action()->isDestructive());
        QCOMPARE(dialog.summary(), QStringLiteral("Read the power status of 3 servers: web-01, web-02, web-03"));
    }

    void serversArePickedInTheDialog()
    {
        Lab lab(3);
        const QList<QUuid> servers = lab.registry.children(lab.rack);
        // Pre-ticked with the main window's selection: one server.
        FleetDialog dialog(&lab.fleet, {servers[1]});
        QCOMPARE(dialog.servers(), QList<QUuid>{servers[1]});
        QCOMPARE(treeItem(dialog, QStringLiteral("Rack"))->checkState(0), Qt::PartiallyChecked);
        // Ticking a server as a person does, then the whole group.
        treeItem(dialog, QStringLiteral("web-03"))->setCheckState(0, Qt::Checked);
        QCOMPARE(dialog.servers(), (QList<QUuid>{servers[1], servers[2]}));
        treeItem(dialog, QStringLiteral("Rack"))->setCheckState(0, Qt::Checked);
        QCOMPARE(dialog.servers(), servers);
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
        treeItem(dialog, QStringLiteral("Rack"))->setCheckState(0, Qt::Unchecked);
        QVERIFY(dialog.servers().isEmpty());
        QVERIFY(dialog.problem().contains(QStringLiteral("No server")));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());

        // Nothing selected in the main window: the dialog opens anyway, nothing ticked.
        FleetDialog unselected(&lab.fleet, {});
        QVERIFY(unselected.servers().isEmpty());
        unselected.setTicked(servers[0], true);
        QCOMPARE(unselected.servers(), QList<QUuid>{servers[0]});
        QCOMPARE(child<QLabel>(unselected, "summaryLabel")->text(),
                 QStringLiteral("Read the power status of 1 server: web-01"));
    }

    void timesReadInMilliseconds()
    {
        QCOMPARE(FleetResultsModel::timeText(-1), QString());
        QCOMPARE(FleetResultsModel::timeText(0), QStringLiteral("0 ms"));
        QCOMPARE(FleetResultsModel::timeText(37), QStringLiteral("37 ms"));
        QCOMPARE(FleetResultsModel::timeText(2400), QStringLiteral("2.4 s"));
    }

    void readOnlyActionsReportPerHost()
    {
        sim::IpmiSimOptions options;
        options.count = 2;
        options.profiles = {QStringLiteral("r2u"), QStringLiteral("edge")};
        sim::IpmiSimFixture sims(options);
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        sims.setPowerState(0, true);
        sims.setPowerState(1, false);

        ServerRegistry registry;
        QList<QUuid> ids;
        for (int i = 0; i < 2; ++i) {
            const sim::SimBmc bmc = sims.bmc(i);
            const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
            ServerEntry entry;
            entry.name = bmc.name;
            entry.address = bmc.host;
            entry.port = bmc.port;
            entry.userName = admin.user;
            ids << registry.addServer(entry);
        }
        SessionPool pool(2);
        Fleet fleet(&registry, &pool);
        for (int i = 0; i < 2; ++i) {
            const sim::Account admin = *sims.bmc(i).account(ipmi::Privilege::Administrator);
            fleet.setCredentials(ids[i], {ipmi::SecretBytes(admin.password.toStdString()), {}});
        }
        QTemporaryDir cache;
        SensorMonitor sensors(&fleet, nullptr, cache.path());
        SelMonitor sel(&fleet, nullptr, &sensors);
        AppServices services{&fleet};
        services.sensors = &sensors;
        services.sel = &sel;

        const auto runAndWait = [&](const QString &action, FleetDialog &dialog) {
            chooseAction(dialog, action);
            bool asked = false;
            dialog.setConfirmation([&](const QString &, const QString &) { return asked = true; });
            QElapsedTimer wall;
            wall.start();
            if (!dialog.run())
                return qint64(-1);
            QSignalSpy finished(dialog.operation(), &FleetOperation::finished);
            if (!finished.wait(60000) || asked) // a read asks nobody
                return qint64(-1);
            return wall.elapsed();
        };

        FleetDialog power(services, ids);
        const qint64 wallMs = runAndWait(QStringLiteral("Read the power status"), power);
        QVERIFY(wallMs >= 0);
        QCOMPARE(sims.powerState(0), true); // nothing changed
        const FleetResultsModel *results = power.results();
        QCOMPARE(results->index(0, FleetResultsModel::DetailColumn).data().toString(), QStringLiteral("Power is on."));
        QCOMPARE(results->index(1, FleetResultsModel::DetailColumn).data().toString(), QStringLiteral("Power is off."));
        for (int row = 0; row < 2; ++row) {
            // Each host's own time: opening a session and a round trip take more than
            // nothing, and no host took longer than the whole run.
            const qint64 ms = power.operation()->host(row).elapsedMs;
            QVERIFY2(ms > 0 && ms <= wallMs, qPrintable(QString::number(ms)));
            QCOMPARE(results->index(row, FleetResultsModel::TimeColumn).data().toString(),
                     FleetResultsModel::timeText(ms));
        }

        // Again, over the sessions the first run opened: a round trip on loopback takes
        // milliseconds, which the grid must not round to nothing.
        FleetDialog again(services, ids);
        const qint64 againMs = runAndWait(QStringLiteral("Read the power status"), again);
        QVERIFY(againMs >= 0);
        for (int row = 0; row < 2; ++row) {
            const qint64 ms = again.operation()->host(row).elapsedMs;
            QVERIFY2(ms >= 0 && ms <= againMs, qPrintable(QString::number(ms)));
            QCOMPARE(again.results()->index(row, FleetResultsModel::TimeColumn).data().toString(),
                     QStringLiteral("%1 ms").arg(ms));
        }

        FleetDialog sensorSweep(services, ids);
        QVERIFY(runAndWait(QStringLiteral("Summarise the sensors"), sensorSweep) >= 0);
        for (int row = 0; row < 2; ++row) {
            const QString detail = sensorSweep.results()->index(row, FleetResultsModel::DetailColumn).data().toString();
            QCOMPARE(sensorSweep.operation()->host(row).state, FleetOperation::HostState::Done);
            QVERIFY2(detail.contains(QStringLiteral(" sensors: ")) && detail.contains(QStringLiteral(" ok, ")),
                     qPrintable(detail));
        }
        QVERIFY(!sensors.sensors(ids[0]).empty()); // the pages see what the fleet read

        FleetDialog selSummary(services, ids);
        selSummary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selSummary));
        QVERIFY(runAndWait(QStringLiteral("Summarise the SEL"), selSummary) >= 0);
        // Fits a 1024x700 screen, and at that size every detail is shown whole.
        QVERIFY(selSummary.width() <= 1024 && selSummary.height() <= 700);
        auto *view = child<QTableView>(selSummary, "resultsView");
        QCoreApplication::processEvents();
        for (int row = 0; row < 2; ++row) {
            const QModelIndex detail = selSummary.results()->index(row, FleetResultsModel::DetailColumn);
            const QString text = detail.data().toString();
            QVERIFY2(text.contains(QStringLiteral(" entries: ")) && text.contains(QStringLiteral("latest")),
                     qPrintable(text));
            const QRect cell = view->visualRect(detail);
            const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 10000),
                                                                  Qt::TextWordWrap, text);
            QVERIFY2(needed.height() <= cell.height() && cell.right() <= view->viewport()->width(),
                     qPrintable(QStringLiteral("%1 needs %2 px, has %3").arg(text).arg(needed.height()).arg(cell.height())));
        }
    }

    void refusesNoServers()
    {
        Lab lab(0);
        FleetDialog dialog(&lab.fleet, {lab.rack});
        QVERIFY(dialog.servers().isEmpty());
        QVERIFY(dialog.problem().contains(QStringLiteral("No server")));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
        QVERIFY(!dialog.run());
        QVERIFY(!dialog.operation());
    }

    void refusesMismatchedPasswords()
    {
        Lab lab(2);
        FleetDialog dialog(&lab.fleet, {lab.rack});
        chooseAction(dialog, QStringLiteral("Set a user's password"));
        QVERIFY(dialog.problem().contains(QStringLiteral("twice")));
        typePasswords(dialog, QStringLiteral("secret-one"), QStringLiteral("secret-two"));
        QCOMPARE(dialog.problem(), QStringLiteral("The two passwords differ."));
        QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("differ")));
        QVERIFY(!child<QPushButton>(dialog, "runButton")->isEnabled());
        bool asked = false;
        dialog.setConfirmation([&](const QString &, const QString &) { return asked = true; });
        QVERIFY(!dialog.run());
        QVERIFY(!asked);
        QVERIFY(!dialog.operation());
        typePasswords(dialog, QStringLiteral("secret-one"), QStringLiteral("secret-one"));
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
    }

    void alertDestinationNeedsAReceiver()
    {
        Lab lab(2);
        FleetDialog dialog(&lab.fleet, {lab.rack});
        dialog.show();
        chooseAction(dialog, QStringLiteral("Set an alert destination"));
        QVERIFY(child<QWidget>(dialog, "alertBox")->isVisible());
        QVERIFY(!child<QWidget>(dialog, "passwordBox")->isVisible());
        QVERIFY2(dialog.problem().contains(QStringLiteral("trap receiver")), qPrintable(dialog.problem()));
        child<QLineEdit>(dialog, "alertIpEdit")->setText(QStringLiteral("192.0.2.10"));
        child<QLineEdit>(dialog, "alertMacEdit")->setText(QStringLiteral("not a mac"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("not a MAC address")), qPrintable(dialog.problem()));
        child<QLineEdit>(dialog, "alertMacEdit")->clear();
        child<QSpinBox>(dialog, "destinationEdit")->setValue(3);
        QCOMPARE(dialog.problem(), QString());
        const auto action = dialog.action();
        QVERIFY(action && action->kind == FleetOperation::Kind::AlertDestination);
        QCOMPARE(action->destination, std::uint8_t(3));
        QCOMPARE(action->alertChange.ipAddress, (ipmi::lan::Ipv4Address{192, 0, 2, 10}));
        QVERIFY(!action->alertChange.macAddress);
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
        chooseAction(dialog, QStringLiteral("Turn platform event filtering on"));
        QVERIFY(!child<QWidget>(dialog, "alertBox")->isVisible());
        QVERIFY(dialog.action()->pefOn);
    }

    void refusesTooLongPasswords()
    {
        Lab lab(1);
        FleetDialog dialog(&lab.fleet, {lab.rack});
        chooseAction(dialog, QStringLiteral("Set a user's password"));
        const QString longest(20, QLatin1Char('x'));
        typePasswords(dialog, longest + QLatin1Char('x'), longest + QLatin1Char('x'));
        QVERIFY2(dialog.problem().contains(QStringLiteral("21 bytes")), qPrintable(dialog.problem()));
        QVERIFY(!dialog.problem().contains(longest)); // the text never quotes the password
        // 17 bytes: fine by length when the form follows it, refused in the 16-byte form.
        const QString seventeen(17, QLatin1Char('y'));
        typePasswords(dialog, seventeen, seventeen);
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(dialog.action()->passwordSize, ipmi::user::PasswordSize::Bytes20);
        auto *form = child<QComboBox>(dialog, "formEdit");
        form->setCurrentIndex(form->findData(16));
        QVERIFY2(dialog.problem().contains(QStringLiteral("17 bytes")), qPrintable(dialog.problem()));
        QVERIFY(!dialog.run());
        QVERIFY(!dialog.operation());
    }

    void summaryNamesTheServers()
    {
        Lab lab(7);
        FleetDialog dialog(&lab.fleet, {lab.rack});
        chooseAction(dialog, QStringLiteral("Power off"));
        QCOMPARE(dialog.summary(), QStringLiteral("Power off 7 servers: web-01, web-02, web-03, web-04, web-05, …"));
        QCOMPARE(child<QLabel>(dialog, "summaryLabel")->text(), dialog.summary());
    }

    void confirmationCancelSendsNothingThenYesRuns()
    {
        sim::IpmiSimFixture sims;
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        const sim::SimBmc bmc = sims.bmc(0);
        const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
        sims.setPowerState(0, true);

        ServerRegistry registry;
        ServerEntry entry;
        entry.name = bmc.name;
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = admin.user;
        const QUuid id = registry.addServer(entry);
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        fleet.setCredentials(id, {ipmi::SecretBytes(admin.password.toStdString()), {}});

        FleetDialog dialog(&fleet, {id});
        chooseAction(dialog, QStringLiteral("Power off"));
        QString question;
        dialog.setConfirmation([&](const QString &, const QString &text) {
            question = text;
            return false;
        });
        QVERIFY(!dialog.run());
        QVERIFY(question.contains(QStringLiteral("1 server")));
        QVERIFY(question.contains(bmc.name));
        QVERIFY(!dialog.operation());
        QTest::qWait(1500); // a power off sent by mistake would show by now
        QCOMPARE(sims.powerState(0), true);

        dialog.setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(dialog.run());
        QVERIFY(dialog.operation());
        QSignalSpy finished(dialog.operation(), &FleetOperation::finished);
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(sims.powerState(0), false, 10000);
        const QModelIndex state = dialog.results()->index(0, FleetResultsModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("done"));
        QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(), 1);
        QVERIFY(!child<QPushButton>(dialog, "cancelRunButton")->isEnabled());

        // Power on changes nothing that cannot be undone: no question.
        FleetDialog again(&fleet, {id});
        chooseAction(again, QStringLiteral("Power on"));
        bool asked = false;
        again.setConfirmation([&](const QString &, const QString &) { return asked = true; });
        QVERIFY(again.run());
        QVERIFY(!asked);
        QSignalSpy onFinished(again.operation(), &FleetOperation::finished);
        QVERIFY(onFinished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(sims.powerState(0), true, 10000);
    }
};

QTEST_MAIN(TestFleetDialog)
#include "tst_fleetdialog.moc"
