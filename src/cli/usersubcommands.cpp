// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersubcommands.h"

#include "cli/channelsubcommands.h"
#include "cli/commandregistry.h"
#include "cli/operationtask.h"
#include "cli/terminaltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace ipmi::user;

namespace {

// Context holder: qualified UserText::tr() calls are what lupdate can extract.
struct UserText
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
};

QString trueFalse(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QJsonObject userJson(const UserEntry &user)
{
    return QJsonObject{{"id", user.id},
                       {"name", jsonText(user.name)},
                       {"enable_status", user.access.enableStatus == 1   ? QJsonValue("enabled")
                                         : user.access.enableStatus == 2 ? QJsonValue("disabled")
                                                                         : QJsonValue()},
                       {"callin", !user.access.callbackOnly},
                       {"link_auth", user.access.linkAuth},
                       {"ipmi_messaging", user.access.ipmiMessaging},
                       {"privilege_limit", int(user.access.privilegeLimit)},
                       {"privilege", jsonText(ipmi::privilegeName(user.access.privilegeLimit))}};
}

// Reads a password from the terminal without echo (ipmitool asks twice as well).
ipmi::Result<std::string> promptPassword(std::uint8_t userId)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    auto readLine = [&](const QString &prompt) {
        fprintf(stderr, "%s", qPrintable(prompt));
        std::string line;
        for (int c = fgetc(stdin); c != EOF && c != '\n'; c = fgetc(stdin))
            line.push_back(char(c));
        if (terminal)
            fprintf(stderr, "\n");
        return line;
    };
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const std::string first = readLine(UserText::tr("Password for user %1: ").arg(userId));
    const std::string second = terminal ? readLine(UserText::tr("Password for user %1: ").arg(userId)) : first;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (first != second)
        return ipmi::makeError(ipmi::ErrorKind::InvalidArgument, UserText::tr("The passwords do not match.").toStdString());
    return first;
}

ipmi::Result<PasswordSize> parseSizeWord(const QString &word, const QString &synopsis)
{
    if (word == QLatin1String("16"))
        return PasswordSize::Bytes16;
    if (word == QLatin1String("20"))
        return PasswordSize::Bytes20;
    return CommandRegistry::usageError(UserText::tr("The password size is 16 or 20, not \"%1\".").arg(word), synopsis);
}

HostTask listTask(std::optional<std::uint8_t> channel, bool summary)
{
    return [channel, summary](HostSession &session, TaskDone done) {
        withLanChannel(session, channel, done, [&session, done, summary](std::uint8_t lanChannel) {
            runOperation(session, ipmi::op::OperationPtr<UserTable>(std::make_shared<UserList>(lanChannel)), done,
                         [done, summary](UserTable table) {
                             done(summary ? userSummaryOutput(table) : userListOutput(table));
                         });
        });
    };
}

// Sends a prepared request, then reports text and JSON.
HostTask simpleTask(ipmi::Request request, std::function<ipmi::Result<void>(const ipmi::Response &)> parse,
                    CommandOutput output)
{
    return [request, parse, output](HostSession &session, TaskDone done) {
        exchange(session, request, parse, done, [done, output]() { done(output); });
    };
}

HostTask passwordTask(std::uint8_t userId, PasswordOperation operation, std::string password, PasswordSize size,
                      CommandOutput output)
{
    auto request = setUserPasswordRequest(userId, operation, password, size);
    // Validated in prepare, so the request exists.
    return simpleTask(request.value(),
                      [operation, size](const ipmi::Response &response) {
                          return parseSetUserPassword(operation, size, response);
                      },
                      std::move(output));
}

HostTask privilegeTask(std::uint8_t userId, std::uint8_t level, std::optional<std::uint8_t> channel)
{
    return [userId, level, channel](HostSession &session, TaskDone done) {
        withLanChannel(session, channel, done, [&session, done, userId, level](std::uint8_t lanChannel) {
            UserAccessSettings settings;
            settings.privilegeLimit = level;
            exchange(session, setUserAccessRequest(lanChannel, userId, settings, false), parseSetUserAccess, done,
                     [done, userId, level, lanChannel]() {
                         done(CommandOutput{UserText::tr("Set Privilege Level command successful (user %1)\n").arg(userId),
                                            QJsonObject{{"user_id", userId},
                                                        {"channel", lanChannel},
                                                        {"privilege_limit", level},
                                                        {"privilege", jsonText(ipmi::privilegeName(level))}}});
                     });
        });
    };
}

ipmi::Result<HostTask> prepareSetPassword(const QStringList &arguments, const QString &synopsis)
{
    if (arguments.isEmpty() || arguments.size() > 3)
        return CommandRegistry::usageError(UserText::tr("Give a user ID, optionally the password and its size."), synopsis);
    auto id = parseUserIdWord(arguments[0], synopsis);
    if (!id)
        return id.error();
    std::string password;
    if (arguments.size() >= 2) {
        password = arguments[1].toStdString();
    } else {
        auto typed = promptPassword(id.value());
        if (!typed)
            return typed.error();
        password = typed.value();
    }
    PasswordSize size = passwordSizeFor(password);
    if (arguments.size() == 3) {
        auto parsed = parseSizeWord(arguments[2], synopsis);
        if (!parsed)
            return parsed.error();
        size = parsed.value();
    }
    if (auto request = setUserPasswordRequest(id.value(), PasswordOperation::SetPassword, password, size); !request)
        return request.error();
    return passwordTask(id.value(), PasswordOperation::SetPassword, password, size,
                        CommandOutput{UserText::tr("Set User Password command successful (user %1)\n").arg(id.value()),
                                      QJsonObject{{"user_id", id.value()}, {"password_size", int(size)}}});
}

ipmi::Result<HostTask> prepareTest(const QStringList &arguments, const QString &synopsis)
{
    if (arguments.size() < 2 || arguments.size() > 3)
        return CommandRegistry::usageError(UserText::tr("Give a user ID, the size (16 or 20) and optionally the password."),
                                           synopsis);
    auto id = parseUserIdWord(arguments[0], synopsis);
    if (!id)
        return id.error();
    auto size = parseSizeWord(arguments[1], synopsis);
    if (!size)
        return size.error();
    std::string password;
    if (arguments.size() == 3) {
        password = arguments[2].toStdString();
    } else {
        auto typed = promptPassword(id.value());
        if (!typed)
            return typed.error();
        password = typed.value();
    }
    if (auto request = setUserPasswordRequest(id.value(), PasswordOperation::TestPassword, password, size.value());
        !request)
        return request.error();
    // A mismatch (80h) ends the task with "The password does not match", exit status 1.
    return passwordTask(id.value(), PasswordOperation::TestPassword, password, size.value(),
                        CommandOutput{UserText::tr("Success\n"), QJsonObject{{"user_id", id.value()}, {"match", true}}});
}

ipmi::Result<HostTask> prepareEnable(const QStringList &arguments, const QString &synopsis, bool enable)
{
    if (arguments.size() != 1)
        return CommandRegistry::usageError(UserText::tr("Give one user ID."), synopsis);
    auto id = parseUserIdWord(arguments[0], synopsis);
    if (!id)
        return id.error();
    const auto operation = enable ? PasswordOperation::EnableUser : PasswordOperation::DisableUser;
    return passwordTask(id.value(), operation, {}, PasswordSize::Bytes16,
                        CommandOutput{QString(), QJsonObject{{"user_id", id.value()}, {"enabled", enable}}});
}

ipmi::Result<HostTask> prepareSetName(const QStringList &arguments, const QString &synopsis)
{
    if (arguments.size() != 2)
        return CommandRegistry::usageError(UserText::tr("Give a user ID and a name."), synopsis);
    auto id = parseUserIdWord(arguments[0], synopsis);
    if (!id)
        return id.error();
    const std::string name = arguments[1].toStdString();
    auto request = setUserNameRequest(id.value(), name);
    if (!request)
        return request.error();
    const std::uint8_t userId = id.value();
    return simpleTask(request.value(),
                      [userId](const ipmi::Response &response) { return parseSetUserName(userId, response); },
                      CommandOutput{QString(), QJsonObject{{"user_id", userId}, {"name", arguments[1]}}});
}

ipmi::Result<std::optional<std::uint8_t>> optionalChannel(const QStringList &arguments, qsizetype index,
                                                          const QString &synopsis)
{
    if (arguments.size() <= index)
        return std::optional<std::uint8_t>();
    auto channel = parseChannelWord(arguments[index], synopsis);
    if (!channel)
        return channel.error();
    return std::optional<std::uint8_t>(channel.value());
}

} // namespace

ipmi::Result<std::uint8_t> parseUserIdWord(const QString &word, const QString &synopsis)
{
    bool ok = false;
    const uint value = word.toUInt(&ok, 0);
    if (!ok || value < 1 || value > MaxUserId)
        return CommandRegistry::usageError(UserText::tr("\"%1\" is not a user ID (1-63).").arg(word), synopsis);
    return std::uint8_t(value);
}

ipmi::Result<std::uint8_t> parsePrivilegeWord(const QString &word, const QString &synopsis)
{
    bool ok = false;
    const uint value = word.toUInt(&ok, 0);
    if (!ok || !((value >= 1 && value <= 5) || value == NoAccess))
        return CommandRegistry::usageError(
            UserText::tr("\"%1\" is not a privilege level: 1 callback, 2 user, 3 operator, 4 administrator, 5 OEM, "
               "15 no access.")
                .arg(word),
            synopsis);
    return std::uint8_t(value);
}

CommandOutput userListOutput(const UserTable &table)
{
    QString text = QStringLiteral("ID  Name\t     Callin  Link Auth\tIPMI Msg   Channel Priv Limit\n");
    QJsonArray users;
    for (const UserEntry &user : table.users) {
        text += QStringLiteral("%1%2%3%4%5%6\n")
                    .arg(QString::number(user.id), -4)
                    .arg(bmcText(user.name), -17)
                    .arg(trueFalse(!user.access.callbackOnly), -8)
                    .arg(trueFalse(user.access.linkAuth), -11)
                    .arg(trueFalse(user.access.ipmiMessaging), -11)
                    .arg(bmcText(ipmi::privilegeName(user.access.privilegeLimit)));
        users.append(userJson(user));
    }
    return CommandOutput{text, QJsonObject{{"channel", table.channel}, {"users", users}}};
}

CommandOutput userSummaryOutput(const UserTable &table)
{
    const QString text = QStringLiteral("Maximum IDs\t    : %1\nEnabled User Count  : %2\nFixed Name Count    : %3\n")
                             .arg(table.maxUsers)
                             .arg(table.enabledCount)
                             .arg(table.fixedNameCount);
    return CommandOutput{text, QJsonObject{{"channel", table.channel},
                                           {"max_users", table.maxUsers},
                                           {"enabled_users", table.enabledCount},
                                           {"fixed_names", table.fixedNameCount}}};
}

CommandOutput userAccessOutput(const UserTable &table)
{
    QString text = QStringLiteral("Maximum User IDs     : %1\nEnabled User IDs     : %2\n")
                       .arg(table.maxUsers)
                       .arg(table.enabledCount);
    QJsonArray users;
    for (const UserEntry &user : table.users) {
        const QString status = user.access.enableStatus == 1   ? UserText::tr("enabled")
                               : user.access.enableStatus == 2 ? UserText::tr("disabled")
                                                               : UserText::tr("unknown");
        text += QStringLiteral("\nUser ID              : %1\n").arg(user.id);
        text += QStringLiteral("User Name            : %1\n").arg(bmcText(user.name));
        text += QStringLiteral("Fixed Name           : %1\n").arg(user.id <= table.fixedNameCount ? UserText::tr("Yes") : UserText::tr("No"));
        text += QStringLiteral("Access Available     : %1\n")
                    .arg(user.access.callbackOnly ? UserText::tr("callback") : UserText::tr("call-in / callback"));
        text += QStringLiteral("Link Authentication  : %1\n").arg(user.access.linkAuth ? UserText::tr("enabled") : UserText::tr("disabled"));
        text += QStringLiteral("IPMI Messaging       : %1\n").arg(user.access.ipmiMessaging ? UserText::tr("enabled") : UserText::tr("disabled"));
        text += QStringLiteral("Privilege Level      : %1\n").arg(bmcText(ipmi::privilegeName(user.access.privilegeLimit)));
        text += QStringLiteral("Enable Status        : %1\n").arg(status);
        QJsonObject json = userJson(user);
        json.insert("fixed_name", user.id <= table.fixedNameCount);
        users.append(json);
    }
    return CommandOutput{text, QJsonObject{{"channel", table.channel},
                                           {"max_users", table.maxUsers},
                                           {"enabled_users", table.enabledCount},
                                           {"users", users}}};
}

void registerUserCommands(CommandRegistry &registry)
{
    for (const bool summary : {false, true}) {
        const QString word = summary ? QStringLiteral("summary") : QStringLiteral("list");
        const QString synopsis = QStringLiteral("user %1 [channel]").arg(word);
        registry.add({{"user", word}, synopsis,
                      summary ? UserText::tr("maximum, enabled and fixed-name user counts")
                              : UserText::tr("every user of a channel: name, callin, link auth, IPMI messaging, privilege"),
                      [synopsis, summary](const QStringList &arguments) -> ipmi::Result<HostTask> {
                          if (arguments.size() > 1)
                              return CommandRegistry::usageError(UserText::tr("Give at most one channel."), synopsis);
                          auto channel = optionalChannel(arguments, 0, synopsis);
                          if (!channel)
                              return channel.error();
                          return listTask(channel.value(), summary);
                      }});
    }
    const QString nameSynopsis = QStringLiteral("user set name <id> <name>");
    registry.add({{"user", "set", "name"}, nameSynopsis, UserText::tr("name a user (at most 16 bytes; not user 1)"),
                  [nameSynopsis](const QStringList &arguments) { return prepareSetName(arguments, nameSynopsis); }});
    const QString passwordSynopsis = QStringLiteral("user set password <id> [<password> [16|20]]");
    registry.add({{"user", "set", "password"}, passwordSynopsis,
                  UserText::tr("set a user's password (asked for when omitted); 17-20 bytes need the 20-byte form"),
                  [passwordSynopsis](const QStringList &arguments) {
                      return prepareSetPassword(arguments, passwordSynopsis);
                  }});
    for (const bool enable : {true, false}) {
        const QString word = enable ? QStringLiteral("enable") : QStringLiteral("disable");
        const QString synopsis = QStringLiteral("user %1 <id>").arg(word);
        registry.add({{"user", word}, synopsis, enable ? UserText::tr("enable a user") : UserText::tr("disable a user"),
                      [synopsis, enable](const QStringList &arguments) {
                          return prepareEnable(arguments, synopsis, enable);
                      }});
    }
    const QString privSynopsis = QStringLiteral("user priv <id> <privilege level> [channel]");
    registry.add({{"user", "priv"}, privSynopsis, UserText::tr("set a user's privilege limit on a channel"),
                  [privSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() < 2 || arguments.size() > 3)
                          return CommandRegistry::usageError(UserText::tr("Give a user ID, a privilege level and optionally a channel."),
                                                             privSynopsis);
                      auto id = parseUserIdWord(arguments[0], privSynopsis);
                      if (!id)
                          return id.error();
                      auto level = parsePrivilegeWord(arguments[1], privSynopsis);
                      if (!level)
                          return level.error();
                      auto channel = optionalChannel(arguments, 2, privSynopsis);
                      if (!channel)
                          return channel.error();
                      return privilegeTask(id.value(), level.value(), channel.value());
                  }});
    const QString testSynopsis = QStringLiteral("user test <id> <16|20> [<password>]");
    registry.add({{"user", "test"}, testSynopsis, UserText::tr("check whether a password is a user's password"),
                  [testSynopsis](const QStringList &arguments) { return prepareTest(arguments, testSynopsis); }});
}
