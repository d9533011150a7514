// SPDX-License-Identifier: GPL-3.0-or-later
// The users page against ipmi_sim: the list of the LAN channel, and enable/disable and
// privilege changes read back from the BMC.
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "model/usersmodel.h"
#include "demo/ipmisimfixture.h"
#include "simserver.h"
#include "ui/userspage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class TestUsersPage final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture m_bmcs;
    ServerRegistry m_registry;
    SessionPool m_pool{2};
    Fleet m_fleet{&m_registry, &m_pool};
    QUuid m_server;

    static std::uint8_t idOf(const UsersModel &model, const char *name)
    {
        for (const ipmi::user::UserEntry &user : model.users())
            if (user.name == name)
                return user.id;
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_bmcs.start(), qPrintable(m_bmcs.errorString()));
        m_server = addSimServer(m_registry, m_fleet, m_bmcs.bmc(0));
    }

    void listsAndChangesUsers()
    {
        UsersPage page(&m_fleet);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &UsersPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(30000));
        const std::uint8_t user = idOf(*page.model(), "user");
        QVERIFY(user != 0);
        QCOMPARE(page.model()->user(user)->access.privilegeLimit, std::uint8_t(2));

        QSignalSpy finished(&page, &UsersPage::changeFinished);
        page.setPrivilege(user, 3);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return page.model()->user(user)->access.privilegeLimit == 3; }, 20000));

        // ipmi_sim reports no per-user enable status (0, as IPMI 1.5 BMCs do); the
        // enabled-user count in the same answer shows the change.
        const std::uint8_t enabledBefore = page.model()->user(user)->access.enabledCount;
        page.setEnabled(user, false);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QVERIFY(QTest::qWaitFor(
            [&] { return page.model()->user(user)->access.enabledCount == enabledBefore - 1; }, 20000));

        // Back as it was.
        page.setEnabled(user, true);
        QVERIFY(finished.wait(20000));
        page.setPrivilege(user, 2);
        QVERIFY(finished.wait(20000));
        QVERIFY(QTest::qWaitFor([&] {
            const auto *entry = page.model()->user(user);
            return entry->access.privilegeLimit == 2 && entry->access.enabledCount == enabledBefore;
        }, 20000));
    }
    // The password of the account the server logs in with: the page says so before,
    // the server adopts the new password, and the next login (a new session) works.
    void passwordOfTheLoginAccountIsAdopted()
    {
        const sim::Account admin = *m_bmcs.bmc(0).account(ipmi::Privilege::Administrator);
        UsersPage page(&m_fleet);
        QSignalSpy loaded(&page, &UsersPage::loaded);
        page.setServer(m_server);
        page.show();
        QVERIFY(loaded.wait(30000));
        const std::uint8_t login = idOf(*page.model(), admin.user.toUtf8().constData());
        QVERIFY(login != 0);

        QSignalSpy finished(&page, &UsersPage::changeFinished);
        const QString changed = QStringLiteral("n3w-Passw0rd");
        page.setPassword(login, changed, ipmi::user::PasswordSize::Bytes16);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("logs in with it from now on")),
                 qPrintable(finished.at(0).at(1).toString()));
        const auto stored = m_fleet.credentials(m_server);
        QVERIFY(stored.has_value());
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(stored->password.view().data()),
                            qsizetype(stored->password.size())),
                 changed.toUtf8());
        // The page reads the users again through a new session (sessions are keyed by
        // their credentials), which logs in with the stored password.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2, 30000);
        QVERIFY(page.model()->user(login) != nullptr);
        auto *summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("users enabled")), qPrintable(summary->text()));
        // The confirmation stays in sight across that reload.
        QVERIFY2(summary->text().startsWith(finished.at(0).at(1).toString()), qPrintable(summary->text()));

        // Back as it was, for the other tests.
        page.setPassword(login, admin.password, ipmi::user::PasswordSize::Bytes16);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
