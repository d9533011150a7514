// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"

#include "cli/auditsubcommands.h"
#include "cli/channelsubcommands.h"
#include "cli/chassissubcommands.h"
#include "cli/frusubcommands.h"
#include "cli/lansubcommands.h"
#include "cli/mcsubcommands.h"
#include "cli/mcsettingssubcommands.h"
#include "cli/pefsubcommands.h"
#include "cli/pefswitchsubcommands.h"
#include "cli/rawsubcommands.h"
#include "cli/selsubcommands.h"
#include "cli/sdrsubcommands.h"
#include "cli/sensorsubcommands.h"
#include "cli/solsubcommands.h"
#include "cli/solconfigsubcommands.h"
#include "cli/usersubcommands.h"

void CommandRegistry::add(Entry entry)
{
    m_entries.push_back(std::move(entry));
}

CommandRegistry::Match CommandRegistry::find(const QStringList &command) const
{
    Match best;
    qsizetype bestLength = 0;
    for (const Entry &entry : m_entries) {
        const qsizetype length = entry.words.size();
        if (length > command.size() || length <= bestLength)
            continue;
        if (command.mid(0, length) == entry.words) {
            best.entry = &entry;
            bestLength = length;
        }
    }
    if (best.entry)
        best.arguments = command.mid(bestLength);
    return best;
}

QString CommandRegistry::usage(const QStringList &prefix) const
{
    QString text;
    for (const Entry &entry : m_entries) {
        if (entry.words.mid(0, prefix.size()) != prefix)
            continue;
        text += QStringLiteral("  %1\n      %2\n").arg(entry.synopsis, entry.description);
    }
    return text;
}

ipmi::Error CommandRegistry::usageError(const QString &message, const QString &synopsis)
{
    return ipmi::makeError(ipmi::ErrorKind::InvalidArgument,
                           (message + u'\n' + tr("Usage: %1").arg(synopsis)).toStdString());
}

CommandRegistry defaultCommandRegistry()
{
    CommandRegistry registry;
    registerMcCommands(registry);
    registerMcSettingsCommands(registry);
    registerChassisCommands(registry);
    registerRawCommands(registry);
    registerFruCommands(registry);
    registerSdrCommands(registry);
    registerSensorCommands(registry);
    registerSelCommands(registry);
    registerLanCommands(registry);
    registerPefCommands(registry);
    registerPefSwitchCommands(registry);
    registerChannelCommands(registry);
    registerUserCommands(registry);
    registerSolConfigCommands(registry);
    registerSolCommands(registry);
    registerAuditCommands(registry);
    return registry;
}
