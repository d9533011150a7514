// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Index i holds the statements that take the schema from version i to i + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE host(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE series(id INTEGER PRIMARY KEY, host INTEGER NOT NULL, "
                           "sensor TEXT NOT NULL, raw_from INTEGER NOT NULL DEFAULT 0, "
                           "rollup_until INTEGER NOT NULL DEFAULT 0, UNIQUE(host, sensor))"),
            QStringLiteral("CREATE TABLE sample(series INTEGER NOT NULL, ts INTEGER NOT NULL, "
                           "value REAL, PRIMARY KEY(series, ts)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE rollup(series INTEGER NOT NULL, ts INTEGER NOT NULL, "
                           "lo REAL, mean REAL, hi REAL, n INTEGER NOT NULL, gaps INTEGER NOT NULL, "
                           "PRIMARY KEY(series, ts)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE event(host INTEGER NOT NULL, ts INTEGER NOT NULL, "
                           "record INTEGER NOT NULL, severity INTEGER NOT NULL, text TEXT NOT NULL, "
                           "PRIMARY KEY(host, ts, record)) WITHOUT ROWID"),
        },
        {
            // Coarse rollups for wide chart queries; filled by HistoryStore (meta key
            // 'coarse_step' says for which step).
            QStringLiteral("CREATE TABLE rollup_coarse(series INTEGER NOT NULL, ts INTEGER NOT NULL, "
                           "lo REAL, mean REAL, hi REAL, n INTEGER NOT NULL, gaps INTEGER NOT NULL, "
                           "PRIMARY KEY(series, ts)) WITHOUT ROWID"),
        },
    };
    return steps;
}

} // namespace

bool HistorySchema::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    const auto fail = [&](const QSqlQuery &failed) {
        *error = failed.lastError().text();
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(query);
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return fail(query);
    const bool empty = query.value(0).toInt() == 0;
    if (!empty && applicationId != ApplicationId) {
        *error = tr("the file is an SQLite database of another program");
        return false;
    }
    int version = 0;
    if (!empty) {
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) ||
            !query.next()) {
            *error = tr("the schema version is missing");
            return false;
        }
        version = query.value(0).toInt();
    }
    if (version > Version) {
        *error = tr("it has schema version %1, written by a newer BMC Pilot (this one knows "
                    "up to %2)")
                     .arg(version)
                     .arg(Version);
        return false;
    }
    if (version == Version)
        return true;
    if (!db.transaction())
        return fail(query);
    for (int step = version; step < Version; ++step) {
        for (const QString &statement : migrations().at(step)) {
            if (!query.exec(statement)) {
                fail(query);
                db.rollback();
                return false;
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
        !query.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) "
                                   "VALUES ('schema_version', %1)")
                        .arg(Version))) {
        fail(query);
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(query);
    return true;
}
