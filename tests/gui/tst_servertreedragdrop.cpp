// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "ui/mainwindow.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSettings>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

// Moving servers between groups with the mouse, through the main window's server tree:
// drag events go to the view's viewport at the target group's row, carrying what the
// view's model hands out for the dragged rows, as a real drag would. The registry is the
// judge of where the servers ended up; the view must show them there, selected.
class TestServerTreeDragDrop final : public QObject
{
    Q_OBJECT

private:
    // The main window over a registry, shown, and its server tree.
    struct ShownWindow
    {
        explicit ShownWindow(ServerRegistry *registry)
            : fleet(registry, &pool), tree(registry), window(AppServices{&fleet, &tree})
        {
            window.show();
        }
        QTreeView *view() const { return window.findChild<QTreeView *>(QStringLiteral("serverTree")); }

        SessionPool pool{1};
        Fleet fleet;
        ServerTreeModel tree;
        MainWindow window;
    };

    struct Drop
    {
        bool enterAccepted = false;
        bool moveAccepted = false;
        Qt::DropAction moveAction = Qt::IgnoreAction;
        bool dropAccepted = false;
    };

    static ServerEntry server(const QString &name, const QString &address)
    {
        ServerEntry e;
        e.name = name;
        e.address = address;
        e.port = 9; // discard port on loopback: nothing answers, nothing leaves the host
        e.userName = QStringLiteral("admin");
        return e;
    }

    static QModelIndex indexOf(QTreeView *view, const QString &name)
    {
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
        return found.value(0);
    }

    static QList<QUuid> selectedIds(QTreeView *view)
    {
        QList<QUuid> ids;
        for (const QModelIndex &row : view->selectionModel()->selectedRows())
            ids << row.data(ServerTreeModel::IdRole).toUuid();
        return ids;
    }

    // Drags `dragged` (rows of the view) onto the middle of `target`'s row.
    static Drop dragOnto(QTreeView *view, const QModelIndexList &dragged, const QModelIndex &target)
    {
        std::unique_ptr<QMimeData> mime(view->model()->mimeData(dragged));
        const QPoint at = view->visualRect(target).center();
        QWidget *viewport = view->viewport();
        Drop result;
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        result.enterAccepted = enter.isAccepted();
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        result.moveAccepted = move.isAccepted();
        result.moveAction = move.dropAction();
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        result.dropAccepted = drop.isAccepted();
        return result;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("bmcpilot-tests"));
        QSettings().clear();
    }

    void dragOneServerIntoAnotherGroup()
    {
        ServerRegistry registry;
        const QUuid rackA = registry.addGroup(QStringLiteral("Rack A"));
        const QUuid rackB = registry.addGroup(QStringLiteral("Rack B"));
        const QUuid alpha = registry.addServer(server(QStringLiteral("alpha"), QStringLiteral("127.0.0.1")), rackA);
        const QUuid beta = registry.addServer(server(QStringLiteral("beta"), QStringLiteral("127.0.0.2")), rackA);
        const QUuid gamma = registry.addServer(server(QStringLiteral("gamma"), QStringLiteral("127.0.0.3")), rackB);
        ShownWindow shown(&registry);
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        QTreeView *view = shown.view();
        QVERIFY(view);

        shown.window.selectServer(alpha);
        const QModelIndex dragged = indexOf(view, QStringLiteral("alpha"));
        QVERIFY(dragged.isValid());
        const Drop drop = dragOnto(view, {dragged}, indexOf(view, QStringLiteral("Rack B")));
        QVERIFY(drop.enterAccepted);
        QVERIFY(drop.moveAccepted);
        QCOMPARE(drop.moveAction, Qt::MoveAction);
        QVERIFY(drop.dropAccepted);

        QCOMPARE(registry.parentOf(alpha), rackB);
        QCOMPARE(registry.children(rackA), QList<QUuid>{beta});
        QCOMPARE(registry.children(rackB), (QList<QUuid>{gamma, alpha})); // dropped on the group: last
        // The view shows it there, still selected, in an expanded group.
        const QModelIndex moved = indexOf(view, QStringLiteral("alpha"));
        QCOMPARE(moved.parent(), indexOf(view, QStringLiteral("Rack B")));
        QVERIFY(view->isExpanded(moved.parent()));
        QVERIFY(view->isExpanded(indexOf(view, QStringLiteral("Rack A"))));
        QCOMPARE(selectedIds(view), QList<QUuid>{alpha});
        QCOMPARE(view->currentIndex(), moved);
    }

    void dragTwoServersAtOnce()
    {
        ServerRegistry registry;
        const QUuid rackA = registry.addGroup(QStringLiteral("Rack A"));
        const QUuid rackB = registry.addGroup(QStringLiteral("Rack B"));
        const QUuid alpha = registry.addServer(server(QStringLiteral("alpha"), QStringLiteral("127.0.0.1")), rackA);
        const QUuid beta = registry.addServer(server(QStringLiteral("beta"), QStringLiteral("127.0.0.2")), rackA);
        const QUuid delta = registry.addServer(server(QStringLiteral("delta"), QStringLiteral("127.0.0.4")), rackA);
        ShownWindow shown(&registry);
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        QTreeView *view = shown.view();
        QVERIFY(view);

        // alpha and delta selected (Ctrl+click style), beta stays behind; Rack B is empty.
        const QModelIndex first = indexOf(view, QStringLiteral("alpha"));
        const QModelIndex third = indexOf(view, QStringLiteral("delta"));
        view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(third, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selectedIds(view).size(), 2);
        const Drop drop = dragOnto(view, view->selectionModel()->selectedIndexes(), indexOf(view, QStringLiteral("Rack B")));
        QVERIFY(drop.dropAccepted);

        QCOMPARE(registry.children(rackA), QList<QUuid>{beta});
        QCOMPARE(registry.children(rackB), (QList<QUuid>{alpha, delta})); // in their old order
        const QModelIndex groupB = indexOf(view, QStringLiteral("Rack B"));
        QVERIFY(view->isExpanded(groupB));
        QCOMPARE(view->model()->rowCount(groupB), 2);
        QList<QUuid> selected = selectedIds(view);
        std::sort(selected.begin(), selected.end());
        QList<QUuid> expected{alpha, delta};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
    }

    void serverIsNoDropTarget()
    {
        // Dropping on the middle of a server row puts the dragged one beside it, in the
        // server's group: a server never gets children.
        ServerRegistry registry;
        const QUuid rackA = registry.addGroup(QStringLiteral("Rack A"));
        const QUuid rackB = registry.addGroup(QStringLiteral("Rack B"));
        const QUuid alpha = registry.addServer(server(QStringLiteral("alpha"), QStringLiteral("127.0.0.1")), rackA);
        const QUuid gamma = registry.addServer(server(QStringLiteral("gamma"), QStringLiteral("127.0.0.3")), rackB);
        ShownWindow shown(&registry);
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        QTreeView *view = shown.view();
        QVERIFY(view);

        shown.window.selectServer(alpha);
        dragOnto(view, {indexOf(view, QStringLiteral("alpha"))}, indexOf(view, QStringLiteral("gamma")));
        QCOMPARE(registry.parentOf(alpha), rackB);
        QVERIFY(registry.children(gamma).isEmpty());
    }
};

QTEST_MAIN(TestServerTreeDragDrop)
#include "tst_servertreedragdrop.moc"
