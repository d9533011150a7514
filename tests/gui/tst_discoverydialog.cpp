// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "ui/discoverydialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

// The discovery dialog on loopback: a /28 sweep finds the fixture BMC on each of its
// addresses, marks the one already listed, and adds the checked ones in one click with
// the password given. Bad input is refused with a sentence before anything is sent.
class TestDiscoveryDialog final : public QObject
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

private slots:
    void refusesBadRanges()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        DiscoveryDialog dialog(AppServices{&fleet, nullptr});
        child<QLineEdit>(dialog, "targetsEdit")->setText(QStringLiteral("10.0.0.0/40"));
        QVERIFY(!dialog.startSweep());
        QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("CIDR")));
        child<QLineEdit>(dialog, "targetsEdit")->setText(QStringLiteral("bmc.example"));
        QVERIFY(!dialog.startSweep());
        QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("not an IPv4 address")));
        QVERIFY(!dialog.scanner()->isRunning());
    }

    void sweepsAndAdds()
    {
        sim::IpmiSimOptions options;
        options.extraHosts = {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3")};
        sim::IpmiSimFixture bmcs(options);
        QVERIFY2(bmcs.start(), qPrintable(bmcs.errorString()));
        const sim::SimBmc bmc = bmcs.bmc(0);

        ServerRegistry registry;
        ServerEntry known;
        known.name = QStringLiteral("known");
        known.address = QStringLiteral("127.0.0.1");
        known.port = bmc.port;
        registry.addServer(known);
        const QUuid lab = registry.addGroup(QStringLiteral("Lab"));
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        DiscoveryDialog dialog(AppServices{&fleet, nullptr});
        child<QLineEdit>(dialog, "targetsEdit")->setText(QStringLiteral("127.0.0.0/28"));
        child<QSpinBox>(dialog, "portEdit")->setValue(bmc.port);
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("pw"));
        auto *group = child<QComboBox>(dialog, "groupEdit");
        group->setCurrentIndex(group->findData(lab.toString()));
        QSignalSpy finished(dialog.scanner(), &PresenceScanner::finished);
        QVERIFY(dialog.startSweep());
        QVERIFY(finished.wait(10000));
        auto *results = child<QTreeWidget>(dialog, "resultsTree");
        QCOMPARE(results->topLevelItemCount(), 3);
        int checked = 0;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = results->topLevelItem(i);
            const bool isKnown = item->text(0) == QStringLiteral("127.0.0.1");
            QCOMPARE(item->checkState(0) == Qt::Checked, !isKnown); // listed ones start unchecked
            checked += item->checkState(0) == Qt::Checked;
        }
        QCOMPARE(checked, 2);
        QCOMPARE(dialog.addChecked(), 2);
        QCOMPARE(registry.serverCount(), 3);
        QCOMPARE(registry.children(lab).size(), 2);
        const QUuid added = registry.children(lab).first();
        QVERIFY(fleet.hasCredentials(added));
        QCOMPARE(registry.findServer(added)->port, bmc.port);
    }
};

QTEST_MAIN(TestDiscoveryDialog)
#include "tst_discoverydialog.moc"
