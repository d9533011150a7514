// SPDX-License-Identifier: GPL-3.0-or-later
#include "pefswitchsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/operationtask.h"
#include "cli/terminaltext.h"

#include "ipmi/op/checkedparameterwrite.h"
#include "ipmi/pef/pefcommands.h"
#include "ipmi/pef/peftables.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace ipmi::pef;

namespace {

struct PefText
{
    Q_DECLARE_TR_FUNCTIONS(PefCommands)
};

enum class Table { Filter, Policy };

std::shared_ptr<const PefParameterSpace> pefSpace()
{
    static const auto space = std::make_shared<const PefParameterSpace>();
    return space;
}

// The entry's data with its enable bit set as wanted.
ipmi::Result<ipmi::Bytes> switched(Table table, const ipmi::Bytes &entry, bool enabled)
{
    if (table == Table::Filter) {
        auto filter = decodeEventFilter(entry);
        if (!filter)
            return filter.error();
        filter->enabled = enabled;
        return encodeEventFilter(filter.value());
    }
    auto policy = decodeAlertPolicy(entry);
    if (!policy)
        return policy.error();
    policy->enabled = enabled;
    return encodeAlertPolicy(policy.value());
}

// The number of entries: the capabilities' filter count, or parameter 8 for policies.
void readCount(HostSession &session, Table table, TaskDone done, std::function<void(int)> next)
{
    if (table == Table::Filter) {
        exchange(session, getCapabilitiesRequest(), parseCapabilities, done,
                 [next](Capabilities caps) { next(caps.filterCount); });
        return;
    }
    exchange(session, getParameterRequest(param::AlertPolicyCount),
             [](const ipmi::Response &response) { return parseGetParameter(param::AlertPolicyCount, response); }, done,
             [next](ipmi::Bytes count) { next(count.empty() ? 0 : count[0] & 0x7f); });
}

HostTask switchTask(Table table, std::uint8_t id, bool enabled)
{
    return [table, id, enabled](HostSession &session, TaskDone done) {
        readCount(session, table, done, [&session, done, table, id, enabled](int count) {
            const QString what = table == Table::Filter ? QStringLiteral("Filter") : QStringLiteral("Policy");
            if (id > count) {
                done(ipmi::makeError(ipmi::ErrorKind::InvalidArgument,
                                     PefText::tr("PEF %1 ID %2 out of range. Valid range is (1..%3).")
                                         .arg(what)
                                         .arg(id)
                                         .arg(count)
                                         .toStdString()));
                return;
            }
            const std::uint8_t parameter = table == Table::Filter ? param::EventFilterTable : param::AlertPolicyTable;
            exchange(session, getParameterRequest(parameter, id),
                     [parameter](const ipmi::Response &response) { return parseGetParameter(parameter, response); },
                     done, [&session, done, table, id, enabled, parameter, what](ipmi::Bytes entry) {
                         auto data = switched(table, entry, enabled);
                         if (!data) {
                             done(data.error());
                             return;
                         }
                         auto writer = std::make_shared<ipmi::op::CheckedParameterWrite>(
                             pefSpace(), std::vector<ipmi::op::ParameterWrite>{{parameter, data.value(), id}});
                         runOperation(session, ipmi::op::OperationPtr<ipmi::op::ParameterWriteOutcome>(writer), done,
                                      [done, id, enabled, what](ipmi::op::ParameterWriteOutcome outcome) {
                                          printWarnings(outcome.warnings);
                                          // ipmitool's sentence, kept for scripts.
                                          done(CommandOutput{QStringLiteral("PEF %1 ID %2 is %3 now.\n")
                                                                 .arg(what)
                                                                 .arg(id)
                                                                 .arg(enabled ? QStringLiteral("enabled")
                                                                              : QStringLiteral("disabled")),
                                                             QJsonObject{{what.toLower(), id}, {"enabled", enabled}}});
                                      });
                     });
        });
    };
}

void add(CommandRegistry &registry, Table table, bool enabled)
{
    const char *noun = table == Table::Filter ? "filter" : "policy";
    const char *verb = enabled ? "enable" : "disable";
    const QString synopsis = QStringLiteral("pef %1 %2 <id = 1..n>").arg(QLatin1String(noun), QLatin1String(verb));
    const QString summary = table == Table::Filter
                                ? (enabled ? PefText::tr("enable one event filter, read back after the write")
                                           : PefText::tr("disable one event filter, read back after the write"))
                                : (enabled ? PefText::tr("enable one alert policy entry, read back after the write")
                                           : PefText::tr("disable one alert policy entry, read back after the write"));
    registry.add({{"pef", noun, verb}, synopsis, summary,
                  [table, enabled, synopsis](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      bool ok = false;
                      const uint id = arguments.size() == 1 ? arguments[0].toUInt(&ok, 0) : 0;
                      if (!ok || id < 1 || id > 0x7f)
                          return CommandRegistry::usageError(PefText::tr("Give one entry number (1-127)."), synopsis);
                      return switchTask(table, std::uint8_t(id), enabled);
                  }});
}

} // namespace

void registerPefSwitchCommands(CommandRegistry &registry)
{
    for (const Table table : {Table::Filter, Table::Policy})
        for (const bool enabled : {true, false})
            add(registry, table, enabled);
}
