// SPDX-License-Identifier: GPL-3.0-or-later
// The overview page of a server on the local interface, over the fake kernel device of
// tests/support: the session line names the OpenIPMI driver instead of a cipher suite
// and privilege (there is no login), and the identity still comes from Get Device ID.
#include "fakeipmidevice.h"
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "ui/overviewpage.h"

#include <QLabel>
#include <QTest>

class TestOverviewPageLocal final : public QObject
{
    Q_OBJECT

private slots:
    void sessionNamesTheLocalInterface()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        pool.setLocalDeviceFactory(
            [] { return std::make_unique<fakelocal::FakeIpmiDevice>(fakelocal::unaddressedBmc()); });
        Fleet fleet(&registry, &pool);
        ServerEntry entry;
        entry.name = QStringLiteral("this machine");
        entry.address = Fleet::LocalHostLabel;
        entry.interface = ServerEntry::Interface::Open;
        const QUuid server = registry.addServer(entry);
        QVERIFY(!server.isNull());

        OverviewPage page(&fleet);
        page.setServer(server);
        page.show(); // pages read when they are shown
        auto *session = page.findChild<QLabel *>(QStringLiteral("sessionValue"));
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->text(), QStringLiteral("Local interface (OpenIPMI driver)"), 10000);
        auto *firmware = page.findChild<QLabel *>(QStringLiteral("firmwareValue"));
        QVERIFY(firmware);
        QTRY_VERIFY_WITH_TIMEOUT(firmware->text().contains(QStringLiteral("2.05")), 10000);
    }
};

QTEST_MAIN(TestOverviewPageLocal)
#include "tst_overviewpage_local.moc"
