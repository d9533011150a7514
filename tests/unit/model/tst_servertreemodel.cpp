// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/serverregistry.h"
#include "model/servertreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

class TestServerTreeModel final : public QObject
{
    Q_OBJECT

private:
    static ServerEntry server(const QString &name, const QString &address)
    {
        ServerEntry e;
        e.name = name;
        e.address = address;
        e.userName = QStringLiteral("admin");
        return e;
    }

private slots:
    void followsTheRegistryWithoutResets()
    {
        ServerRegistry registry;
        ServerTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const QUuid lab = registry.addGroup(QStringLiteral("Lab"));
        const QUuid rack = registry.addGroup(QStringLiteral("Rack 1"), lab);
        const QUuid a = registry.addServer(server(QStringLiteral("a"), QStringLiteral("10.0.0.1")), rack);
        const QUuid b = registry.addServer(server(QStringLiteral("b"), QStringLiteral("10.0.0.2")), lab);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.indexOf(lab)), 2);
        QCOMPARE(model.indexOf(a).data().toString(), QStringLiteral("a"));
        QCOMPARE(model.indexOf(a, ServerTreeModel::AddressColumn).data().toString(), QStringLiteral("10.0.0.1"));
        QCOMPARE(model.parent(model.indexOf(a)), model.indexOf(rack));

        QVERIFY(registry.move(b, rack, 0));
        QCOMPARE(model.rowCount(model.indexOf(rack)), 2);
        QCOMPARE(model.index(0, 0, model.indexOf(rack)).data().toString(), QStringLiteral("b"));
        QVERIFY(registry.move(b, rack, -1)); // to the end, same parent
        QCOMPARE(model.index(1, 0, model.indexOf(rack)).data().toString(), QStringLiteral("b"));

        ServerEntry renamed = *registry.findServer(a);
        renamed.name = QStringLiteral("alpha");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(registry.updateServer(renamed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.indexOf(a).data().toString(), QStringLiteral("alpha"));

        QVERIFY(registry.remove(rack));
        QCOMPARE(model.rowCount(model.indexOf(lab)), 0);
        QCOMPARE(resets.count(), 0);
    }

    // A server on the local interface has no address: the column names this machine's BMC.
    void localServerNamesThisMachinesBmc()
    {
        ServerRegistry registry;
        ServerTreeModel model(&registry);
        ServerEntry entry = server(QStringLiteral("here"), QStringLiteral("local"));
        entry.interface = ServerEntry::Interface::Open;
        const QUuid here = registry.addServer(entry);
        QVERIFY(!here.isNull());
        QCOMPARE(model.indexOf(here, ServerTreeModel::AddressColumn).data().toString(),
                 QStringLiteral("this machine's BMC"));
    }

    void groupsRollUpTheWorstStatus()
    {
        ServerRegistry registry;
        ServerTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid lab = registry.addGroup(QStringLiteral("Lab"));
        const QUuid a = registry.addServer(server(QStringLiteral("a"), QStringLiteral("h1")), lab);
        const QUuid b = registry.addServer(server(QStringLiteral("b"), QStringLiteral("h2")), lab);

        ServerStatus ok{ServerStatus::Reachability::Reachable, ServerStatus::Power::On, ServerStatus::Health::Ok, {}};
        ServerStatus critical = ok;
        critical.health = ServerStatus::Health::Critical;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(a, ok);
        model.setStatus(b, critical);
        QCOMPARE(changed.count(), 4); // each server and, each time, its group
        QCOMPARE(model.status(lab).health, ServerStatus::Health::Critical);
        model.setStatus(b, critical); // unchanged: no signal
        QCOMPARE(changed.count(), 4);
        const QString text = model.indexOf(b, ServerTreeModel::StatusColumn).data().toString();
        QVERIFY2(text.contains(QStringLiteral("critical")), qPrintable(text));

        ServerStatus down;
        down.reachability = ServerStatus::Reachability::Unreachable;
        down.detail = QStringLiteral("no answer");
        model.setStatus(a, down);
        QCOMPARE(model.status(lab).reachability, ServerStatus::Reachability::Unreachable);
        QVERIFY(model.indexOf(a).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no answer")));
    }

    void dragAndDropMovesBetweenGroups()
    {
        ServerRegistry registry;
        ServerTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid one = registry.addGroup(QStringLiteral("One"));
        const QUuid two = registry.addGroup(QStringLiteral("Two"));
        const QUuid a = registry.addServer(server(QStringLiteral("a"), QStringLiteral("h1")), one);

        std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOf(a)}));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.indexOf(two)));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.indexOf(a)));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, model.indexOf(two)));
        QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.indexOf(two)));
        QCOMPARE(registry.parentOf(a), two);

        // A group dropped into its own child is refused and nothing moves.
        const QUuid child = registry.addGroup(QStringLiteral("Child"), one);
        std::unique_ptr<QMimeData> group(model.mimeData({model.indexOf(one)}));
        QVERIFY(!model.dropMimeData(group.get(), Qt::MoveAction, -1, 0, model.indexOf(child)));
        QCOMPARE(registry.parentOf(one), QUuid());
    }
};

QTEST_GUILESS_MAIN(TestServerTreeModel)
#include "tst_servertreemodel.moc"
