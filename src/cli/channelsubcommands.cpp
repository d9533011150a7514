// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/operationtask.h"
#include "cli/usersubcommands.h"

#include "ipmi/channel/lanchannelfinder.h"
#include "ipmi/user/userlist.h"
#include "cli/terminaltext.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace ipmi::channel;

namespace {

// Context holder: qualified ChannelText::tr() calls are what lupdate can extract.
struct ChannelText
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCommands)
};

QString enabledText(bool enabled)
{
    return enabled ? ChannelText::tr("enabled") : ChannelText::tr("disabled");
}

QJsonObject accessJson(const ChannelAccess &access)
{
    return QJsonObject{{"alerting", access.alertingEnabled},
                       {"per_message_auth", access.perMessageAuth},
                       {"user_level_auth", access.userLevelAuth},
                       {"access_mode", jsonText(accessModeName(access.mode))},
                       {"privilege_limit", int(access.privilegeLimit)}};
}

QString accessText(const QString &heading, const ChannelAccess &access)
{
    return QStringLiteral("  %1\n").arg(heading)
           + QStringLiteral("    Alerting            : %1\n").arg(enabledText(access.alertingEnabled))
           + QStringLiteral("    Per-message Auth    : %1\n").arg(enabledText(access.perMessageAuth))
           + QStringLiteral("    User Level Auth     : %1\n").arg(enabledText(access.userLevelAuth))
           + QStringLiteral("    Access Mode         : %1\n").arg(bmcText(accessModeName(access.mode)));
}

HostTask infoTask(std::optional<std::uint8_t> channel)
{
    return [channel](HostSession &session, TaskDone done) {
        const std::uint8_t asked = channel.value_or(CurrentChannel);
        exchange(session, getChannelInfoRequest(asked), parseChannelInfo, done, [&session, done](ChannelInfo info) {
            // Session-less channels have no access settings (82h); the info stands alone then.
            session.execute(getChannelAccessRequest(info.channel, Storage::Volatile),
                            [&session, done, info](ipmi::Result<ipmi::Response> volatileAnswer) {
                                if (!volatileAnswer) {
                                    done(volatileAnswer.error());
                                    return;
                                }
                                auto active = parseChannelAccess(volatileAnswer.value());
                                std::optional<ChannelAccess> activeAccess;
                                if (active)
                                    activeAccess = active.value();
                                session.execute(getChannelAccessRequest(info.channel, Storage::NonVolatile),
                                                [done, info, activeAccess](ipmi::Result<ipmi::Response> answer) {
                                                    if (!answer) {
                                                        done(answer.error());
                                                        return;
                                                    }
                                                    auto stored = parseChannelAccess(answer.value());
                                                    std::optional<ChannelAccess> storedAccess;
                                                    if (stored)
                                                        storedAccess = stored.value();
                                                    done(channelInfoOutput(info, activeAccess, storedAccess));
                                                });
                            });
        });
    };
}

HostTask getAccessTask(std::uint8_t channel, std::optional<std::uint8_t> userId)
{
    return [channel, userId](HostSession &session, TaskDone done) {
        auto list = std::make_shared<ipmi::user::UserList>(channel, userId);
        runOperation(session, ipmi::op::OperationPtr<ipmi::user::UserTable>(list), done,
                     [done](ipmi::user::UserTable table) { done(userAccessOutput(table)); });
    };
}

struct SetAccessArguments
{
    std::optional<bool> callin;
    std::optional<bool> ipmi;
    std::optional<bool> link;
    std::optional<std::uint8_t> privilege;
};

HostTask setAccessTask(std::uint8_t channel, std::uint8_t userId, SetAccessArguments arguments)
{
    return [channel, userId, arguments](HostSession &session, TaskDone done) {
        // Set User Access writes the three flags together: the ones not given keep their value.
        exchange(session, ipmi::user::getUserAccessRequest(channel, userId), ipmi::user::parseUserAccess, done,
                 [&session, done, channel, userId, arguments](ipmi::user::UserAccess present) {
                     ipmi::user::UserAccessSettings settings;
                     settings.callbackOnly = arguments.callin ? !*arguments.callin : present.callbackOnly;
                     settings.ipmiMessaging = arguments.ipmi.value_or(present.ipmiMessaging);
                     settings.linkAuth = arguments.link.value_or(present.linkAuth);
                     settings.privilegeLimit = arguments.privilege.value_or(present.privilegeLimit);
                     exchange(session, ipmi::user::setUserAccessRequest(channel, userId, settings),
                              ipmi::user::parseSetUserAccess, done, [done, channel, userId, settings]() {
                                  done(CommandOutput{
                                      ChannelText::tr("Set User Access (channel %1 id %2) successful.\n").arg(channel).arg(userId),
                                      QJsonObject{{"channel", channel},
                                                  {"user_id", userId},
                                                  {"callin", !settings.callbackOnly},
                                                  {"ipmi_messaging", settings.ipmiMessaging},
                                                  {"link_auth", settings.linkAuth},
                                                  {"privilege_limit", int(settings.privilegeLimit)}}});
                              });
                 });
    };
}

ipmi::Result<bool> onOff(const QString &value, const QString &word, const QString &synopsis)
{
    if (value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("off"))
        return false;
    return CommandRegistry::usageError(ChannelText::tr("%1 takes on or off, not \"%2\".").arg(word, value), synopsis);
}

} // namespace

ipmi::Result<std::uint8_t> parseChannelWord(const QString &word, const QString &synopsis)
{
    bool ok = false;
    const uint value = word.toUInt(&ok, 0);
    if (!ok || value > 0x0f)
        return CommandRegistry::usageError(ChannelText::tr("\"%1\" is not a channel number (0-15).").arg(word), synopsis);
    return std::uint8_t(value);
}

void withLanChannel(HostSession &session, std::optional<std::uint8_t> channel, TaskDone done,
                    std::function<void(std::uint8_t)> next)
{
    if (channel) {
        next(*channel);
        return;
    }
    runOperation(session, ipmi::op::OperationPtr<std::vector<ChannelInfo>>(std::make_shared<LanChannelFinder>(true)),
                 done, [next](std::vector<ChannelInfo> found) { next(found.front().channel); });
}

CommandOutput channelInfoOutput(const ChannelInfo &info, const std::optional<ChannelAccess> &volatileAccess,
                                const std::optional<ChannelAccess> &nonVolatileAccess)
{
    QString text = ChannelText::tr("Channel 0x%1 info:\n").arg(info.channel, 0, 16);
    text += QStringLiteral("  Channel Medium Type   : %1\n").arg(bmcText(mediumName(info.medium)));
    text += QStringLiteral("  Channel Protocol Type : %1\n").arg(bmcText(protocolName(info.protocol)));
    text += QStringLiteral("  Session Support       : %1\n").arg(bmcText(sessionSupportName(info.sessionSupport)));
    text += QStringLiteral("  Active Session Count  : %1\n").arg(info.activeSessions);
    text += QStringLiteral("  Protocol Vendor ID    : %1\n").arg(info.vendorId);
    QJsonObject json{{"channel", info.channel},
                     {"medium_type", jsonText(mediumName(info.medium))},
                     {"medium", info.medium},
                     {"protocol_type", jsonText(protocolName(info.protocol))},
                     {"session_support", jsonText(sessionSupportName(info.sessionSupport))},
                     {"active_sessions", info.activeSessions},
                     {"vendor_id", qint64(info.vendorId)}};
    if (volatileAccess) {
        text += accessText(ChannelText::tr("Volatile(active) Settings"), *volatileAccess);
        json.insert("volatile", accessJson(*volatileAccess));
    }
    if (nonVolatileAccess) {
        text += accessText(ChannelText::tr("Non-Volatile Settings"), *nonVolatileAccess);
        json.insert("non_volatile", accessJson(*nonVolatileAccess));
    }
    return CommandOutput{text, json};
}

void registerChannelCommands(CommandRegistry &registry)
{
    const QString infoSynopsis = QStringLiteral("channel info [channel]");
    registry.add({{"channel", "info"}, infoSynopsis, ChannelText::tr("medium, protocol, sessions and access of a channel"),
                  [infoSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() > 1)
                          return CommandRegistry::usageError(ChannelText::tr("Give at most one channel."), infoSynopsis);
                      std::optional<std::uint8_t> channel;
                      if (!arguments.isEmpty()) {
                          auto parsed = parseChannelWord(arguments[0], infoSynopsis);
                          if (!parsed)
                              return parsed.error();
                          channel = parsed.value();
                      }
                      return infoTask(channel);
                  }});
    const QString getSynopsis = QStringLiteral("channel getaccess <channel> [userid]");
    registry.add({{"channel", "getaccess"}, getSynopsis, ChannelText::tr("users' access to a channel"),
                  [getSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.isEmpty() || arguments.size() > 2)
                          return CommandRegistry::usageError(ChannelText::tr("Give a channel and optionally a user ID."), getSynopsis);
                      auto channel = parseChannelWord(arguments[0], getSynopsis);
                      if (!channel)
                          return channel.error();
                      std::optional<std::uint8_t> userId;
                      if (arguments.size() == 2) {
                          auto id = parseUserIdWord(arguments[1], getSynopsis);
                          if (!id)
                              return id.error();
                          userId = id.value();
                      }
                      return getAccessTask(channel.value(), userId);
                  }});
    const QString setSynopsis = QStringLiteral(
        "channel setaccess <channel> <userid> [callin=on|off] [ipmi=on|off] [link=on|off] [privilege=1-5|15]");
    registry.add({{"channel", "setaccess"}, setSynopsis, ChannelText::tr("set a user's access to a channel"),
                  [setSynopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() < 2)
                          return CommandRegistry::usageError(ChannelText::tr("Give a channel and a user ID."), setSynopsis);
                      auto channel = parseChannelWord(arguments[0], setSynopsis);
                      if (!channel)
                          return channel.error();
                      auto id = parseUserIdWord(arguments[1], setSynopsis);
                      if (!id)
                          return id.error();
                      SetAccessArguments settings;
                      for (const QString &argument : arguments.mid(2)) {
                          const QString key = argument.section(u'=', 0, 0);
                          const QString value = argument.section(u'=', 1);
                          if (key == QLatin1String("privilege")) {
                              auto level = parsePrivilegeWord(value, setSynopsis);
                              if (!level)
                                  return level.error();
                              settings.privilege = level.value();
                              continue;
                          }
                          std::optional<bool> *target = key == QLatin1String("callin") ? &settings.callin
                                                        : key == QLatin1String("ipmi")  ? &settings.ipmi
                                                        : key == QLatin1String("link")  ? &settings.link
                                                                                        : nullptr;
                          if (!target)
                              return CommandRegistry::usageError(ChannelText::tr("Unknown setting \"%1\".").arg(argument),
                                                                 setSynopsis);
                          auto flag = onOff(value, key, setSynopsis);
                          if (!flag)
                              return flag.error();
                          *target = flag.value();
                      }
                      return setAccessTask(channel.value(), id.value(), settings);
                  }});
}
