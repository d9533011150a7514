// SPDX-License-Identifier: GPL-3.0-or-later
#include "simbmc.h"

namespace sim {

QString kindName(BmcKind kind)
{
    switch (kind) {
    case BmcKind::IpmiSim:
        return QStringLiteral("ipmi_sim");
    case BmcKind::Pyghmi:
        return QStringLiteral("pyghmi");
    case BmcKind::Sha256Peer:
        return QStringLiteral("pyghmi-sha256");
    }
    return {};
}

std::optional<Account> SimBmc::account(ipmi::Privilege privilege) const
{
    for (const Account &candidate : accounts) {
        if (candidate.privilege == privilege)
            return candidate;
    }
    return std::nullopt;
}

} // namespace sim
