// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"

#include <QMetaType>
#include <QString>

// What the tree shows about a server at a glance. The poller produces it; plain value.
struct ServerStatus
{
    // LoginRejected: the BMC answers but refuses this entry's user name, password or
    // privilege, which the administrator fixes differently from a network problem.
    enum class Reachability { Unknown, Reachable, Unreachable, LoginRejected };
    enum class Power { Unknown, On, Off };
    // Ordered by gravity so that the worst of several is the maximum.
    enum class Health { Unknown, Ok, Warning, Critical };

    Reachability reachability = Reachability::Unknown;
    Power power = Power::Unknown;
    Health health = Health::Unknown;
    QString detail; // the last error or a short summary, shown as a tool tip

    bool operator==(const ServerStatus &other) const = default;

    static Reachability reachabilityAfter(ipmi::ErrorKind failure)
    {
        switch (failure) {
        case ipmi::ErrorKind::AuthenticationFailed:
        case ipmi::ErrorKind::UnknownUser:
        case ipmi::ErrorKind::PrivilegeUnavailable:
            return Reachability::LoginRejected;
        case ipmi::ErrorKind::CompletionCode:
            return Reachability::Reachable; // it answered, it just cannot do this
        default:
            return Reachability::Unreachable;
        }
    }
};
Q_DECLARE_METATYPE(ServerStatus)
