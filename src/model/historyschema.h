// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

// The history database schema and its migrations. The version lives in the table `meta`
// (key 'schema_version'); the file is marked with PRAGMA application_id so that another
// program's SQLite file is refused instead of being altered.
//
// Layout, chosen for size and clustered range scans:
//   series(id, host, sensor, raw_from, rollup_until)   one row per (host, sensor key)
//   sample(series, ts, value)        WITHOUT ROWID, key (series, ts); NULL value = gap
//   rollup(series, ts, lo, mean, hi, n, gaps) WITHOUT ROWID, key (series, ts)
//   rollup_coarse(...)               the same, for buckets of 6 rollup steps (since v2)
//   event(host, ts, record, severity, text)   WITHOUT ROWID, key (host, ts, record)
// raw_from: raw samples before it were expired; rollup_until: rollups cover everything
// before it. Queries use both to join raw data and rollups without overlap.
class HistorySchema
{
    Q_DECLARE_TR_FUNCTIONS(HistorySchema)

public:
    static constexpr int Version = 2;
    static constexpr int ApplicationId = 0x424d4350; // "BMCP"

    // Creates or upgrades the schema. On failure *error says why (newer version, foreign
    // file, SQL error) and nothing was changed.
    static bool migrate(QSqlDatabase &db, QString *error);
};
