// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/serverdialog.h"
#include "ui/welcomepanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// The main window against a registry of unreachable servers: what a person sees without
// any BMC answering (tree, filter, selection, removal), with no network wait anywhere.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static ServerEntry server(const QString &name, const QString &address)
    {
        ServerEntry e;
        e.name = name;
        e.address = address;
        e.port = 9; // discard port on loopback: nothing answers, nothing leaves the host
        e.userName = QStringLiteral("admin");
        return e;
    }

    // Answers the next modal message box with the given button role.
    static void answerNextMessageBox(QMessageBox::ButtonRole role)
    {
        QTimer::singleShot(0, [role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role) {
                    button->click();
                    return;
                }
            }
            QFAIL("no button with that role");
        });
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("bmcpilot-tests"));
        QSettings().clear();
    }

    void filterSelectAndRemove()
    {
        ServerRegistry registry;
        const QUuid lab = registry.addGroup(QStringLiteral("Lab"));
        const QUuid alpha = registry.addServer(server(QStringLiteral("alpha"), QStringLiteral("127.0.0.1")), lab);
        registry.addServer(server(QStringLiteral("beta"), QStringLiteral("127.0.0.2")), lab);
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerTreeModel tree(&registry);
        MainWindow window(AppServices{&fleet, &tree});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *view = window.findChild<QTreeView *>(QStringLiteral("serverTree"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(view && filter);
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 2);

        filter->setText(QStringLiteral("127.0.0.2"));
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 1);
        QCOMPARE(view->model()->index(0, 0, view->model()->index(0, 0)).data().toString(), QStringLiteral("beta"));
        filter->clear();

        window.selectServer(alpha);
        auto *overview = window.findChild<OverviewPage *>();
        QCOMPARE(overview->server(), alpha);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("titleLabel"))->text(), QStringLiteral("alpha"));

        // Cancelling the confirmation keeps the server; accepting removes it.
        auto *remove = window.findChild<QAction *>(QStringLiteral("actionRemove"));
        answerNextMessageBox(QMessageBox::RejectRole);
        remove->trigger();
        QVERIFY(registry.contains(alpha));
        answerNextMessageBox(QMessageBox::YesRole);
        remove->trigger();
        QVERIFY(!registry.contains(alpha));
        QCOMPARE(registry.serverCount(), 1);
    }

    // Nothing answers: no power button may pretend to work (the confirmation itself is
    // tested against a simulated BMC in tst_overviewpage).
    void powerButtonsWaitForAKnownPowerState()
    {
        ServerRegistry registry;
        const QUuid alpha = registry.addServer(server(QStringLiteral("alpha"), QStringLiteral("127.0.0.1")));
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerTreeModel tree(&registry);
        MainWindow window(AppServices{&fleet, &tree});
        window.show();
        window.selectServer(alpha);
        for (const char *name : {"powerOnButton", "powerOffButton", "softOffButton", "resetButton", "cycleButton"})
            QVERIFY2(!window.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(), name);
        auto *result = window.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Power control is unavailable")), 30000);
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("powerOffButton"))->isEnabled());
    }

    // The first start: nothing in the list, and the way to fill it in plain sight.
    void emptyListOffersAddAndDiscover()
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerTreeModel tree(&registry);
        MainWindow window(AppServices{&fleet, &tree});
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<WelcomePanel *>();
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(panel->geometry(), window.findChild<QTabWidget *>(QStringLiteral("pageTabs"))->rect());
        auto *add = panel->findChild<QPushButton *>(QStringLiteral("addButton"));
        auto *discover = panel->findChild<QPushButton *>(QStringLiteral("discoverButton"));
        QVERIFY(add && add->isVisible() && add->text() == QStringLiteral("Add server…"));
        QVERIFY(discover && discover->isVisible() && discover->text() == QStringLiteral("Discover…"));

        QString opened;
        const auto closeNextDialog = [&opened] {
            QTimer::singleShot(0, [&opened] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                opened = QString::fromLatin1(dialog->metaObject()->className());
                dialog->reject();
            });
        };
        closeNextDialog();
        add->click();
        QCOMPARE(opened, QStringLiteral("ServerDialog"));
        closeNextDialog();
        discover->click();
        QCOMPARE(opened, QStringLiteral("DiscoveryDialog"));

        const QUuid alpha = registry.addServer(server(QStringLiteral("alpha"), QStringLiteral("127.0.0.1")));
        QVERIFY(!panel->isVisible());
        QVERIFY(registry.remove(alpha));
        QVERIFY(panel->isVisible());
    }

    // A 1024x700 window leaves the tree the room the pages do not need (about 240 pixels
    // with every page): the status shows whole, next to a readable name.
    void treeColumnsFitASmallWindow()
    {
        ServerRegistry registry;
        const QUuid lab = registry.addGroup(QStringLiteral("Lab"));
        registry.addServer(server(QStringLiteral("demo-sha256-pyghmi"), QStringLiteral("127.0.0.1")), lab);
        registry.addServer(server(QStringLiteral("beta"), QStringLiteral("192.168.100.200")), lab);
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerTreeModel tree(&registry);
        MainWindow window(AppServices{&fleet, &tree});
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QSplitter *>(QStringLiteral("splitter"))->setSizes({240, 784});
        QCoreApplication::processEvents();
        auto *view = window.findChild<QTreeView *>(QStringLiteral("serverTree"));
        QHeaderView *header = view->header();
        QVERIFY(header->sectionViewportPosition(ServerTreeModel::StatusColumn) >= 0);
        const int statusRight =
            header->sectionViewportPosition(ServerTreeModel::StatusColumn) + header->sectionSize(ServerTreeModel::StatusColumn);
        QVERIFY2(statusRight <= view->viewport()->width(),
                 qPrintable(QStringLiteral("status ends at %1 of %2").arg(statusRight).arg(view->viewport()->width())));
        // Wide enough for what they hold ("not polled yet", the longest address).
        const QAbstractItemView *items = view; // sizeHintForColumn is public here
        for (const int column : {int(ServerTreeModel::StatusColumn)})
            QVERIFY2(header->sectionSize(column) >= items->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("column %1: %2 of %3").arg(column).arg(header->sectionSize(column)).arg(items->sizeHintForColumn(column))));
        QVERIFY(header->sectionSize(ServerTreeModel::NameColumn) >= 80);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
