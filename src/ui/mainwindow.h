// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/appsettings.h"

#include <QMainWindow>
#include <QUuid>

#include <memory>

namespace Ui {
class MainWindow;
}
class CredentialStore;
class Fleet;
class Vault;
class OverviewPage;
class QSortFilterProxyModel;
class ServerTreeModel;

// Hosts the server tree and the pages of the selected server; implements no page itself.
// Remembers its geometry, splitter and the last selected server between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // credentials may be null (the demo lab): new passwords then live in memory only.
    MainWindow(Fleet *fleet, ServerTreeModel *tree, CredentialStore *credentials = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectServer(const QUuid &id);
    void setVault(Vault *vault) { m_vault = vault; }

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
    void editSelected();
    QUuid currentGroup() const; // the selected group, or the selected server's group
    QList<QUuid> selectedIds() const;
    void restoreState();
    void saveState() const;
    void showAbout();
    void showPreferences();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Fleet *m_fleet;
    CredentialStore *m_credentials;
    Vault *m_vault = nullptr;
    ServerTreeModel *m_tree;
    QSortFilterProxyModel *m_filter;
    OverviewPage *m_overview;
};
