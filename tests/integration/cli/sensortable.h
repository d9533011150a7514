// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "name | value | status" tables of `sdr list` and `sensor list`, for the tests that
// compare bmcpilot-cli with ipmitool row by row.
#include <QList>
#include <QString>
#include <QStringList>

namespace clitest {

// "a | b | c" lines as trimmed columns.
inline QList<QStringList> table(const QString &text, QChar separator = u'|')
{
    QList<QStringList> rows;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QStringList columns;
        for (const QString &column : line.split(separator))
            columns << column.trimmed();
        rows << columns;
    }
    return rows;
}

inline const QStringList *findRow(const QList<QStringList> &rows, const QString &name)
{
    for (const QStringList &row : rows) {
        if (!row.isEmpty() && row[0] == name)
            return &row;
    }
    return nullptr;
}

// The first sensor of a shared record (IPMI 2.0 section 43.2): ipmitool prints one row
// under the bare ID string, bmcpilot-cli one per sensor, named "<id><modifier>".
inline const QStringList *findSharedRow(const QList<QStringList> &rows, const QString &name)
{
    for (const QStringList &row : rows) {
        if (!row.isEmpty() && row[0].size() > name.size() && row[0].startsWith(name))
            return &row;
    }
    return nullptr;
}

} // namespace clitest
