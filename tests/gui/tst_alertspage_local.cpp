// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts page on a BMC with alert destinations (the fake kernel device of
// tests/support; ipmi_sim has none): a destination edited in the page is written and
// shown as read back, and a refused write leaves every destination as it was.
#include "fakeipmidevice.h"
#include "model/alertdestinationmodel.h"
#include "model/eventfiltermodel.h"
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "ui/alertspage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

class TestAlertsPageLocal final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<fakelocal::BmcState> m_state = fakelocal::alertingBmc();
    ServerRegistry m_registry;
    SessionPool m_pool{1};
    Fleet m_fleet{&m_registry, &m_pool};
    QUuid m_server;

    // Selects destination `row`, types the address and retries, saves; the outcome once
    // the page has read the BMC again.
    static std::pair<bool, QString> editDestination(AlertsPage &page, int row, const QString &ip, int retries)
    {
        page.findChild<QTableView *>(QStringLiteral("destinationTable"))->selectRow(row);
        page.findChild<QLineEdit *>(QStringLiteral("ipEdit"))->setText(ip);
        page.findChild<QSpinBox *>(QStringLiteral("retriesSpin"))->setValue(retries);
        QSignalSpy finished(&page, &AlertsPage::changeFinished);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        page.saveDestination();
        if (!finished.wait(10000))
            return {false, QStringLiteral("no outcome")};
        if (loaded.count() == 0 && !loaded.wait(10000))
            return {false, QStringLiteral("not read again")};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    QString shownAddress(AlertsPage &page, int row) const
    {
        return page.destinationModel()->index(row, AlertDestinationModel::IpColumn).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_pool.setLocalDeviceFactory([state = m_state] { return std::make_unique<fakelocal::FakeIpmiDevice>(state); });
        ServerEntry entry;
        entry.name = QStringLiteral("this machine");
        entry.address = Fleet::LocalHostLabel;
        entry.interface = ServerEntry::Interface::Open;
        m_server = m_registry.addServer(entry);
        QVERIFY(!m_server.isNull());
    }

    void destinationEditedAndReadBack()
    {
        AlertsPage page(&m_fleet);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.destinationModel()->rowCount(), 3);
        QCOMPARE(page.filterModel()->rowCount(), 4);
        QCOMPARE(shownAddress(page, 1), QStringLiteral("192.168.0.9"));

        const auto saved = editDestination(page, 2, QStringLiteral("10.0.0.5"), 3);
        QVERIFY2(saved.first, qPrintable(saved.second));
        QCOMPARE(shownAddress(page, 2), QStringLiteral("10.0.0.5"));
        QCOMPARE(page.destinationModel()->destinations()[2].retries, std::uint8_t(3));
    }

    void refusedWriteChangesNothing()
    {
        {
            std::lock_guard lock(m_state->mutex);
            m_state->readOnlyAlertParameters = {19}; // addresses refused, 82h
        }
        AlertsPage page(&m_fleet);
        QSignalSpy loaded(&page, &AlertsPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(10000));
        // Retries (parameter 18) are written first, then the refused address: 18 is restored.
        const auto refused = editDestination(page, 1, QStringLiteral("10.9.9.9"), 6);
        QVERIFY(!refused.first);
        QVERIFY2(refused.second.contains(QStringLiteral("(82h)")), qPrintable(refused.second));
        QCOMPARE(shownAddress(page, 1), QStringLiteral("192.168.0.9"));
        QCOMPARE(page.destinationModel()->destinations()[1].retries, std::uint8_t(2));
        std::lock_guard lock(m_state->mutex);
        m_state->readOnlyAlertParameters.clear();
    }
};

QTEST_MAIN(TestAlertsPageLocal)
#include "tst_alertspage_local.moc"
