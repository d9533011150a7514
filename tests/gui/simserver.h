// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fleet.h"
#include "model/serverregistry.h"
#include "demo/simbmc.h"

// A simulated BMC as a registered server that logs in as its administrator: the
// registry entry, and the password in the Fleet. Returns the new server's id.
inline QUuid addSimServer(ServerRegistry &registry, Fleet &fleet, const sim::SimBmc &bmc,
                          const QString &name = QStringLiteral("r2u"))
{
    const sim::Account admin = *bmc.account(ipmi::Privilege::Administrator);
    ServerEntry entry;
    entry.name = name;
    entry.address = bmc.host;
    entry.port = bmc.port;
    entry.userName = admin.user;
    const QUuid id = registry.addServer(entry);
    fleet.setCredentials(id, {ipmi::SecretBytes(admin.password.toStdString()), {}});
    return id;
}
