// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/lan/lanchange.h"

#include <QString>
#include <QStringList>

#include <optional>

// What one "lan set" invocation changes, and ipmitool's confirmation line.
struct LanSetRequest
{
    ipmi::lan::LanChange change;
    bool channelAccess = false; // "access on|off": Set Channel Access, not a LAN parameter
    bool accessOn = false;
    QString message;
    std::optional<int> verifySeconds; // --verify: run the verified change with this limit
};

// Takes --verify and --verify-timeout <s> out of the words: the time limit when
// --verify is given (the default one without --verify-timeout), else nothing.
ipmi::Result<std::optional<int>> takeLanVerifyOptions(QStringList &words, const QString &synopsis);

// The words after the channel: "ipsrc static", "defgw ipaddr 192.0.2.1", "access on", ...
ipmi::Result<LanSetRequest> parseLanSet(const QStringList &words, const QString &synopsis);

// Reads what the checks depend on, checks, and only then writes (set in progress,
// writes, commit), or runs the verified change when asked. "access" sets the channel
// access instead.
HostTask lanSetTask(std::uint8_t channel, LanSetRequest set);
