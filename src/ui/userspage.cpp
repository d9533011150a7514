// SPDX-License-Identifier: GPL-3.0-or-later
#include "userspage.h"

#include "ui_userspage.h"

#include "passworddialog.h"
#include "userdialog.h"

#include "model/bmc.h"
#include "model/fleet.h"
#include "model/usersmodel.h"

#include "ipmi/channel/lanchannelfinder.h"
#include "ipmi/user/userlist.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

using namespace ipmi::user;

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

UsersPage::UsersPage(Fleet *fleet, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UsersPage>()), m_fleet(fleet), m_model(new UsersModel(this))
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
    m_ui->summaryLabel->setText(tr("Select a server to see its users."));
    updateButtons();
}

UsersPage::~UsersPage() = default;

void UsersPage::setServer(const QUuid &server)
{
    m_server = server;
    if (isVisible() && server != m_loadedFor)
        reload();
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_server != m_loadedFor)
        reload();
}

Bmc *UsersPage::currentBmc()
{
    QString error;
    Bmc *bmc = m_server.isNull() ? nullptr : m_fleet->bmc(m_server, &error);
    if (!bmc && !error.isEmpty())
        m_ui->summaryLabel->setText(error);
    return bmc;
}

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
    m_ui->reloadButton->setEnabled(!m_busy && !m_server.isNull());
    m_ui->addButton->setEnabled(ready && !freeIds().empty());
    for (QPushButton *button : {m_ui->editButton, m_ui->passwordButton, m_ui->enableButton, m_ui->disableButton})
        button->setEnabled(selected);
}

void UsersPage::reload()
{
    m_loadedFor = m_server;
    delete m_readContext;
    m_readContext = new QObject(this);
    m_model->clear();
    m_busy = false;
    updateButtons();
    Bmc *bmc = currentBmc();
    if (!bmc)
        return;
    m_busy = true;
    updateButtons();
    m_ui->summaryLabel->setText(tr("Looking for the LAN channel…"));
    QObject *context = m_readContext;
    auto finder = std::make_shared<ipmi::channel::LanChannelFinder>(true);
    bmc->run<std::vector<ipmi::channel::ChannelInfo>>(
        finder, context, [this, bmc, context](ipmi::Result<std::vector<ipmi::channel::ChannelInfo>> found) {
            if (!found) {
                m_busy = false;
                m_ui->summaryLabel->setText(fromStd(found.error().message));
                updateButtons();
                return;
            }
            const std::uint8_t channel = found->front().channel;
            m_ui->summaryLabel->setText(tr("Reading the users of channel %1…").arg(channel));
            bmc->run<UserTable>(std::make_shared<UserList>(channel), context, [this](ipmi::Result<UserTable> table) {
                m_busy = false;
                if (!table) {
                    m_ui->summaryLabel->setText(fromStd(table.error().message));
                } else {
                    m_model->setTable(*table);
                    m_ui->summaryLabel->setText(tr("Channel %1: %2 of %3 users enabled.")
                                                    .arg(table->channel)
                                                    .arg(table->enabledCount)
                                                    .arg(table->maxUsers));
                }
                updateButtons();
                emit loaded();
            });
        });
}

void UsersPage::runSteps(std::uint8_t userId, std::vector<Step> steps, const QString &doneText)
{
    Bmc *bmc = currentBmc();
    if (!bmc)
        return;
    if (steps.empty()) {
        refreshUser(userId);
        emit changeFinished(true, doneText);
        return;
    }
    m_busy = true;
    updateButtons();
    Step step = steps.front();
    steps.erase(steps.begin());
    bmc->call<ipmi::Response>(
        step.request, [](const ipmi::Response &response) { return ipmi::Result<ipmi::Response>(response); },
        m_readContext, [this, userId, steps, doneText, parse = step.parse](ipmi::Result<ipmi::Response> response) {
            m_busy = false;
            ipmi::Result<void> outcome = response ? parse(*response) : ipmi::Result<void>(response.error());
            if (!outcome) {
                const QString message = fromStd(outcome.error().message);
                m_ui->summaryLabel->setText(message);
                refreshUser(userId);
                emit changeFinished(false, message);
                return;
            }
            runSteps(userId, steps, doneText);
        });
}

void UsersPage::refreshUser(std::uint8_t userId)
{
    Bmc *bmc = currentBmc();
    if (!bmc || m_model->channel() == 0)
        return;
    bmc->run<UserTable>(std::make_shared<UserList>(m_model->channel(), userId), m_readContext,
                        [this](ipmi::Result<UserTable> table) {
                            if (table)
                                for (const UserEntry &user : table->users)
                                    m_model->updateUser(user);
                            updateButtons();
                        });
}

void UsersPage::setEnabled(std::uint8_t userId, bool enabled)
{
    if (userId == 0)
        return;
    const PasswordOperation operation = enabled ? PasswordOperation::EnableUser : PasswordOperation::DisableUser;
    auto request = setUserPasswordRequest(userId, operation);
    if (!request)
        return;
    runSteps(userId,
             {Step{*request,
                   [operation](const ipmi::Response &r) {
                       return parseSetUserPassword(operation, PasswordSize::Bytes16, r);
                   }}},
             enabled ? tr("User %1 was enabled.").arg(userId) : tr("User %1 was disabled.").arg(userId));
}

void UsersPage::setPrivilege(std::uint8_t userId, std::uint8_t privilege)
{
    const UserEntry *user = m_model->user(userId);
    if (!user)
        return;
    const UserAccessSettings settings{user->access.callbackOnly, user->access.linkAuth, user->access.ipmiMessaging,
                                      privilege};
    runSteps(userId, {Step{setUserAccessRequest(m_model->channel(), userId, settings, false), parseSetUserAccess}},
             tr("User %1 now has %2.").arg(userId).arg(fromStd(privilegeName(privilege))));
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, existing] {
        const std::uint8_t id = dialog->userId();
        std::vector<Step> steps;
        if (id != AnonymousUser && (!existing || existing->name != dialog->name())) {
            auto request = setUserNameRequest(id, dialog->name());
            if (request)
                steps.push_back({*request, [id](const ipmi::Response &r) { return parseSetUserName(id, r); }});
        }
        if (!existing || existing->access.privilegeLimit != dialog->privilege()) {
            // A new user gets IPMI messaging and link authentication, as ipmitool's "user priv" does not.
            const UserAccessSettings settings{existing ? existing->access.callbackOnly : false,
                                              existing ? existing->access.linkAuth : true,
                                              existing ? existing->access.ipmiMessaging : true, dialog->privilege()};
            steps.push_back({setUserAccessRequest(m_model->channel(), id, settings, true), parseSetUserAccess});
        }
        const bool wasEnabled = existing && existing->access.enableStatus == 1;
        if (!existing || wasEnabled != dialog->enabled()) {
            const PasswordOperation operation =
                dialog->enabled() ? PasswordOperation::EnableUser : PasswordOperation::DisableUser;
            if (auto request = setUserPasswordRequest(id, operation))
                steps.push_back({*request, [operation](const ipmi::Response &r) {
                                     return parseSetUserPassword(operation, PasswordSize::Bytes16, r);
                                 }});
        }
        runSteps(id, std::move(steps), tr("User %1 was saved.").arg(id));
    });
    dialog->open();
}

void UsersPage::changePassword()
{
    const std::uint8_t id = selectedUser();
    if (id == 0)
        return;
    auto *dialog = new PasswordDialog(id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordDialog::testRequested, this, [this, dialog, id](const QString &password, PasswordSize size) {
        Bmc *bmc = currentBmc();
        auto request = setUserPasswordRequest(id, PasswordOperation::TestPassword, password.toUtf8().toStdString(), size);
        if (!bmc || !request) {
            dialog->setTestResult(request ? tr("Not connected.") : fromStd(request.error().message));
            return;
        }
        bmc->call<ipmi::Response>(
            *request, [](const ipmi::Response &response) { return ipmi::Result<ipmi::Response>(response); }, dialog,
            [dialog, size](ipmi::Result<ipmi::Response> response) {
                ipmi::Result<void> outcome = response
                                                 ? parseSetUserPassword(PasswordOperation::TestPassword, size, *response)
                                                 : ipmi::Result<void>(response.error());
                dialog->setTestResult(outcome ? tr("The password matches.") : fromStd(outcome.error().message));
            });
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const PasswordSize size = dialog->size();
        auto request = setUserPasswordRequest(id, PasswordOperation::SetPassword, dialog->password(), size);
        if (!request) {
            m_ui->summaryLabel->setText(fromStd(request.error().message));
            return;
        }
        runSteps(id,
                 {Step{*request,
                       [size](const ipmi::Response &r) {
                           return parseSetUserPassword(PasswordOperation::SetPassword, size, r);
                       }}},
                 tr("The password of user %1 was set.").arg(id));
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
        privileges->addAction(fromStd(privilegeName(level)), this, [this, id, level] { setPrivilege(id, level); });
    menu.exec(m_ui->usersTable->viewport()->mapToGlobal(position));
}
