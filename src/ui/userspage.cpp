// SPDX-License-Identifier: GPL-3.0-or-later
#include "userspage.h"
#include "model/coretext.h"

#include "ui_userspage.h"

#include "passworddialog.h"
#include "userdialog.h"

#include "model/usersmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

using namespace ipmi::user;

UsersPage::UsersPage(Fleet *fleet, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::UsersPage>()), m_service(new UsersService(fleet, this)),
      m_model(new UsersModel(this))
{
    m_ui->setupUi(this);
    m_ui->usersTable->setModel(m_model);
    m_ui->usersTable->verticalHeader()->hide();
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->usersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_ui->usersTable, &QWidget::customContextMenuRequested, this, &UsersPage::showMenu);
    connect(m_ui->usersTable, &QAbstractItemView::doubleClicked, this, [this] { addOrEdit(false); });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &UsersPage::reload);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addOrEdit(true); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { addOrEdit(false); });
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &UsersPage::changePassword);
    connect(m_ui->enableButton, &QPushButton::clicked, this, [this] { setEnabled(selectedUser(), true); });
    connect(m_ui->disableButton, &QPushButton::clicked, this, [this] { setEnabled(selectedUser(), false); });
    clearView();
}

UsersPage::~UsersPage() = default;

std::uint8_t UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_ui->usersTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : std::uint8_t(rows.first().data(UsersModel::UserIdRole).toInt());
}

std::vector<std::uint8_t> UsersPage::freeIds() const
{
    // A slot is free when it has no name and is not enabled (user 1 is never "free").
    std::vector<std::uint8_t> ids;
    for (const UserEntry &user : m_model->users())
        if (user.id != AnonymousUser && user.name.empty() && user.access.enableStatus != 1)
            ids.push_back(user.id);
    return ids;
}

void UsersPage::updateButtons()
{
    const bool ready = !m_busy && m_model->rowCount() > 0;
    const bool selected = ready && selectedUser() != 0;
    m_ui->reloadButton->setEnabled(!m_busy && !server().isNull());
    m_ui->addButton->setEnabled(ready && !freeIds().empty());
    for (QPushButton *button : {m_ui->editButton, m_ui->passwordButton, m_ui->enableButton, m_ui->disableButton})
        button->setEnabled(selected);
}

void UsersPage::clearView()
{
    m_model->clear();
    m_busy = false;
    m_counts = server().isNull() ? tr("Select a server to see its users.") : QString();
    showSummary();
    updateButtons();
}

void UsersPage::load()
{
    m_busy = true;
    updateButtons();
    m_service->read(
        server(), loadContext(), [this](const QString &text) { m_ui->summaryLabel->setText(text); },
        [this](ipmi::Result<UserTable> table) {
            m_busy = false;
            if (!table) {
                m_counts = CoreText::error(table.error());
                showSummary();
            } else {
                m_model->setTable(*table);
                showCounts(*table);
            }
            updateButtons();
            emit loaded();
        });
}

void UsersPage::showCounts(const UserTable &table)
{
    m_counts = tr("%1 · channel %2: %3 of %4 users enabled.")
                   .arg(serverLabel())
                   .arg(m_model->channel())
                   .arg(table.enabledCount)
                   .arg(table.maxUsers ? table.maxUsers : m_model->rowCount());
    showSummary();
}

// The outcome of the last change stays in sight above the counts, also across the
// reload a new login password causes, until another server is shown.
void UsersPage::showSummary()
{
    const bool ours = !m_outcome.isEmpty() && m_outcomeServer == server();
    m_ui->summaryLabel->setText(ours ? m_outcome + u'\n' + m_counts : m_counts);
}

void UsersPage::finishChange(const QUuid &changed, const UsersService::Outcome &outcome)
{
    if (changed != server()) { // the user moved on: the outcome goes to the status bar only
        emit activity(outcome.message);
        return;
    }
    m_busy = false;
    if (outcome.readBack && !m_model->users().empty()) {
        for (const UserEntry &user : outcome.readBack->users)
            m_model->updateUser(user);
        showCounts(*outcome.readBack);
    }
    m_outcome = outcome.message;
    m_outcomeServer = changed;
    showSummary();
    updateButtons();
    emit activity(outcome.message);
    emit changeFinished(outcome.ok, outcome.message);
}

void UsersPage::save(const UsersService::UserEdit &edit)
{
    if (server().isNull() || edit.id == 0)
        return;
    m_busy = true;
    updateButtons();
    // The page is the context, not the load: a change that gives the server a new
    // password makes the page load again, and the change's outcome must still arrive.
    m_service->save(server(), m_model->channel(), edit, this,
                    [this, changed = server()](const UsersService::Outcome &outcome) { finishChange(changed, outcome); });
}

void UsersPage::setEnabled(std::uint8_t userId, bool enabled)
{
    UsersService::UserEdit edit;
    edit.id = userId;
    edit.enabled = enabled;
    save(edit);
}

void UsersPage::setPrivilege(std::uint8_t userId, std::uint8_t privilege)
{
    const UserEntry *user = m_model->user(userId);
    if (!user)
        return;
    UsersService::UserEdit edit;
    edit.id = userId;
    edit.access = UserAccessSettings{user->access.callbackOnly, user->access.linkAuth, user->access.ipmiMessaging,
                                     privilege};
    edit.accessFlags = false;
    save(edit);
}

void UsersPage::setPassword(std::uint8_t userId, const QString &password, PasswordSize size)
{
    const UserEntry *user = m_model->user(userId);
    if (!user)
        return;
    m_busy = true;
    updateButtons();
    m_service->setPassword(server(), m_model->channel(), *user, password, size, this,
                           [this, changed = server()](const UsersService::Outcome &outcome) {
                               finishChange(changed, outcome);
                           });
}

void UsersPage::addOrEdit(bool add)
{
    std::optional<UserEntry> existing;
    if (!add) {
        const UserEntry *user = m_model->user(selectedUser());
        if (!user)
            return;
        existing = *user;
    }
    auto *dialog = new UserDialog(existing, freeIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid editing = server();
    connect(dialog, &QDialog::accepted, this, [this, dialog, existing, editing] {
        if (editing != server())
            return;
        UsersService::UserEdit edit;
        edit.id = dialog->userId();
        if (edit.id != AnonymousUser && (!existing || existing->name != dialog->name()))
            edit.name = dialog->name();
        if (!existing || existing->access.privilegeLimit != dialog->privilege())
            // A new user gets IPMI messaging and link authentication, as ipmitool's "user priv" does not.
            edit.access = UserAccessSettings{existing ? existing->access.callbackOnly : false,
                                             existing ? existing->access.linkAuth : true,
                                             existing ? existing->access.ipmiMessaging : true, dialog->privilege()};
        const bool wasEnabled = existing && existing->access.enableStatus == 1;
        if (!existing || wasEnabled != dialog->enabled())
            edit.enabled = dialog->enabled();
        save(edit);
    });
    dialog->open();
}

void UsersPage::changePassword()
{
    const UserEntry *user = m_model->user(selectedUser());
    if (!user)
        return;
    const std::uint8_t id = user->id;
    auto *dialog = new PasswordDialog(id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_service->isLoginAccount(server(), *user))
        dialog->setLoginAccount(serverLabel());
    connect(dialog, &PasswordDialog::testRequested, this,
            [this, dialog, id](const QString &password, PasswordSize size) {
                m_service->testPassword(server(), id, password, size, dialog, [dialog](ipmi::Result<void> outcome) {
                    dialog->setTestResult(outcome ? tr("The password matches.")
                                                  : CoreText::error(outcome.error()));
                });
            });
    const QUuid editing = server();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, editing] {
        if (editing == server())
            setPassword(id, QString::fromStdString(dialog->password()), dialog->size());
    });
    dialog->open();
}

void UsersPage::showMenu(const QPoint &position)
{
    const std::uint8_t id = selectedUser();
    if (id == 0 || m_busy)
        return;
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, [this] { addOrEdit(false); });
    menu.addAction(tr("Password…"), this, &UsersPage::changePassword);
    menu.addAction(tr("Enable"), this, [this, id] { setEnabled(id, true); });
    menu.addAction(tr("Disable"), this, [this, id] { setEnabled(id, false); });
    QMenu *privileges = menu.addMenu(tr("Privilege"));
    for (const std::uint8_t level : {std::uint8_t(1), std::uint8_t(2), std::uint8_t(3), std::uint8_t(4), NoAccess})
        privileges->addAction(CoreText::translate(ipmi::privilegeName(level)), this,
                              [this, id, level] { setPrivilege(id, level); });
    menu.exec(m_ui->usersTable->viewport()->mapToGlobal(position));
}
