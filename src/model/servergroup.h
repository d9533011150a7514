// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QUuid>

// A folder of the server tree. Groups nest; the registry owns the structure, this is the
// value a caller reads.
struct ServerGroup
{
    QUuid id;
    QString name;

    bool operator==(const ServerGroup &other) const = default;
};

Q_DECLARE_METATYPE(ServerGroup)
