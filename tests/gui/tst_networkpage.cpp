// SPDX-License-Identifier: GPL-3.0-or-later
// The network page against ipmi_sim listening on 127.0.0.1 (channel 1) and 127.0.0.2
// (channel 2): the LAN configuration and the channel table are shown, and moving the
// BMC's address to 127.0.0.2 runs the verified change and moves the registry entry.
// (127.0.0.2 answers because ipmi_sim already listens there; see
// tests/integration/model/tst_safelanchange.cpp for what this can and cannot show.)
#include "model/channelsmodel.h"
#include "model/fleet.h"
#include "model/lanconfigmodel.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "simserver.h"
#include "ui/networkpage.h"

#include "ipmi/lan/lanconfig.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTest>

class TestNetworkPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::IpmiSimFixture> m_bmcs;
    ServerRegistry m_registry;
    SessionPool m_pool{2};
    Fleet m_fleet{&m_registry, &m_pool};
    QUuid m_server;

private slots:
    void initTestCase()
    {
        sim::IpmiSimOptions options;
        options.extraHosts = {QStringLiteral("127.0.0.2")};
        m_bmcs = std::make_unique<sim::IpmiSimFixture>(options);
        QVERIFY2(m_bmcs->start(), qPrintable(m_bmcs->errorString()));
        m_server = addSimServer(m_registry, m_fleet, m_bmcs->bmc(0));
    }

    void showsConfigurationAndChannels()
    {
        NetworkPage page(&m_fleet);
        QSignalSpy loaded(&page, &NetworkPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.lanModel()->channel(), std::uint8_t(1));
        QVERIFY(page.lanModel()->config().ipAddress.has_value());
        QCOMPARE(ipmi::lan::ipv4Text(*page.lanModel()->config().ipAddress), std::string("127.0.0.1"));
        QVERIFY(page.lanModel()->toText().contains(QStringLiteral("IP address: 127.0.0.1")));
        // Channel 1 and 2 are 802.3 LAN with their access read (after the config).
        QVERIFY(QTest::qWaitFor([&] {
            int lan = 0;
            for (const ChannelsModel::Row &row : page.channelsModel()->rows())
                lan += row.info.medium == ipmi::channel::medium::Lan8023 && row.active && row.stored;
            return lan == 2;
        }, 20000));
    }

    void addressChangeIsVerifiedAndFollowed()
    {
        NetworkPage page(&m_fleet);
        QSignalSpy loaded(&page, &NetworkPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        QSignalSpy finished(&page, &NetworkPage::changeFinished);
        ipmi::lan::LanChange change;
        change.ipAddress = ipmi::lan::parseIpv4("127.0.0.2").value();
        page.applyChange(change);
        QVERIFY(page.safeChange() != nullptr);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(),
                 QStringLiteral("127.0.0.2 answered in a new session; the new settings are kept. "
                                "r2u now uses the address 127.0.0.2."));
        QCOMPARE(m_registry.findServer(m_server)->address, QStringLiteral("127.0.0.2"));
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.2"));
        // The page reads again, now through 127.0.0.2.
        QVERIFY(loaded.wait(20000));
        QCOMPARE(ipmi::lan::ipv4Text(*page.lanModel()->config().ipAddress), std::string("127.0.0.2"));
    }
    // DHCP is confirmed first; Cancel writes nothing.
    void dhcpIsConfirmedFirst()
    {
        NetworkPage page(&m_fleet);
        QSignalSpy loaded(&page, &NetworkPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        const QString before = m_bmcs->lanSetting(0, QStringLiteral("ip_addr_src"));
        QString question;
        QTimer::singleShot(0, [&question] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QRadioButton *>(QStringLiteral("dhcpRadio"))->setChecked(true);
            QTimer::singleShot(0, [&question] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                question = box->text() + u' ' + box->informativeText();
                box->button(QMessageBox::Cancel)->click();
            });
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        });
        page.findChild<QPushButton *>(QStringLiteral("editButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 10000);
        QVERIFY2(question.contains(QStringLiteral("DHCP")) && question.contains(QStringLiteral("r2u")),
                 qPrintable(question));
        QTest::qWait(300);
        QVERIFY(!page.service()->isChanging(m_server));
        QCOMPARE(m_bmcs->lanSetting(0, QStringLiteral("ip_addr_src")), before);
    }

    // While a verified change runs, another server shows its own page: no progress or
    // outcome of the first; back on the first, its progress shows again, naming it.
    void changeProgressStaysWithItsServer()
    {
        ServerEntry otherEntry = *m_registry.findServer(m_server);
        otherEntry.id = {};
        otherEntry.name = QStringLiteral("other");
        const QUuid other = m_registry.addServer(otherEntry);
        m_fleet.setCredentials(other, *m_fleet.credentials(m_server));
        NetworkPage page(&m_fleet);
        QSignalSpy loaded(&page, &NetworkPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(20000));
        auto *progress = page.findChild<QLabel *>(QStringLiteral("progressLabel"));
        ipmi::lan::LanChange change;
        change.ipAddress = ipmi::lan::parseIpv4(
            m_registry.findServer(m_server)->address == QStringLiteral("127.0.0.2") ? "127.0.0.1" : "127.0.0.2").value();
        QSignalSpy finished(page.service(), &NetworkService::changeFinished);
        page.applyChange(change);
        QVERIFY(page.service()->isChanging(m_server));
        QVERIFY(progress->isVisible());
        QVERIFY2(progress->text().startsWith(QStringLiteral("r2u")), qPrintable(progress->text()));

        page.setServer(other);
        QVERIFY(!progress->isVisible());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("serverNameLabel"))->text().left(5), QStringLiteral("other"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toUuid(), m_server);
        QVERIFY(!progress->isVisible()); // the outcome belongs to r2u

        page.setServer(m_server);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->text(), page.service()->lastOutcome(m_server));
        QVERIFY(m_registry.remove(other));
    }
    // Added by host name: the name is resolved to decide whether the BMC's address is the
    // one BMC Pilot reaches it at, so the verified change is not skipped.
    void hostNameEntriesAreRecognised()
    {
        ServerEntry byName = *m_registry.findServer(m_server);
        byName.id = {};
        byName.name = QStringLiteral("by-name");
        byName.address = QStringLiteral("localhost");
        const QUuid id = m_registry.addServer(byName);
        m_fleet.setCredentials(id, *m_fleet.credentials(m_server));
        // The previous test moved the BMC back to 127.0.0.1, where "localhost" leads.
        QCOMPARE(m_registry.findServer(m_server)->address, QStringLiteral("127.0.0.1"));
        NetworkPage page(&m_fleet);
        QSignalSpy loaded(&page, &NetworkPage::loaded);
        page.setServer(id);
        page.show();
        QVERIFY(loaded.wait(20000));
        QVERIFY(page.reachedAtShownAddress());
        QVERIFY(m_registry.remove(id));
    }
};

QTEST_MAIN(TestNetworkPage)
#include "tst_networkpage.moc"
