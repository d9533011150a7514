// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"

#include "cli/auditcommands.h"
#include "cli/channelcommands.h"
#include "cli/chassiscommands.h"
#include "cli/frucommands.h"
#include "cli/lancommands.h"
#include "cli/mccommands.h"
#include "cli/mcsettingscommands.h"
#include "cli/pefcommands.h"
#include "cli/pefswitchcommands.h"
#include "cli/rawcommands.h"
#include "cli/selcommands.h"
#include "cli/sdrcommands.h"
#include "cli/sensorcommands.h"
#include "cli/solcommands.h"
#include "cli/solconfigcommands.h"
#include "cli/usercommands.h"

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
