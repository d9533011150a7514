// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "model/credentialstore.h"
#include "model/fleet.h"
#include "model/sessionpool.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "discoverydialog.h"
#include "fleetdialog.h"
#include "historysourcedialog.h"
#include "mainpages.h"
#include "preferencesdialog.h"
#include "serverpage.h"
#include "solconsole.h"
#include "solsettingsdialog.h"
#include "serverdialog.h"
#include "servertreecolumns.h"
#include "statusdelegate.h"
#include "plainmessage.h"
#include "welcomepanel.h"

#include <QCloseEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_services(services), m_fleet(services.fleet),
      m_tree(services.tree), m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_tree);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // name and address alike
    m_ui->serverTree->setModel(m_filter);
    // The model decides what may be dropped (its own servers and groups, onto groups).
    // InternalMove would also demand that the drop event's source() be this view, which
    // holds only inside QDrag::exec(): drops delivered any other way (tests, assistive
    // tools) were ignored.
    m_ui->serverTree->setDragDropMode(QAbstractItemView::DragDrop);
    m_ui->serverTree->setItemDelegateForColumn(ServerTreeModel::NameColumn, new StatusDelegate(this));
    m_ui->serverTree->expandAll();
    new ServerTreeColumns(m_ui->serverTree);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({420, 780});

    QList<QWidget *> pages;
    for (const MainPage &spec : mainPages()) {
        QWidget *page = spec.create(services, this);
        if (!page)
            continue;
        m_ui->pageTabs->addTab(page, tr(spec.title));
        pages << page;
        if (auto *serverPage = qobject_cast<ServerPage *>(page)) {
            m_serverPages << serverPage;
            connect(serverPage, &ServerPage::activity, this,
                    [this](const QString &text) { statusBar()->showMessage(text, 10000); });
            connect(serverPage, &ServerPage::showPageRequested, m_ui->pageTabs, &QTabWidget::setCurrentWidget);
        }
    }
    for (ServerPage *page : std::as_const(m_serverPages))
        page->linkTo(pages);

    auto *welcome = new WelcomePanel(m_fleet->registry(), m_ui->pageTabs);
    connect(welcome, &WelcomePanel::addServerRequested, this, &MainWindow::addServer);
    connect(welcome, &WelcomePanel::discoverRequested, m_ui->actionDiscover, &QAction::trigger);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_ui->serverTree->expandAll();
    });
    connect(m_ui->serverTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_ui->serverTree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &inserted) { m_ui->serverTree->expand(inserted); });
    // A server dropped into a group stays in sight: the group opens. (The filter proxy
    // reports moves as a layout change, so this listens to the tree model itself.)
    connect(m_tree, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &destination) {
                m_ui->serverTree->expand(m_filter->mapFromSource(destination));
            });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<ServerPage *>(m_ui->pageTabs->currentWidget()))
            page->reload();
    });
    connect(m_ui->actionRemove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->actionAddServer, &QAction::triggered, this, &MainWindow::addServer);
    connect(m_ui->actionAddGroup, &QAction::triggered, this, &MainWindow::addGroup);
    connect(m_ui->actionEdit, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_ui->actionConsole, &QAction::triggered, this, &MainWindow::openConsole);
    connect(m_ui->actionFleet, &QAction::triggered, this, [this] {
        FleetDialog dialog(m_services, selectedIds(), this);
        dialog.exec();
    });
    connect(m_ui->actionDiscover, &QAction::triggered, this, [this] {
        DiscoveryDialog dialog(m_services, this);
        dialog.exec();
    });
    connect(m_ui->serverTree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_fleet->registry()->isServer(m_tree->idOf(m_filter->mapToSource(index))))
            editSelected();
    });
    connect(m_ui->actionHistorySource, &QAction::triggered, this, &MainWindow::editHistorySource);
    m_ui->actionHistorySource->setVisible(m_services.historySources != nullptr);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);

    restoreState();
}

MainWindow::~MainWindow() = default;

QList<QUuid> MainWindow::selectedIds() const
{
    QList<QUuid> ids;
    const QModelIndexList rows = m_ui->serverTree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_tree->idOf(m_filter->mapToSource(row));
    return ids;
}

void MainWindow::selectServer(const QUuid &id)
{
    const QModelIndex index = m_filter->mapFromSource(m_tree->indexOf(id));
    if (!index.isValid())
        return;
    m_ui->serverTree->setCurrentIndex(index);
    m_ui->serverTree->scrollTo(index);
}

void MainWindow::onSelectionChanged()
{
    const QList<QUuid> ids = selectedIds();
    const QUuid current = ids.size() == 1 && m_fleet->registry()->isServer(ids.first()) ? ids.first() : QUuid();
    m_ui->actionRemove->setEnabled(!ids.isEmpty());
    m_ui->actionRefresh->setEnabled(!current.isNull());
    m_ui->actionEdit->setEnabled(ids.size() == 1);
    m_ui->actionConsole->setEnabled(!current.isNull());
    // A selection of several items or of a group keeps the pages on their server.
    if (!current.isNull() || !m_fleet->registry()->isServer(m_current))
        m_current = current;
    for (ServerPage *page : std::as_const(m_serverPages))
        page->setServer(m_current);
    if (ids.size() > 1)
        statusBar()->showMessage(tr("%n item(s) selected", nullptr, static_cast<int>(ids.size())));
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    if (selectedIds().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(m_ui->actionRefresh);
    menu.addAction(m_ui->actionConsole);
    menu.addAction(m_ui->actionEdit);
    menu.addAction(m_ui->actionFleet);
    if (m_ui->actionHistorySource->isVisible())
        menu.addAction(m_ui->actionHistorySource);
    menu.addSeparator();
    menu.addAction(m_ui->actionRemove);
    menu.exec(m_ui->serverTree->viewport()->mapToGlobal(position));
}

void MainWindow::removeSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString what = ids.size() == 1 && m_fleet->registry()->isServer(ids.first())
                             ? m_fleet->registry()->findServer(ids.first())->name
                             : tr("%n item(s)", nullptr, static_cast<int>(ids.size()));
    const auto answer = QMessageBox::question(
        this, tr("Remove from the list"),
        tr("Remove %1 from the server list? The BMCs themselves are not changed.").arg(what),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const QUuid &id : ids) {
        QString error;
        if (m_fleet->registry()->contains(id) && !m_fleet->registry()->remove(id, &error))
            statusBar()->showMessage(error, 10000);
    }
}

QUuid MainWindow::currentGroup() const
{
    const QList<QUuid> ids = selectedIds();
    if (ids.size() != 1)
        return {};
    return m_fleet->registry()->isGroup(ids.first()) ? ids.first() : m_fleet->registry()->parentOf(ids.first());
}

void MainWindow::editHistorySource()
{
    // The selected group, or the group of the selected server; nothing selected: all servers.
    HistorySourceDialog dialog(m_services.historySources, m_fleet->registry(), currentGroup(), this);
    dialog.exec();
}

void MainWindow::addServer()
{
    ServerDialog dialog(m_fleet, this);
    dialog.setGroup(currentGroup());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QUuid id = m_fleet->registry()->addServer(dialog.entry(), dialog.group(), &error);
    if (id.isNull()) {
        PlainMessage::warning(this, tr("Add server"), error);
        return;
    }
    if (const auto credentials = dialog.credentials())
        storeCredentials(m_services, id, *credentials);
    selectServer(id);
}

void MainWindow::openConsole()
{
    const QList<QUuid> ids = selectedIds();
    const ServerEntry *entry = ids.size() == 1 ? m_fleet->registry()->findServer(ids.first()) : nullptr;
    if (!entry)
        return;
    if (entry->interface != ServerEntry::Interface::LanPlus) {
        PlainMessage::information(this, tr("Serial console"),
                                 tr("Serial-over-LAN needs IPMI 2.0 (lanplus); %1 is set up for another interface.")
                                     .arg(entry->name));
        return;
    }
    const BmcEndpoint endpoint =
        Fleet::endpointFor(*entry, m_fleet->credentials(entry->id).value_or(Fleet::Credentials{}));
    auto *console = new SolConsole(endpoint, m_fleet->pool()->threadFor(endpoint), this);
    console->setWindowTitle(tr("%1 — serial console").arg(entry->name));
    // SOL must be enabled on the channel before a console can be activated.
    console->offerSettings();
    connect(console, &SolConsole::settingsRequested, console, [this, console, id = entry->id] {
        auto *dialog = new SolSettingsDialog(m_fleet, id, console);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    console->show();
    console->connectToHost();
}

void MainWindow::addGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add group"), tr("Group name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    const QUuid id = m_fleet->registry()->addGroup(name.trimmed(), currentGroup(), &error);
    if (id.isNull())
        PlainMessage::warning(this, tr("Add group"), error);
    else
        selectServer(id);
}

void MainWindow::editSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.size() != 1)
        return;
    ServerRegistry *registry = m_fleet->registry();
    const QUuid id = ids.first();
    QString error;
    if (registry->isGroup(id)) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename group"), tr("Group name:"), QLineEdit::Normal,
                                                   registry->group(id)->name, &ok);
        if (ok && !registry->renameGroup(id, name.trimmed(), &error))
            PlainMessage::warning(this, tr("Rename group"), error);
        return;
    }
    ServerDialog dialog(m_fleet, this);
    dialog.setEntry(*registry->findServer(id), registry->parentOf(id));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!registry->updateServer(dialog.entry(), &error)
        || (dialog.group() != registry->parentOf(id) && !registry->move(id, dialog.group(), -1, &error))) {
        PlainMessage::warning(this, tr("Edit server"), error);
        return;
    }
    if (const auto credentials = dialog.credentials())
        storeCredentials(m_services, id, *credentials);
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const QUuid last = QUuid::fromString(settings.value(QStringLiteral("window/lastServer")).toString());
    if (!last.isNull())
        selectServer(last);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("window/lastServer"), m_current.toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(AppSettings::load(), m_services.vault, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings settings = dialog.settings();
    settings.save();
    emit settingsChanged(settings);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BMC Pilot"),
                       tr("<p><b>BMC Pilot %1</b></p><p>Manage server BMCs over IPMI.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}
