// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanalert.h"

#include "cli/channelsubcommands.h"
#include "cli/commandregistry.h"
#include "cli/operationtask.h"
#include "cli/terminaltext.h"

#include "ipmi/channel/channelcommands.h"
#include "ipmi/lan/alertdestinationreader.h"
#include "ipmi/lan/lanconfigwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace ipmi::lan;

namespace {

struct LanText
{
    Q_DECLARE_TR_FUNCTIONS(LanCommands)
};

const QString PrintSynopsis = QStringLiteral("lan alert print [channel] [alert destination]");
const QString SetSynopsis = QStringLiteral(
    "lan alert set <channel> <alert destination> ipaddr <x.x.x.x> | macaddr <xx:xx:xx:xx:xx:xx> | "
    "gateway <default|backup> | ack <on|off> | type <pet|oem1|oem2> | time <seconds> | retry <0-7>");

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("%1: %2\n").arg(label, -24).arg(value);
}

QJsonObject destinationJson(const AlertDestination &destination)
{
    const std::string_view type = destinationTypeName(destination.type);
    return QJsonObject{{"destination", destination.number},
                       {"acknowledge", destination.acknowledge},
                       {"type", QString::fromUtf8(type.data(), qsizetype(type.size()))},
                       {"retry_interval", destination.timeoutSeconds},
                       {"retries", destination.retries},
                       {"gateway", destination.backupGateway ? "backup" : "default"},
                       {"ip_address", QString::fromStdString(ipv4Text(destination.ipAddress))},
                       {"mac_address", QString::fromStdString(macText(destination.macAddress))}};
}

// An explicit channel must be a LAN channel, as ipmitool checks.
void withCheckedLanChannel(HostSession &session, std::optional<std::uint8_t> channel, TaskDone done,
                           std::function<void(std::uint8_t)> next)
{
    if (!channel) {
        withLanChannel(session, channel, done, std::move(next));
        return;
    }
    const std::uint8_t number = *channel;
    session.execute(ipmi::channel::getChannelInfoRequest(number),
                    [done, next, number](ipmi::Result<ipmi::Response> response) {
                        const auto info = response ? ipmi::channel::parseChannelInfo(response.value())
                                                   : ipmi::Result<ipmi::channel::ChannelInfo>(response.error());
                        if (info && info->medium == ipmi::channel::medium::Lan8023) {
                            next(number);
                            return;
                        }
                        QString text = LanText::tr("Channel %1 is not a LAN channel.").arg(number);
                        if (!info)
                            text += u' ' + QString::fromStdString(info.error().message);
                        done(ipmi::makeError(ipmi::ErrorKind::InvalidArgument, text.toStdString()));
                    });
}

void readDestinations(HostSession &session, std::uint8_t channel, std::optional<std::uint8_t> only, TaskDone done,
                      std::function<void(AlertDestinationsRead)> next)
{
    runOperation(session, ipmi::op::OperationPtr<AlertDestinationsRead>(std::make_shared<AlertDestinationReader>(channel, only)),
                 done, std::move(next));
}

HostTask printTask(std::optional<std::uint8_t> channel, std::optional<std::uint8_t> only)
{
    return [channel, only](HostSession &session, TaskDone done) {
        withCheckedLanChannel(session, channel, done, [&session, done, only](std::uint8_t lanChannel) {
            readDestinations(session, lanChannel, only, done, [done, lanChannel, only](AlertDestinationsRead read) {
                std::vector<AlertDestination> present;
                for (const auto &destination : read.destinations) {
                    if (destination) {
                        present.push_back(destination.value());
                        continue;
                    }
                    if (only) { // the one asked for: a failure, as with ipmitool
                        done(destination.error());
                        return;
                    }
                    // ipmitool skips a destination it cannot read without a word; say which.
                    printWarning(LanText::tr("Alert destination %1: %2")
                                     .arg(&destination - read.destinations.data())
                                     .arg(QString::fromStdString(destination.error().message)));
                }
                done(lanAlertOutput(lanChannel, present));
            });
        });
    };
}

HostTask setTask(std::uint8_t channel, std::uint8_t number, AlertDestinationChange change)
{
    return [channel, number, change](HostSession &session, TaskDone done) {
        withCheckedLanChannel(session, channel, done, [&session, done, number, change](std::uint8_t lanChannel) {
            readDestinations(session, lanChannel, number, done,
                             [&session, done, lanChannel, number, change](AlertDestinationsRead before) {
                const auto &present = before.destinations.front();
                if (!present) {
                    done(ipmi::makeError(present.error().kind, present.error().message + " Nothing was changed.",
                                         present.error().completionCode));
                    return;
                }
                auto writer = std::make_shared<LanConfigWriter>(lanChannel, alertDestinationWrites(change, present.value()));
                runOperation(session, ipmi::op::OperationPtr<LanWriteOutcome>(writer), done,
                             [&session, done, lanChannel, number, change](LanWriteOutcome outcome) {
                    printWarnings(outcome.warnings);
                    readDestinations(session, lanChannel, number, done, [done, lanChannel, change](AlertDestinationsRead after) {
                        const auto &readBack = after.destinations.front();
                        if (!readBack) {
                            done(readBack.error());
                            return;
                        }
                        const auto mismatches = alertDestinationMismatches(change, readBack.value());
                        if (!mismatches.empty()) {
                            QStringList names;
                            for (const std::string &name : mismatches)
                                names << QString::fromStdString(name);
                            done(ipmi::makeError(ipmi::ErrorKind::MalformedResponse,
                                                 LanText::tr("The BMC accepted the alert destination change, but "
                                                             "reading it back shows a different %1.")
                                                     .arg(names.join(QStringLiteral(", ")))
                                                     .toStdString()));
                            return;
                        }
                        done(lanAlertOutput(lanChannel, {readBack.value()}));
                    });
                });
            });
        });
    };
}

ipmi::Result<std::uint8_t> parseNumber(const QString &word, uint maximum, const QString &what)
{
    bool ok = false;
    const uint value = word.toUInt(&ok, 0);
    if (!ok || value > maximum)
        return CommandRegistry::usageError(LanText::tr("\"%1\" is not %2 (0-%3).").arg(word, what).arg(maximum),
                                           SetSynopsis);
    return std::uint8_t(value);
}

ipmi::Result<AlertDestinationChange> parseChange(const QString &command, const QString &value)
{
    AlertDestinationChange change;
    const std::string text = value.toStdString();
    auto invalid = [&command, &value] {
        return CommandRegistry::usageError(LanText::tr("\"%1\" is not a value for %2.").arg(value, command), SetSynopsis);
    };
    if (command == QLatin1String("ipaddr")) {
        auto address = parseIpv4(text);
        if (!address)
            return CommandRegistry::usageError(QString::fromStdString(address.error().message), SetSynopsis);
        change.ipAddress = address.value();
    } else if (command == QLatin1String("macaddr")) {
        auto address = parseMac(text);
        if (!address)
            return CommandRegistry::usageError(QString::fromStdString(address.error().message), SetSynopsis);
        change.macAddress = address.value();
    } else if (command == QLatin1String("gateway")) {
        if (value != QLatin1String("default") && value != QLatin1String("backup"))
            return invalid();
        change.backupGateway = value == QLatin1String("backup");
    } else if (command == QLatin1String("ack")) {
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return invalid();
        change.acknowledge = value == QLatin1String("on");
    } else if (command == QLatin1String("type")) {
        if (value == QLatin1String("pet"))
            change.type = destinationtype::PetTrap;
        else if (value == QLatin1String("oem1"))
            change.type = destinationtype::Oem1;
        else if (value == QLatin1String("oem2"))
            change.type = destinationtype::Oem2;
        else
            return invalid();
    } else if (command == QLatin1String("time")) {
        auto seconds = parseNumber(value, 255, LanText::tr("a number of seconds"));
        if (!seconds)
            return seconds.error();
        change.timeoutSeconds = seconds.value();
    } else if (command == QLatin1String("retry")) {
        auto retries = parseNumber(value, 7, LanText::tr("a number of retries"));
        if (!retries)
            return retries.error();
        change.retries = retries.value();
    } else {
        return CommandRegistry::usageError(LanText::tr("Unknown alert setting \"%1\".").arg(command), SetSynopsis);
    }
    return change;
}

ipmi::Result<std::uint8_t> parseDestination(const QString &word, const QString &synopsis)
{
    bool ok = false;
    const uint value = word.toUInt(&ok, 0);
    if (!ok || value > 0x0f)
        return CommandRegistry::usageError(LanText::tr("Invalid alert destination \"%1\" (0-15).").arg(word), synopsis);
    return std::uint8_t(value);
}

} // namespace

QString lanAlertText(const AlertDestination &destination)
{
    const std::string_view type = destinationTypeName(destination.type);
    // An address format other than IPv4 + MAC (0) cannot be shown; ipmitool says so too.
    QString text = field(QStringLiteral("Alert Destination"), QString::number(destination.number))
                   + field(QStringLiteral("Alert Acknowledge"),
                           destination.acknowledge ? QStringLiteral("Acknowledged") : QStringLiteral("Unacknowledged"))
                   + field(QStringLiteral("Destination Type"), QString::fromUtf8(type.data(), qsizetype(type.size())))
                   + field(QStringLiteral("Retry Interval"), QString::number(destination.timeoutSeconds))
                   + field(QStringLiteral("Number of Retries"), QString::number(destination.retries));
    if (destination.addressFormat != 0)
        return text + field(QStringLiteral("Alert Gateway"), QStringLiteral("Unknown address format")) + u'\n';
    return text
           + field(QStringLiteral("Alert Gateway"),
                   destination.backupGateway ? QStringLiteral("Backup") : QStringLiteral("Default"))
           + field(QStringLiteral("Alert IP Address"), QString::fromStdString(ipv4Text(destination.ipAddress)))
           + field(QStringLiteral("Alert MAC Address"), QString::fromStdString(macText(destination.macAddress))) + u'\n';
}

CommandOutput lanAlertOutput(std::uint8_t channel, const std::vector<AlertDestination> &destinations)
{
    QString text;
    QJsonArray list;
    for (const AlertDestination &destination : destinations) {
        text += lanAlertText(destination);
        list.append(destinationJson(destination));
    }
    return CommandOutput{text, QJsonObject{{"channel", channel}, {"destinations", list}}};
}

void registerLanAlertCommands(CommandRegistry &registry)
{
    registry.add({{"lan", "alert", "print"}, PrintSynopsis,
                  LanText::tr("the LAN alert destinations of a channel: where PEF alerts (SNMP traps) go"),
                  [](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() > 2)
                          return CommandRegistry::usageError(LanText::tr("Give at most a channel and a destination."),
                                                             PrintSynopsis);
                      std::optional<std::uint8_t> channel;
                      std::optional<std::uint8_t> destination;
                      if (!arguments.isEmpty()) {
                          auto parsed = parseChannelWord(arguments[0], PrintSynopsis);
                          if (!parsed)
                              return parsed.error();
                          channel = parsed.value();
                      }
                      if (arguments.size() == 2) {
                          auto parsed = parseDestination(arguments[1], PrintSynopsis);
                          if (!parsed)
                              return parsed.error();
                          destination = parsed.value();
                      }
                      return printTask(channel, destination);
                  }});
    registry.add({{"lan", "alert", "set"}, SetSynopsis,
                  LanText::tr("change one setting of a LAN alert destination, read back after the write"),
                  [](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      if (arguments.size() != 4)
                          return CommandRegistry::usageError(
                              LanText::tr("Give a channel, a destination, a setting and its value."), SetSynopsis);
                      auto channel = parseChannelWord(arguments[0], SetSynopsis);
                      if (!channel)
                          return channel.error();
                      auto destination = parseDestination(arguments[1], SetSynopsis);
                      if (!destination)
                          return destination.error();
                      auto change = parseChange(arguments[2], arguments[3]);
                      if (!change)
                          return change.error();
                      if (const std::string invalid = validateAlertDestinationChange(change.value()); !invalid.empty())
                          return CommandRegistry::usageError(QString::fromStdString(invalid), SetSynopsis);
                      return setTask(channel.value(), destination.value(), change.value());
                  }});
}
