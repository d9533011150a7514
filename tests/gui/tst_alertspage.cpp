// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts page and the SOL settings dialog against ipmi_sim (with a SOL serial port):
// the PEF state and filter table as ipmi_sim holds them, PEF on and off, a filter
// enabled, disabled and a preset added (each read back), the refused test event, no
// alert destinations, and SOL disabled and enabled again.
#include "ipmi/pef/filterpresets.h"
#include "ipmi/pef/pefcommands.h"
#include "model/alertdestinationmodel.h"
#include "model/eventfiltermodel.h"
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "simserver.h"
#include "ui/alertspage.h"
#include "ui/solsettingsdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

sim::IpmiSimOptions withSerialOverLan()
{
    sim::IpmiSimOptions options;
    options.serialOverLan = true;
    return options;
}

} // namespace

class TestAlertsPage final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture m_bmcs{withSerialOverLan()};
    ServerRegistry m_registry;
    SessionPool m_pool{2};
    Fleet m_fleet{&m_registry, &m_pool};
    QUuid m_server;

    // Runs a change and returns its outcome once the page has read the BMC again.
    static std::pair<bool, QString> change(AlertsPage &page, const std::function<void()> &start)
    {
        QSignalSpy finished(&page, &AlertsPage::changeFinished);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        start();
        if (!finished.wait(20000))
            return {false, QStringLiteral("no outcome")};
        if (loaded.count() == 0)
            loaded.wait(20000);
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    static void selectRow(QTableView *table, int row)
    {
        table->selectRow(row);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_bmcs.start(), qPrintable(m_bmcs.errorString()));
        m_server = addSimServer(m_registry, m_fleet, m_bmcs.bmc(0));
    }

    void showsPefAndNoDestinations()
    {
        AlertsPage page(&m_fleet);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        // ipmi_sim counts 16 filters and refuses the 16th.
        QCOMPARE(page.filterModel()->rowCount(), 15);
        QCOMPARE(page.destinationModel()->rowCount(), 0);
        QVERIFY(!page.findChild<QCheckBox *>(QStringLiteral("pefEnabledCheck"))->isChecked());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("testEventButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveDestinationButton"))->isEnabled());
    }

    void pefOnAndOffIsReadBack()
    {
        AlertsPage page(&m_fleet);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        auto *check = page.findChild<QCheckBox *>(QStringLiteral("pefEnabledCheck"));
        auto on = change(page, [&] { page.setPefEnabled(true); });
        QVERIFY2(on.first, qPrintable(on.second));
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 20000);
        QVERIFY(check->isChecked());
        // The outcome stays in sight above what the reads could not show (filter 16).
        const QString status = page.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Platform event filtering is on.\n")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("\nEvent filter 16: ")), qPrintable(status));
        auto off = change(page, [&] { page.setPefEnabled(false); });
        QVERIFY2(off.first, qPrintable(off.second));
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 20000);
        QVERIFY(!check->isChecked());
    }

    void filtersEnabledDisabledAndPreset()
    {
        AlertsPage page(&m_fleet);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        const int freeBefore = ipmi::pef::firstFreeFilter(page.filterModel()->filters());
        QVERIFY(freeBefore > 0);

        auto added = change(page, [&] { page.addPreset(); });
        QVERIFY2(added.first, qPrintable(added.second));
        QTRY_COMPARE_WITH_TIMEOUT(page.filterModel()->rowCount(), 15, 20000);
        const auto &filter = page.filterModel()->filters()[std::size_t(freeBefore - 1)];
        QVERIFY(filter.enabled);
        QVERIFY(filter.actions & ipmi::pef::action::Alert);

        auto *table = page.findChild<QTableView *>(QStringLiteral("filterTable"));
        selectRow(table, freeBefore - 1);
        auto disabled = change(page, [&] { page.setFilterEnabled(false); });
        QVERIFY2(disabled.first, qPrintable(disabled.second));
        QTRY_COMPARE_WITH_TIMEOUT(page.filterModel()->rowCount(), 15, 20000);
        QVERIFY(!page.filterModel()->filters()[std::size_t(freeBefore - 1)].enabled);
        QCOMPARE(int(ipmi::pef::firstFreeFilter(page.filterModel()->filters())), freeBefore);
    }

    void testEventRefusedByIpmiSim()
    {
        AlertsPage page(&m_fleet);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        QSignalSpy finished(&page, &AlertsPage::changeFinished);
        page.sendTestEvent();
        QVERIFY(finished.wait(20000));
        // ipmi_sim takes no platform events over LAN (C1h).
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("No test alert was sent")),
                 qPrintable(finished.first().at(1).toString()));
    }

    void solSettingsDialogDisablesAndEnables()
    {
        for (const bool enabled : {false, true}) {
            SolSettingsDialog dialog(&m_fleet, m_server);
            QSignalSpy loaded(&dialog, &SolSettingsDialog::loaded);
            QVERIFY(loaded.wait(20000));
            QCOMPARE(loaded.first().first().toBool(), true);
            auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("enabledCheck"));
            QCOMPARE(check->isChecked(), !enabled); // as the previous round left it
            check->setChecked(enabled);
            QSignalSpy saved(&dialog, &SolSettingsDialog::saved);
            dialog.save();
            QVERIFY(saved.wait(20000));
            QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
            QCOMPARE(check->isChecked(), enabled); // read back
        }
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
