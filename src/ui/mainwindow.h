// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"
#include "model/appsettings.h"

#include <QMainWindow>
#include <QUuid>

#include <memory>

namespace Ui {
class MainWindow;
}
class QSortFilterProxyModel;
class ServerPage;

// Hosts the server tree and the pages of the selected server; implements no page itself.
// Remembers its geometry, splitter and the last selected server between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectServer(const QUuid &id);

Q_SIGNALS:
    // The user accepted new preferences; they are already saved.
    void settingsChanged(const AppSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onSelectionChanged();
    void showTreeMenu(const QPoint &position);
    void removeSelected();
    void addServer();
    void addGroup();
    void openConsole();
    void editSelected();
    void editHistorySource();
    QUuid currentGroup() const; // the selected group, or the selected server's group
    QList<QUuid> selectedIds() const;
    void restoreState();
    void saveState() const;
    void showAbout();
    void showPreferences();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices m_services;
    Fleet *m_fleet;
    ServerTreeModel *m_tree;
    QSortFilterProxyModel *m_filter;
    QList<ServerPage *> m_serverPages; // the pages about the selected server
    QUuid m_current;                   // the server they show
};
