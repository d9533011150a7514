// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

// What the tree shows about a server at a glance. The poller produces it; plain value.
struct ServerStatus
{
    enum class Reachability { Unknown, Reachable, Unreachable };
    enum class Power { Unknown, On, Off };
    // Ordered by gravity so that the worst of several is the maximum.
    enum class Health { Unknown, Ok, Warning, Critical };

    Reachability reachability = Reachability::Unknown;
    Power power = Power::Unknown;
    Health health = Health::Unknown;
    QString detail; // the last error or a short summary, shown as a tool tip

    bool operator==(const ServerStatus &other) const = default;
};
Q_DECLARE_METATYPE(ServerStatus)
