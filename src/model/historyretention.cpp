// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore's retention: rolling raw samples up into fine and coarse rollups and
// expiring old rows in bounded chunks.
#include "historyretention.h"
#include "historystore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using HistoryRetention::alignDown;
using HistoryRetention::alignUp;

qint64 HistoryStore::coarseStep() const
{
    return m_policy.rollupStepMs * HistoryRetention::CoarseFactor;
}

bool HistoryStore::rollUpCoarse(qint64 series, qint64 fromMs, qint64 toMs)
{
    // Recomputed from the fine rollups of whole coarse buckets, so that a bucket that a
    // chunk boundary cuts is complete once the next chunk is done.
    const qint64 coarse = coarseStep();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO rollup_coarse(series, ts, lo, mean, hi, n, gaps) "
        "SELECT series, (ts / %1) * %1 AS bucket, min(lo), sum(mean * n) / nullif(sum(n), 0), "
        "max(hi), sum(n), sum(gaps) FROM rollup "
        "WHERE series = ? AND ts >= ? AND ts < ? GROUP BY bucket")
                      .arg(coarse));
    query.addBindValue(series);
    query.addBindValue(alignDown(fromMs, coarse));
    query.addBindValue(alignUp(toMs, coarse));
    return query.exec() || fail(query);
}

bool HistoryStore::rebuildCoarse()
{
    // After the schema upgrade, or when the rollup step changed: derive the coarse
    // rollups from the fine ones once, and remember for which step they were made.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'coarse_step'")))
        return fail(query);
    if (query.next() && query.value(0).toLongLong() == coarseStep())
        return true;
    query.finish();
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!query.exec(QStringLiteral("DELETE FROM rollup_coarse")) ||
        !query.exec(QStringLiteral(
            "INSERT INTO rollup_coarse(series, ts, lo, mean, hi, n, gaps) "
            "SELECT series, (ts / %1) * %1 AS bucket, min(lo), sum(mean * n) / nullif(sum(n), 0), "
            "max(hi), sum(n), sum(gaps) FROM rollup GROUP BY series, bucket")
                        .arg(coarseStep())) ||
        !query.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('coarse_step', %1)")
                        .arg(coarseStep())))
        return fail(query), db.rollback(), false;
    return db.commit() || fail(db.lastError().text());
}

bool HistoryStore::rollUp(qint64 series, qint64 until, RetentionReport &report)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rollup_until FROM series WHERE id = ?"));
    query.addBindValue(series);
    if (!query.exec() || !query.next())
        return fail(query);
    qint64 start = query.value(0).toLongLong();
    while (start < until) {
        // Jump over spans without samples instead of walking them chunk by chunk.
        query.prepare(QStringLiteral("SELECT min(ts) FROM sample WHERE series = ? AND ts >= ? AND ts < ?"));
        query.addBindValue(series);
        query.addBindValue(start);
        query.addBindValue(until);
        if (!query.exec() || !query.next())
            return fail(query);
        const bool none = query.value(0).isNull();
        const qint64 chunkStart = none ? until : alignDown(query.value(0).toLongLong(), m_policy.rollupStepMs);
        const qint64 chunkEnd = none ? until : std::min(until, chunkStart + m_policy.chunkMs);
        if (!db.transaction())
            return fail(db.lastError().text());
        ++report.transactions;
        if (!none) {
            query.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO rollup(series, ts, lo, mean, hi, n, gaps) "
                "SELECT series, (ts / %1) * %1 AS bucket, min(value), avg(value), max(value), "
                "count(value), count(*) - count(value) FROM sample "
                "WHERE series = ? AND ts >= ? AND ts < ? GROUP BY bucket")
                              .arg(m_policy.rollupStepMs));
            query.addBindValue(series);
            query.addBindValue(chunkStart);
            query.addBindValue(chunkEnd);
            if (!query.exec())
                return fail(query), db.rollback(), false;
            report.rolledBuckets += query.numRowsAffected();
            if (!rollUpCoarse(series, chunkStart, chunkEnd))
                return db.rollback(), false;
        }
        query.prepare(QStringLiteral("UPDATE series SET rollup_until = ? WHERE id = ?"));
        query.addBindValue(chunkEnd);
        query.addBindValue(series);
        if (!query.exec())
            return fail(query), db.rollback(), false;
        if (!db.commit())
            return fail(db.lastError().text());
        start = chunkEnd;
    }
    return true;
}

bool HistoryStore::expire(const QString &table, qint64 series, qint64 before, qint64 *deleted,
                          RetentionReport &report)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    for (;;) {
        query.prepare(QStringLiteral("SELECT min(ts) FROM %1 WHERE series = ? AND ts < ?").arg(table));
        query.addBindValue(series);
        query.addBindValue(before);
        if (!query.exec() || !query.next())
            return fail(query);
        if (query.value(0).isNull())
            break;
        const qint64 first = query.value(0).toLongLong();
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE series = ? AND ts >= ? AND ts < ?").arg(table));
        query.addBindValue(series);
        query.addBindValue(first);
        query.addBindValue(std::min(before, first + m_policy.chunkMs));
        ++report.transactions; // autocommit: one statement, one transaction
        if (!query.exec())
            return fail(query);
        *deleted += query.numRowsAffected();
    }
    return true;
}

bool HistoryStore::expireCoarse(qint64 series, qint64 before, RetentionReport &report)
{
    // Coarse buckets go once all of their span has expired; few rows, one statement.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM rollup_coarse WHERE series = ? AND ts < ?"));
    query.addBindValue(series);
    query.addBindValue(before);
    ++report.transactions;
    return query.exec() || fail(query);
}

RetentionReport HistoryStore::applyRetention(qint64 nowMs)
{
    RetentionReport report;
    if (!checkThread()) {
        report.ok = fail(tr("the database is not open"));
        return report;
    }
    const qint64 step = m_policy.rollupStepMs;
    const qint64 rollUntil = alignDown(nowMs, step); // only complete buckets
    const qint64 rawCutoff = std::min(alignDown(nowMs - m_policy.rawKeepMs, step), rollUntil);
    const qint64 rollupCutoff = alignDown(nowMs - m_policy.rollupKeepMs, step);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    QList<qint64> series;
    if (!query.exec(QStringLiteral("SELECT id FROM series ORDER BY id"))) {
        report.ok = fail(query);
        return report;
    }
    while (query.next())
        series.append(query.value(0).toLongLong());
    for (qint64 id : series) {
        // Raw samples are deleted only once rollups cover them (rollUp runs first).
        if (!rollUp(id, rollUntil, report) ||
            !expire(QStringLiteral("sample"), id, rawCutoff, &report.deletedSamples, report) ||
            !expire(QStringLiteral("rollup"), id, rollupCutoff, &report.deletedRollups, report) ||
            !expireCoarse(id, alignDown(rollupCutoff, coarseStep()), report)) {
            report.ok = false;
            return report;
        }
        query.prepare(QStringLiteral("UPDATE series SET raw_from = max(raw_from, ?) WHERE id = ?"));
        query.addBindValue(rawCutoff);
        query.addBindValue(id);
        if (!query.exec()) {
            report.ok = fail(query);
            return report;
        }
    }
    query.prepare(QStringLiteral("DELETE FROM event WHERE ts < ?"));
    query.addBindValue(rollupCutoff);
    if (!query.exec()) {
        report.ok = fail(query);
        return report;
    }
    report.deletedEvents = query.numRowsAffected();
    return report;
}

