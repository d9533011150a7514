// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverpage.h"

#include "ipmi/user/userlist.h"
#include "model/usersservice.h"

#include <memory>
#include <vector>

namespace Ui {
class UsersPage;
}
class UsersModel;

// The users of the selected server's LAN channel: add or edit (UserDialog), set or test
// a password (PasswordDialog), enable, disable and change the privilege limit (buttons
// and the context menu). UsersService does the reading and writing and reads each
// changed user back, so the table and the channel's counts show what the BMC holds.
class UsersPage : public ServerPage
{
    Q_OBJECT

public:
    explicit UsersPage(Fleet *fleet, QWidget *parent = nullptr);
    ~UsersPage() override;

    UsersModel *model() const { return m_model; }

    // What the buttons, menus and dialogs do, for a given user.
    void setEnabled(std::uint8_t userId, bool enabled);
    void setPrivilege(std::uint8_t userId, std::uint8_t privilege);
    void setPassword(std::uint8_t userId, const QString &password, ipmi::user::PasswordSize size);

signals:
    void loaded();
    void changeFinished(bool ok, const QString &message);

protected:
    void clearView() override;
    void load() override;

private:
    std::uint8_t selectedUser() const;
    std::vector<std::uint8_t> freeIds() const;
    void updateButtons();
    void addOrEdit(bool add);
    void changePassword();
    void showMenu(const QPoint &position);
    void save(const UsersService::UserEdit &edit);
    void finishChange(const QUuid &changed, const UsersService::Outcome &outcome);
    void showCounts(const ipmi::user::UserTable &table);
    void showSummary();

    std::unique_ptr<Ui::UsersPage> m_ui;
    UsersService *m_service;
    UsersModel *m_model;
    bool m_busy = false;
    QString m_counts;         // what the table holds, or why it is empty
    QString m_outcome;        // the sentence of the last change
    QUuid m_outcomeServer;    // the server it was about
};
