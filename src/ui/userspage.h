// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/lansession.h"

#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class UsersPage;
}
class Bmc;
class Fleet;
class UsersModel;

// The users of the selected server's LAN channel (found automatically): add or edit
// (UserDialog), set or test a password (PasswordDialog), enable, disable and change the
// privilege limit (buttons and the context menu). After each change the user is read
// back, so the table shows what the BMC holds.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Fleet *fleet, QWidget *parent = nullptr);
    ~UsersPage() override;

    void setServer(const QUuid &server);
    QUuid server() const { return m_server; }
    void reload();
    UsersModel *model() const { return m_model; }

    // What the buttons and menus do, for the selected user or a given one.
    void setEnabled(std::uint8_t userId, bool enabled);
    void setPrivilege(std::uint8_t userId, std::uint8_t privilege);

signals:
    void loaded();
    void changeFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Step
    {
        ipmi::Request request;
        std::function<ipmi::Result<void>(const ipmi::Response &)> parse;
    };

    std::uint8_t selectedUser() const;
    std::vector<std::uint8_t> freeIds() const;
    void updateButtons();
    void addOrEdit(bool add);
    void changePassword();
    void showMenu(const QPoint &position);
    // Sends the steps in order, stops at the first failure, then reads the user back.
    void runSteps(std::uint8_t userId, std::vector<Step> steps, const QString &doneText);
    void refreshUser(std::uint8_t userId);
    Bmc *currentBmc();

    std::unique_ptr<Ui::UsersPage> m_ui;
    Fleet *m_fleet;
    UsersModel *m_model;
    QObject *m_readContext = nullptr;
    QUuid m_server;
    QUuid m_loadedFor;
    bool m_busy = false;
};
