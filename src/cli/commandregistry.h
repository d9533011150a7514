// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

// The table of subcommands. Each command family (mc, chassis, raw, later sdr, sel, ...)
// registers its entries from its own file; lookup takes the longest matching word
// prefix, so "chassis power on" finds the "chassis power" entry with arguments {"on"}.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    // Turns the words after the command into a task, or explains what is wrong with
    // them. Runs once, before any host is contacted.
    using Prepare = std::function<ipmi::Result<HostTask>(const QStringList &arguments)>;

    struct Entry
    {
        QStringList words;   // {"chassis", "power"}
        QString synopsis;    // "chassis power status|on|off|cycle|reset|soft|diag"
        QString description; // one line, translated
        Prepare prepare;
    };

    void add(Entry entry);

    struct Match
    {
        const Entry *entry = nullptr;
        QStringList arguments;
    };
    Match find(const QStringList &command) const;

    // Synopses of the entries whose words start with prefix (all when empty).
    QString usage(const QStringList &prefix = {}) const;

    // A prepare error that carries the family's usage, for a misspelt argument.
    static ipmi::Error usageError(const QString &message, const QString &synopsis);

private:
    std::vector<Entry> m_entries;
};

// The registry with every command family of this build.
CommandRegistry defaultCommandRegistry();
