// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QUuid>

#include <memory>

namespace Ui {
class MainWindow;
}
class Fleet;
class OverviewPage;
class QSortFilterProxyModel;
class ServerTreeModel;

// Hosts the server tree and the pages of the selected server; implements no page itself.
// Remembers its geometry, splitter and the last selected server between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Fleet *fleet, ServerTreeModel *tree, QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectServer(const QUuid &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onSelectionChanged();
    void showTreeMenu(const QPoint &position);
    void removeSelected();
    QList<QUuid> selectedIds() const;
    void restoreState();
    void saveState() const;
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Fleet *m_fleet;
    ServerTreeModel *m_tree;
    QSortFilterProxyModel *m_filter;
    OverviewPage *m_overview;
};
