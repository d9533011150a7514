// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;
class QThread;

// Sensor history and SEL events in SQLite (WAL, synchronous=NORMAL).
//
// Threading contract: a HistoryStore belongs to the thread that calls open() and must be
// used only from there (asserted). It owns one QSqlDatabase connection whose name holds
// the thread id and an instance counter. To use the same file from several threads, give
// each thread its own HistoryStore: WAL lets one writer and many readers work at once, and
// a busy timeout makes a second writer wait instead of failing.
//
// Lifetime/teardown: close() (or the destructor, in the owning thread) finalizes the
// prepared statements and removes the connection.
//
// Data flow: the poller calls insert() with batches (one transaction each); a timer calls
// applyRetention(now) now and then, which rolls complete buckets up (min/mean/max, gap
// count) into fine (rollupStepMs) and coarse (6 steps) rollups and expires raw samples
// and rollups per RetentionPolicy, in bounded chunks. query() downsamples in SQL, reading
// the coarsest level that is finer than its buckets, and joins the levels at the boundaries.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    explicit HistoryStore(RetentionPolicy policy = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens or creates the database; false with errorString() on any problem, including
    // a damaged file, a foreign SQLite file or a newer schema (none of which is modified).
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    const RetentionPolicy &policy() const { return m_policy; }

    // The series of one sensor of one host, created on first use; nullopt on error.
    std::optional<qint64> seriesId(const QUuid &host, const QString &sensorKey);

    // Writes all samples in one transaction; a sample at an existing (series, ts) replaces it.
    bool insert(const std::vector<HistorySample> &samples);

    // Points of [fromMs, toMs], at most maxPoints (>= 2), and the gaps in that range.
    std::optional<HistorySeriesData> query(qint64 series, qint64 fromMs, qint64 toMs, int maxPoints);
    // The stored rollups of [fromMs, toMs) (for inspection and export).
    std::optional<QList<HistoryRollup>> rollups(qint64 series, qint64 fromMs, qint64 toMs);

    RetentionReport applyRetention(qint64 nowMs);

    bool addEvents(const QUuid &host, const QList<HistoryEvent> &events);
    std::optional<QList<HistoryEvent>> events(const QUuid &host, qint64 fromMs, qint64 toMs);

private:
    struct Statements;

    std::optional<qint64> hostId(const QUuid &host, bool create);
    bool fail(const QSqlQuery &query);
    bool fail(const QString &what);
    bool checkThread() const;
    bool rollUp(qint64 series, qint64 until, RetentionReport &report);
    bool expire(const QString &table, qint64 series, qint64 before, qint64 *deleted,
                RetentionReport &report);
    // Coarse rollups (historyretention.cpp): rebuilt at open() when missing or made for
    // another step, and kept up to date by rollUp().
    qint64 coarseStep() const;
    bool rollUpCoarse(qint64 series, qint64 fromMs, qint64 toMs);
    bool rebuildCoarse();
    bool expireCoarse(qint64 series, qint64 before, RetentionReport &report);

    RetentionPolicy m_policy;
    QString m_connection;
    QString m_path;
    QString m_error;
    QThread *m_thread = nullptr;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_seriesCache;
};
