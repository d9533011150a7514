// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersservice.h"
#include "coretext.h"

#include "bmc.h"
#include "fleet.h"
#include "lanchannellookup.h"
#include "serverregistry.h"

using namespace ipmi::user;

UsersService::UsersService(Fleet *fleet, QObject *parent) : QObject(parent), m_fleet(fleet)
{
}

void UsersService::read(const QUuid &server, QObject *context, Progress progress,
                        std::function<void(ipmi::Result<UserTable>)> done)
{
    progress(tr("Reading the users of the LAN channel…"));
    runOnLanChannel<UserTable>(
        m_fleet, server, context, [](std::uint8_t channel) { return std::make_shared<UserList>(channel); },
        [done](std::uint8_t, ipmi::Result<UserTable> table) { done(std::move(table)); });
}

bool UsersService::isLoginAccount(const QUuid &server, const UserEntry &user) const
{
    const ServerEntry *entry = m_fleet->registry()->findServer(server);
    return entry && entry->interface != ServerEntry::Interface::Open && user.nameKnown
           && QString::fromStdString(user.name) == entry->userName;
}

void UsersService::save(const QUuid &server, std::uint8_t channel, const UserEdit &edit, QObject *context, Done done)
{
    const std::uint8_t id = edit.id;
    std::vector<Step> steps;
    if (edit.name) {
        auto request = setUserNameRequest(id, *edit.name);
        if (!request) {
            done({false, CoreText::error(request.error()), std::nullopt});
            return;
        }
        steps.push_back({*request, [id](const ipmi::Response &r) { return parseSetUserName(id, r); }});
    }
    if (edit.access)
        steps.push_back({setUserAccessRequest(channel, id, *edit.access, edit.accessFlags), parseSetUserAccess});
    if (edit.enabled) {
        const PasswordOperation operation = *edit.enabled ? PasswordOperation::EnableUser : PasswordOperation::DisableUser;
        if (auto request = setUserPasswordRequest(id, operation))
            steps.push_back({*request, [operation](const ipmi::Response &r) {
                                 return parseSetUserPassword(operation, PasswordSize::Bytes16, r);
                             }});
    }
    QString text = tr("User %1 was saved.").arg(id);
    if (!edit.name && !edit.access && edit.enabled)
        text = *edit.enabled ? tr("User %1 was enabled.").arg(id) : tr("User %1 was disabled.").arg(id);
    else if (!edit.name && edit.access && !edit.enabled)
        text = tr("User %1 now has %2.").arg(id).arg(CoreText::translate(ipmi::privilegeName(edit.access->privilegeLimit)));
    runSteps(server, channel, id, std::move(steps), text, context, std::move(done));
}

void UsersService::setPassword(const QUuid &server, std::uint8_t channel, const UserEntry &user,
                               const QString &password, PasswordSize size, QObject *context, Done done)
{
    const std::string bytes = password.toUtf8().toStdString();
    auto request = setUserPasswordRequest(user.id, PasswordOperation::SetPassword, bytes, size);
    if (!request) {
        done({false, CoreText::error(request.error()), std::nullopt});
        return;
    }
    QString text = tr("The password of user %1 was set.").arg(user.id);
    std::function<void()> adopt;
    if (isLoginAccount(server, user)) {
        // Decided before sending: the read back must already log in with the new password.
        text = tr("The password of user %1 was set; BMC Pilot logs in with it from now on.").arg(user.id);
        adopt = [this, server, secret = ipmi::SecretBytes(std::string_view(bytes))] {
            m_fleet->replacePassword(server, secret);
        };
    }
    runSteps(server, channel, user.id,
             {Step{*request,
                   [size](const ipmi::Response &r) {
                       return parseSetUserPassword(PasswordOperation::SetPassword, size, r);
                   }}},
             text, context, std::move(done), std::move(adopt));
}

void UsersService::testPassword(const QUuid &server, std::uint8_t userId, const QString &password, PasswordSize size,
                                QObject *context, std::function<void(ipmi::Result<void>)> done)
{
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    auto request = setUserPasswordRequest(userId, PasswordOperation::TestPassword, password.toUtf8().toStdString(), size);
    if (!bmc || !request) {
        done(request ? Fleet::noBmc(error) : request.error());
        return;
    }
    bmc->call<void>(*request,
                    [size](const ipmi::Response &response) {
                        return parseSetUserPassword(PasswordOperation::TestPassword, size, response);
                    },
                    context, std::move(done));
}

void UsersService::runSteps(const QUuid &server, std::uint8_t channel, std::uint8_t userId, std::vector<Step> steps,
                            QString doneText, QObject *context, Done done, std::function<void()> afterSuccess)
{
    if (steps.empty()) {
        if (afterSuccess)
            afterSuccess();
        readBack(server, channel, userId, {true, doneText, std::nullopt}, context, std::move(done));
        return;
    }
    QString error;
    Bmc *bmc = m_fleet->bmc(server, &error);
    if (!bmc) {
        done({false, error, std::nullopt});
        return;
    }
    Step step = steps.front();
    steps.erase(steps.begin());
    bmc->call<void>(step.request, step.parse, context,
                    [this, server, channel, userId, steps = std::move(steps), doneText, context, done,
                     afterSuccess](ipmi::Result<void> outcome) mutable {
                        if (!outcome) {
                            // What did get written shows in the read back.
                            readBack(server, channel, userId, {false, CoreText::error(outcome.error()), std::nullopt},
                                     context, std::move(done));
                            return;
                        }
                        runSteps(server, channel, userId, std::move(steps), doneText, context, std::move(done),
                                 std::move(afterSuccess));
                    });
}

void UsersService::readBack(const QUuid &server, std::uint8_t channel, std::uint8_t userId, Outcome outcome,
                            QObject *context, Done done)
{
    Bmc *bmc = m_fleet->bmc(server);
    if (!bmc || channel == 0) {
        done(outcome);
        return;
    }
    bmc->run<UserTable>(std::make_shared<UserList>(channel, userId), context,
                        [outcome, done](ipmi::Result<UserTable> table) mutable {
                            if (table)
                                outcome.readBack = std::move(*table);
                            else if (outcome.ok) // written, but reading back failed: say so
                                outcome.message += u' ' + tr("Reading the user back failed: %1")
                                                              .arg(CoreText::error(table.error()));
                            done(outcome);
                        });
}
