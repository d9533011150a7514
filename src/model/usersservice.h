// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/user/userlist.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>
#include <vector>

class Fleet;

// The BMC users of registered servers, for the users page and anyone else: reads the
// user table of the LAN channel (found automatically), and writes names, privileges,
// enables and passwords, each change followed by reading the user back so callers show
// what the BMC holds. Setting the password of the account BMC Pilot logs in with also
// gives the server its new password (Fleet::replacePassword, and so the vault), so the
// next login works.
//
// Callbacks run in the context object's thread and are dropped once it is gone. The
// service looks the server's Bmc up at every step and never keeps it.
class UsersService : public QObject
{
    Q_OBJECT

public:
    // The end of a change: a sentence for the user, and the user (with the channel's
    // counts) as read back afterwards, when that read worked.
    struct Outcome
    {
        bool ok = false;
        QString message;
        std::optional<ipmi::user::UserTable> readBack;
    };
    // A change of one user; what is unset stays as it is.
    struct UserEdit
    {
        std::uint8_t id = 0;
        std::optional<std::string> name;
        std::optional<ipmi::user::UserAccessSettings> access;
        bool accessFlags = true; // write the callback/link/messaging bits with the privilege
        std::optional<bool> enabled;
    };
    using Progress = std::function<void(const QString &)>;
    using Done = std::function<void(const Outcome &)>;

    explicit UsersService(Fleet *fleet, QObject *parent = nullptr);

    void read(const QUuid &server, QObject *context, Progress progress,
              std::function<void(ipmi::Result<ipmi::user::UserTable>)> done);
    void save(const QUuid &server, std::uint8_t channel, const UserEdit &edit, QObject *context, Done done);
    // When `user` is the login account, the server adopts the new password once the BMC
    // accepted it.
    void setPassword(const QUuid &server, std::uint8_t channel, const ipmi::user::UserEntry &user,
                     const QString &password, ipmi::user::PasswordSize size, QObject *context, Done done);
    void testPassword(const QUuid &server, std::uint8_t userId, const QString &password,
                      ipmi::user::PasswordSize size, QObject *context, std::function<void(ipmi::Result<void>)> done);
    // Whether this is the account the server's entry logs in with (same user name).
    bool isLoginAccount(const QUuid &server, const ipmi::user::UserEntry &user) const;

private:
    struct Step
    {
        ipmi::Request request;
        std::function<ipmi::Result<void>(const ipmi::Response &)> parse;
    };
    // Sends the steps in order, stops at the first failure, then reads the user back.
    void runSteps(const QUuid &server, std::uint8_t channel, std::uint8_t userId, std::vector<Step> steps,
                  QString doneText, QObject *context, Done done, std::function<void()> afterSuccess = {});
    void readBack(const QUuid &server, std::uint8_t channel, std::uint8_t userId, Outcome outcome, QObject *context,
                  Done done);

    Fleet *m_fleet;
};
