// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/usersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ipmi::user;

namespace {

UserEntry entry(std::uint8_t id, const char *name, std::uint8_t privilege, bool enabled = true)
{
    UserEntry user;
    user.id = id;
    user.name = name;
    user.access.enableStatus = enabled ? 1 : 2;
    user.access.privilegeLimit = privilege;
    user.access.ipmiMessaging = true;
    return user;
}

UserTable table(std::vector<UserEntry> users)
{
    UserTable result;
    result.channel = 1;
    result.maxUsers = 10;
    result.users = std::move(users);
    return result;
}

} // namespace

// The users table model: incremental updates (no reset), the anonymous user's label.
class TestUsersModel final : public QObject
{
    Q_OBJECT

private slots:
    void incrementalUpdates()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTable(table({entry(1, "", 4), entry(2, "admin", 4), entry(3, "user", 2)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, UsersModel::NameColumn).data().toString(), QStringLiteral("(anonymous)"));
        QCOMPARE(model.index(1, UsersModel::PrivilegeColumn).data().toString(), QStringLiteral("ADMINISTRATOR"));
        QCOMPARE(model.index(2, UsersModel::EnabledColumn).data().toString(), QStringLiteral("yes"));

        // The same table again changes nothing; one changed user changes one row.
        model.setTable(table({entry(1, "", 4), entry(2, "admin", 4), entry(3, "user", 2)}));
        QCOMPARE(changed.count(), 0);
        model.updateUser(entry(3, "user", 3, false));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, UsersModel::EnabledColumn).data().toString(), QStringLiteral("no"));
        QCOMPARE(model.index(2, UsersModel::PrivilegeColumn).data().toString(), QStringLiteral("OPERATOR"));

        // A user gone and one new: a removal and an insert in id order.
        model.setTable(table({entry(1, "", 4), entry(3, "user", 3, false), entry(5, "ops", 3)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, UsersModel::IdColumn).data().toInt(), 3);
        QCOMPARE(model.index(2, UsersModel::NameColumn).data().toString(), QStringLiteral("ops"));
        QCOMPARE(model.index(2, 0).data(UsersModel::UserIdRole).toInt(), 5);
        QCOMPARE(resets.count(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
