// SPDX-License-Identifier: GPL-3.0-or-later
#include "pefsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/fieldlist.h"
#include "cli/operationtask.h"
#include "cli/terminaltext.h"

#include "ipmi/channel/channelcommands.h"
#include "ipmi/cmd/app.h"
#include "ipmi/op/parametersetreader.h"
#include "ipmi/sensor/eventtext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <memory>

using namespace ipmi::pef;

namespace {

struct PefText
{
    Q_DECLARE_TR_FUNCTIONS(PefCommands)
};

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString joined(const std::vector<std::string_view> &names, const char *separator = ",")
{
    QStringList list;
    for (const std::string_view name : names)
        list << fromView(name);
    return list.join(QLatin1String(separator));
}

// ipmitool's terse listing: every column after a space, separated by " | ".
QString row(const QStringList &columns)
{
    return u' ' + columns.join(QStringLiteral(" | ")) + u'\n';
}

// ipmitool's `pef info` prints the GUID bytes in the order they came (unlike `mc guid`).
QString wireOrderGuid(const ipmi::cmd::DeviceGuid &guid)
{
    QString text;
    for (std::size_t i = 0; i < guid.wire.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += u'-';
        text += QStringLiteral("%1").arg(guid.wire[i], 2, 16, QLatin1Char('0'));
    }
    return text;
}

std::shared_ptr<const PefParameterSpace> pefSpace()
{
    static const auto space = std::make_shared<const PefParameterSpace>();
    return space;
}

ipmi::Result<HostTask> noArguments(const QStringList &arguments, const QString &synopsis, HostTask task)
{
    if (!arguments.isEmpty())
        return CommandRegistry::usageError(PefText::tr("Unexpected argument \"%1\".").arg(arguments.first()), synopsis);
    return task;
}

// One parameter without sets; fails the task on any error.
template<typename Next>
void readParameter(HostSession &session, std::uint8_t parameter, TaskDone done, Next next)
{
    exchange(session, getParameterRequest(parameter),
             [parameter](const ipmi::Response &response) { return parseGetParameter(parameter, response); }, done,
             std::move(next));
}

// Sets 1..count of a table parameter; refused entries become warnings.
template<typename Next>
void readTable(HostSession &session, std::uint8_t parameter, std::uint8_t count, TaskDone done, Next next)
{
    auto reader = std::make_shared<ipmi::op::ParameterSetReader>(pefSpace(), parameter, count);
    runOperation(session, ipmi::op::OperationPtr<std::vector<ipmi::Result<ipmi::Bytes>>>(reader), done,
                 [next = std::move(next), parameter](std::vector<ipmi::Result<ipmi::Bytes>> entries) mutable {
                     std::vector<ipmi::Bytes> present;
                     for (std::size_t i = 0; i < entries.size(); ++i) {
                         if (entries[i])
                             present.push_back(std::move(entries[i]).value());
                         else
                             printWarning(PefText::tr("%1 entry %2: %3")
                                              .arg(fromView(parameterName(parameter)))
                                              .arg(i + 1)
                                              .arg(QString::fromStdString(entries[i].error().message)));
                     }
                     next(std::move(present));
                 });
}

HostTask infoTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getCapabilitiesRequest(), parseCapabilities, done, [&session, done](Capabilities caps) {
            readParameter(session, param::AlertPolicyCount, done, [&session, done, caps](ipmi::Bytes count) {
                const int policies = count.empty() ? 0 : count[0] & 0x7f;
                // The PEF's own GUID when it has one (parameter 10, byte 1 bit 0), else the
                // system GUID, as ipmitool shows it.
                session.execute(getParameterRequest(param::SystemGuid),
                                [&session, done, caps, policies](ipmi::Result<ipmi::Response> response) {
                                    if (response) {
                                        const auto data = parseGetParameter(param::SystemGuid, response.value());
                                        if (data && data->size() >= 17 && ((*data)[0] & 0x01)) {
                                            ipmi::cmd::DeviceGuid guid;
                                            std::copy(data->begin() + 1, data->begin() + 17, guid.wire.begin());
                                            done(pefInfoOutput(caps, policies, wireOrderGuid(guid)));
                                            return;
                                        }
                                    }
                                    exchange(session, ipmi::cmd::getDeviceGuidRequest(), ipmi::cmd::parseDeviceGuid,
                                             done, [done, caps, policies](ipmi::cmd::DeviceGuid guid) {
                                                 done(pefInfoOutput(caps, policies, wireOrderGuid(guid)));
                                             });
                                });
            });
        });
    };
}

HostTask filterListTask()
{
    return [](HostSession &session, TaskDone done) {
        exchange(session, getCapabilitiesRequest(), parseCapabilities, done, [&session, done](Capabilities caps) {
            readTable(session, param::EventFilterTable, caps.filterCount, done, [done](std::vector<ipmi::Bytes> entries) {
                std::vector<EventFilter> filters;
                for (const ipmi::Bytes &entry : entries) {
                    auto filter = decodeEventFilter(entry);
                    if (!filter) {
                        done(filter.error());
                        return;
                    }
                    filters.push_back(filter.value());
                }
                done(pefFilterListOutput(filters));
            });
        });
    };
}

// The medium of each channel the policies name (Get Channel Info), then the listing.
void policyListOutput(HostSession &session, std::shared_ptr<std::vector<AlertPolicy>> policies,
                      std::shared_ptr<std::map<int, QString>> media, std::size_t index, TaskDone done)
{
    while (index < policies->size() && media->count((*policies)[index].channel))
        ++index;
    if (index < policies->size()) {
        const std::uint8_t channel = (*policies)[index].channel;
        session.execute(ipmi::channel::getChannelInfoRequest(channel),
                        [&session, policies, media, index, channel, done](ipmi::Result<ipmi::Response> response) {
                            QString medium = QStringLiteral("unknown");
                            if (response) {
                                if (auto info = ipmi::channel::parseChannelInfo(response.value()))
                                    medium = QString::fromStdString(ipmi::channel::mediumName(info->medium));
                            }
                            (*media)[channel] = medium;
                            policyListOutput(session, policies, media, index + 1, done);
                        });
        return;
    }
    QString text;
    QJsonArray json;
    for (const AlertPolicy &policy : *policies) {
        const QString medium = media->at(policy.channel);
        QStringList columns{QString::number(policy.number), QString::number(policy.policySet),
                            policy.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                            fromView(policyRuleText(policy.rule)), QString::number(policy.channel), medium};
        // ipmitool follows a LAN channel's destination into the LAN parameters; the
        // destination number itself is shown for every channel.
        columns << QString::number(policy.destination);
        text += row(columns);
        json.append(QJsonObject{{"entry", policy.number},
                                {"policy_set", policy.policySet},
                                {"enabled", policy.enabled},
                                {"rule", fromView(policyRuleText(policy.rule))},
                                {"channel", policy.channel},
                                {"channel_medium", medium},
                                {"destination", policy.destination},
                                {"alert_string_key", policy.alertStringKey},
                                {"event_specific_alert_string", policy.eventSpecificAlertString}});
    }
    done(CommandOutput{text, json});
}

HostTask policyListTask()
{
    return [](HostSession &session, TaskDone done) {
        readParameter(session, param::AlertPolicyCount, done, [&session, done](ipmi::Bytes count) {
            const std::uint8_t entries = count.empty() ? 0 : count[0] & 0x7f;
            readTable(session, param::AlertPolicyTable, entries, done, [&session, done](std::vector<ipmi::Bytes> rows) {
                auto policies = std::make_shared<std::vector<AlertPolicy>>();
                for (const ipmi::Bytes &entry : rows) {
                    auto policy = decodeAlertPolicy(entry);
                    if (!policy) {
                        done(policy.error());
                        return;
                    }
                    policies->push_back(policy.value());
                }
                policyListOutput(session, policies, std::make_shared<std::map<int, QString>>(), 0, done);
            });
        });
    };
}

// PEF control and the global action control; the last processed event IDs when the
// BMC has the command (ipmi_sim refuses it, C1h, and ipmitool then shows nothing).
HostTask statusTask()
{
    return [](HostSession &session, TaskDone done) {
        session.execute(getLastProcessedRequest(), [&session, done](ipmi::Result<ipmi::Response> response) {
            if (!response) {
                done(response.error());
                return;
            }
            auto last = parseLastProcessed(response.value());
            if (!last)
                printWarning(QString::fromStdString(last.error().message));
            std::optional<LastProcessed> lastProcessed;
            if (last)
                lastProcessed = last.value();
            readParameter(session, param::Control, done, [&session, done, lastProcessed](ipmi::Bytes control) {
                readParameter(session, param::ActionGlobalControl, done,
                              [done, lastProcessed, control](ipmi::Bytes actions) {
                                  const Control flags = decodeControl(control.empty() ? 0 : control[0]);
                                  const std::uint8_t enabledActions = actions.empty() ? 0 : actions[0] & 0x3f;
                                  auto onOff = [](bool on) {
                                      return on ? QStringLiteral("enabled") : QStringLiteral("disabled");
                                  };
                                  auto recordId = [](std::uint16_t id) {
                                      return QStringLiteral("0x%1").arg(id, 4, 16, QLatin1Char('0'));
                                  };
                                  FieldList fields(25);
                                  QJsonObject json;
                                  if (lastProcessed) {
                                      fields.add(QStringLiteral("Last SEL addition"),
                                                 QString::number(lastProcessed->timestamp))
                                          .add(QStringLiteral("Last SEL record ID"),
                                               recordId(lastProcessed->lastSelRecord))
                                          .add(QStringLiteral("Last S/W processed ID"),
                                               recordId(lastProcessed->lastSoftwareRecord))
                                          .add(QStringLiteral("Last BMC processed ID"),
                                               recordId(lastProcessed->lastBmcRecord));
                                      json["last_sel_addition"] = qint64(lastProcessed->timestamp);
                                      json["last_sel_record_id"] = lastProcessed->lastSelRecord;
                                      json["last_software_processed_id"] = lastProcessed->lastSoftwareRecord;
                                      json["last_bmc_processed_id"] = lastProcessed->lastBmcRecord;
                                  }
                                  fields.add(QStringLiteral("PEF status"), onOff(flags.pefEnabled))
                                      .add(QStringLiteral("PEF event messages"), onOff(flags.eventMessages))
                                      .add(QStringLiteral("PEF startup delay"), onOff(flags.startupDelay))
                                      .add(QStringLiteral("Alert startup delay"), onOff(flags.alertStartupDelay))
                                      .add(QStringLiteral("Actions enabled"),
                                           enabledActions ? joined(actionNames(enabledActions), ", ")
                                                          : QStringLiteral("none"));
                                  json["pef_enabled"] = flags.pefEnabled;
                                  json["event_messages"] = flags.eventMessages;
                                  json["startup_delay"] = flags.startupDelay;
                                  json["alert_startup_delay"] = flags.alertStartupDelay;
                                  QJsonArray names;
                                  for (const std::string_view name : actionNames(enabledActions))
                                      names.append(fromView(name));
                                  json["actions_enabled"] = names;
                                  done(CommandOutput{fields.text(), json});
                              });
            });
        });
    };
}

} // namespace

CommandOutput pefInfoOutput(const Capabilities &capabilities, int policyEntries, const QString &guid)
{
    const QString version = QStringLiteral("0x%1").arg(capabilities.version, 2, 16, QLatin1Char('0'));
    const QString actions = joined(actionNames(capabilities.actions));
    QJsonArray actionList;
    for (const std::string_view name : actionNames(capabilities.actions))
        actionList.append(fromView(name));
    return CommandOutput{row({version, QString::number(capabilities.filterCount), QString::number(policyEntries), guid,
                              actions}),
                         QJsonObject{{"version", version},
                                     {"event_filters", capabilities.filterCount},
                                     {"alert_policy_entries", policyEntries},
                                     {"guid", guid},
                                     {"actions_supported", actionList},
                                     {"oem_filters_supported", capabilities.oemFilterSupported}}};
}

CommandOutput pefFilterListOutput(const std::vector<EventFilter> &filters)
{
    QString text;
    QJsonArray json;
    for (const EventFilter &filter : filters) {
        QStringList columns{QString::number(filter.number), QString::fromStdString(filterStatusText(filter))};
        const QString sensorType = filter.sensorType == 0xff ? QStringLiteral("Any")
                                                             : bmcText(ipmi::sensor::sensorTypeName(filter.sensorType));
        const QString sensorNumber = filter.sensorNumber == 0xff ? QStringLiteral("Any")
                                                                 : QString::number(filter.sensorNumber);
        const QString triggers = QString::fromStdString(eventTriggersText(filter));
        if (filter.enabled) {
            columns << sensorType << sensorNumber << fromView(severityText(filter.severity))
                    << fromView(eventClassText(filter.eventTrigger)) << triggers
                    << (filter.actions & 0x3f ? joined(actionNames(filter.actions)) : QStringLiteral("None"));
            if (filter.actions & action::Alert)
                columns << QString::number(filter.policySet);
        }
        text += row(columns);
        QJsonArray actions;
        for (const std::string_view name : actionNames(filter.actions))
            actions.append(fromView(name));
        json.append(QJsonObject{{"filter", filter.number},
                                {"enabled", filter.enabled},
                                {"pre_configured", filter.preConfigured},
                                {"sensor_type", sensorType},
                                {"sensor_number", sensorNumber},
                                {"severity", fromView(severityText(filter.severity))},
                                {"event_class", fromView(eventClassText(filter.eventTrigger))},
                                {"event_triggers", triggers},
                                {"actions", actions},
                                {"policy_set", filter.policySet}});
    }
    return CommandOutput{text, json};
}

void registerPefCommands(CommandRegistry &registry)
{
    registry.add({{"pef", "info"}, QStringLiteral("pef info"),
                  PefText::tr("PEF version, table sizes, GUID and supported actions"),
                  [](const QStringList &arguments) { return noArguments(arguments, QStringLiteral("pef info"), infoTask()); }});
    registry.add({{"pef", "status"}, QStringLiteral("pef status"),
                  PefText::tr("PEF on or off, enabled actions, last processed events"),
                  [](const QStringList &arguments) {
                      return noArguments(arguments, QStringLiteral("pef status"), statusTask());
                  }});
    registry.add({{"pef", "filter", "list"}, QStringLiteral("pef filter list"),
                  PefText::tr("the event filter table: what each filter matches and does"),
                  [](const QStringList &arguments) {
                      return noArguments(arguments, QStringLiteral("pef filter list"), filterListTask());
                  }});
    registry.add({{"pef", "policy", "list"}, QStringLiteral("pef policy list"),
                  PefText::tr("the alert policy table: where each policy set sends alerts"),
                  [](const QStringList &arguments) {
                      return noArguments(arguments, QStringLiteral("pef policy list"), policyListTask());
                  }});
}
