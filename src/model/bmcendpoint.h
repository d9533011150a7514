// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/sessionconfig.h"

#include <QString>

// Where a BMC is and how to log in: everything a worker needs to open a session. Plain
// value, safe to copy across threads.
struct BmcEndpoint
{
    // The BMC of this machine through the kernel's IPMI driver (`-I open`): no login, so
    // host (a label only), port and config are not used to reach it.
    bool local = false;
    QString host;
    quint16 port = 623;
    ipmi::SessionConfig config;
    // Non-empty for a private session that must not be shared, e.g. a connection test
    // whose password may differ from the one an open session was made with.
    QString isolation;

    // Where the BMC is reached: "host:port" ("[v6]:port"), or "local".
    QString location() const;

    // Sessions are shared by callers that agree on all of these.
    QString key() const
    {
        if (local)
            return QStringLiteral("local|%1").arg(isolation);
        return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
            .arg(host)
            .arg(port)
            .arg(config.version == ipmi::LanVersion::Lan20 ? 2 : 1)
            .arg(QString::fromStdString(config.username))
            .arg(static_cast<int>(config.privilege))
            .arg(config.cipher.pinnedSuite ? int(*config.cipher.pinnedSuite) : -1)
            .arg(isolation);
    }
};
