// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/fleetresultsmodel.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "sim/ipmisimfixture.h"
#include "ui/fleetdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

// The fleet dialog: input problems are refused in words before anything is sent (no
// servers, passwords that differ or do not fit their form), a destructive action asks
// first naming the count and the hosts, and answering Cancel sends nothing; answering
// Yes runs it against an ipmi_sim BMC and the grid shows the outcome.
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

private slots:
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
        const sim::Account admin = *bmc.account(sim::Privilege::Administrator);
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
