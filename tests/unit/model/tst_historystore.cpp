// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/historystore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Day = 24 * 60 * Minute;
// A fixed, bucket-aligned "now" keeps the tests independent of the wall clock.
constexpr qint64 Now = 1'700'000'100'000LL - 1'700'000'100'000LL % (5 * Minute);
const double Nan = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QUuid m_host = QUuid::fromString(QStringLiteral("0d4f7c2e-2b39-4c8e-a9a7-6a8f3c8d1e01"));

    QString dbPath(const char *name) { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void batchInsertAndReopen()
    {
        const QString path = dbPath("reopen.db");
        qint64 series = 0;
        {
            HistoryStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            series = *store.seriesId(m_host, QStringLiteral("CPU Temp"));
            QCOMPARE(*store.seriesId(m_host, QStringLiteral("CPU Temp")), series);
            std::vector<HistorySample> batch;
            for (int i = 0; i < 1000; ++i) // more than one multi-row chunk plus a remainder
                batch.push_back({series, Now - 1000 * Second + i * Second, double(i)});
            QVERIFY(store.insert(batch));
        }
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(*store.seriesId(m_host, QStringLiteral("CPU Temp")), series);
        const auto data = store.query(series, Now - 1000 * Second, Now, 5000);
        QVERIFY(data);
        QCOMPARE(data->points.size(), 1000); // sparse enough: every sample comes back
        QCOMPARE(data->points.first().value, 0.0);
        QCOMPARE(data->points.last().value, 999.0);
        QCOMPARE(data->points.last().timestampMs, Now - Second);
    }

    void downsamplingKeepsSpikesAndGaps()
    {
        HistoryStore store;
        QVERIFY(store.open(dbPath("spike.db")));
        const qint64 series = *store.seriesId(m_host, QStringLiteral("Fan 1"));
        std::vector<HistorySample> batch;
        const qint64 start = Now - Day;
        for (qint64 t = start; t < Now; t += 10 * Second)
            batch.push_back({series, t, 50.0});
        batch[4321].value = 97.5; // one sample spike
        batch[6000].value = 3.0;  // one sample dip
        for (std::size_t i = 7000; i < 7010; ++i)
            batch[i].value = Nan; // polling failed for 100 s
        QVERIFY(store.insert(batch));

        const auto data = store.query(series, start, Now - 1, 200);
        QVERIFY(data);
        QVERIFY(data->points.size() <= 200);
        double lo = 1e9, hi = -1e9;
        for (const HistoryPoint &p : data->points) {
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
            QVERIFY(!std::isnan(p.value));
        }
        QCOMPARE(hi, 97.5);
        QCOMPARE(lo, 3.0);
        QCOMPARE(data->gaps.size(), 1);
        QCOMPARE(data->gaps.first().fromMs, batch[7000].timestampMs);
        QCOMPARE(data->gaps.first().toMs, batch[7009].timestampMs);
    }

    void retentionRollupMath()
    {
        RetentionPolicy policy;
        policy.rawKeepMs = Day;
        policy.chunkMs = 60 * Minute; // several chunks for the two days below
        HistoryStore store(policy);
        QVERIFY(store.open(dbPath("rollup.db")));
        const qint64 series = *store.seriesId(m_host, QStringLiteral("Inlet"));
        std::vector<HistorySample> batch;
        const qint64 start = Now - 2 * Day;
        for (qint64 t = start; t < Now; t += 30 * Second) // 10 samples per 5-minute bucket
            batch.push_back({series, t, double((t - start) / (30 * Second) % 10)});
        batch[20].value = Nan; // third bucket: one gap, values 1..9
        for (std::size_t i = 30; i < 40; ++i)
            batch[i].value = Nan; // fourth bucket: gaps only
        QVERIFY(store.insert(batch));

        const RetentionReport report = store.applyRetention(Now);
        QVERIFY2(report.ok, qPrintable(store.errorString()));
        QCOMPARE(report.rolledBuckets, 2 * 288);
        QCOMPARE(report.deletedSamples, qint64(288 * 10)); // the older day
        QVERIFY(report.transactions > 2 * 24);

        const auto rollups = store.rollups(series, start, Now);
        QVERIFY(rollups);
        QCOMPARE(rollups->size(), 2 * 288);
        const HistoryRollup first = rollups->at(0);
        QCOMPARE(first.timestampMs, start);
        QCOMPARE(first.min, 0.0);
        QCOMPARE(first.max, 9.0);
        QCOMPARE(first.mean, 4.5);
        QCOMPARE(first.count, 10);
        QCOMPARE(rollups->at(2).min, 1.0);
        QCOMPARE(rollups->at(2).mean, 5.0);
        QCOMPARE(rollups->at(2).gaps, 1);
        QVERIFY(std::isnan(rollups->at(3).mean));
        QCOMPARE(rollups->at(3).gaps, 10);

        // A second run has nothing left to do.
        const RetentionReport again = store.applyRetention(Now);
        QCOMPARE(again.rolledBuckets, 0);
        QCOMPARE(again.deletedSamples, 0);

        // Rollups expire after their own keep time.
        RetentionPolicy shortPolicy = policy;
        shortPolicy.rollupKeepMs = Day + 12 * 60 * Minute;
        HistoryStore other(shortPolicy);
        QVERIFY(other.open(dbPath("rollup.db")));
        QCOMPARE(other.applyRetention(Now).deletedRollups, qint64(144));
    }

    void queryMergesRollupsAndRawAtTheBoundary()
    {
        RetentionPolicy policy;
        policy.rawKeepMs = Day;
        HistoryStore store(policy);
        QVERIFY(store.open(dbPath("boundary.db")));
        const qint64 series = *store.seriesId(m_host, QStringLiteral("PSU"));
        std::vector<HistorySample> batch;
        const qint64 start = Now - 3 * Day;
        for (qint64 t = start; t < Now; t += Minute)
            batch.push_back({series, t, 10.0});
        batch[100].value = 80.0;                    // old spike: survives only in a rollup
        batch[batch.size() - 100].value = -5.0;     // recent dip: raw
        batch[200].value = Nan;                     // old gap
        QVERIFY(store.insert(batch));
        QVERIFY(store.applyRetention(Now).ok);

        for (int maxPoints : {60, 4000}) { // wide buckets (rollups) and narrow (raw + rollups)
            const auto data = store.query(series, start, Now, maxPoints);
            QVERIFY(data);
            QVERIFY(data->points.size() <= maxPoints);
            double lo = 1e9, hi = -1e9;
            qint64 last = 0;
            for (const HistoryPoint &p : data->points) {
                lo = std::min(lo, p.value);
                hi = std::max(hi, p.value);
                QVERIFY(p.timestampMs >= last); // one ordered series, no overlap
                last = p.timestampMs;
            }
            QCOMPARE(hi, 80.0);
            QCOMPARE(lo, -5.0);
            QCOMPARE(data->gaps.size(), 1);
            QVERIFY(data->gaps.first().fromMs <= batch[200].timestampMs);
            QVERIFY(data->gaps.first().toMs >= batch[200].timestampMs);
        }
        // Narrow buckets over the boundary: every minute of the last day is raw, older
        // minutes come back as one point per 5-minute rollup.
        const qint64 boundary = Now - Day;
        const auto near = store.query(series, boundary - 60 * Minute, boundary + 60 * Minute - 1, 1000);
        QVERIFY(near);
        QCOMPARE(near->points.size(), 12 + 60);

        // A late sample behind the rollups is folded in by the next retention run.
        QVERIFY(store.insert({{series, Now - 6 * 60 * Minute + 7 * Second, 1000.0}}));
        QVERIFY(store.applyRetention(Now).ok);
        const auto late = store.rollups(series, Now - 6 * 60 * Minute, Now - 6 * 60 * Minute + 1);
        QCOMPARE(late->first().max, 1000.0);
        QCOMPARE(late->first().count, 6);
    }

    void eventsByRange()
    {
        HistoryStore store;
        QVERIFY(store.open(dbPath("events.db")));
        const QUuid other = QUuid::createUuid();
        QVERIFY(store.addEvents(m_host, {{Now - 3 * Minute, 7, HistoryEvent::Severity::Critical,
                                          QStringLiteral("PSU 1 failure")},
                                         {Now - Minute, 8, HistoryEvent::Severity::Info,
                                          QStringLiteral("Power on")}}));
        QVERIFY(store.addEvents(other, {{Now - Minute, 1, HistoryEvent::Severity::Warning,
                                         QStringLiteral("other host")}}));
        const auto events = store.events(m_host, Now - 2 * Minute, Now);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().text, QStringLiteral("Power on"));
        QCOMPARE(store.events(m_host, 0, Now)->size(), 2);
        QCOMPARE(store.events(QUuid::createUuid(), 0, Now)->size(), 0);
    }

    void corruptOrForeignFileIsRefused()
    {
        const QString garbage = dbPath("garbage.db");
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = QByteArray("this is not SQLite at all ").repeated(200);
        file.write(bytes);
        file.close();
        HistoryStore store;
        QVERIFY(!store.open(garbage));
        QVERIFY2(store.errorString().contains(QStringLiteral("damaged")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QStringLiteral("garbage.db")));
        QVERIFY(!store.isOpen());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);

        // A healthy database whose header was overwritten.
        const QString damaged = dbPath("damaged.db");
        {
            HistoryStore good;
            QVERIFY(good.open(damaged));
        }
        QFile db(damaged);
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.write(QByteArray(100, '\xff'));
        db.close();
        QVERIFY(!store.open(damaged));
        QVERIFY(!store.errorString().isEmpty());
    }

    void upgradeFromVersion1BuildsCoarseRollups()
    {
        // A version 1 file (no coarse rollups) with two days of 5-minute rollups only.
        const QString path = dbPath("v1.db");
        const qint64 start = Now - 2 * Day;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"PRAGMA application_id = 1112359760",
                  "CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID",
                  "INSERT INTO meta VALUES ('schema_version', 1)",
                  "CREATE TABLE host(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE)",
                  "CREATE TABLE series(id INTEGER PRIMARY KEY, host INTEGER NOT NULL, sensor TEXT "
                  "NOT NULL, raw_from INTEGER NOT NULL DEFAULT 0, rollup_until INTEGER NOT NULL "
                  "DEFAULT 0, UNIQUE(host, sensor))",
                  "CREATE TABLE sample(series INTEGER NOT NULL, ts INTEGER NOT NULL, value REAL, "
                  "PRIMARY KEY(series, ts)) WITHOUT ROWID",
                  "CREATE TABLE rollup(series INTEGER NOT NULL, ts INTEGER NOT NULL, lo REAL, mean "
                  "REAL, hi REAL, n INTEGER NOT NULL, gaps INTEGER NOT NULL, PRIMARY KEY(series, "
                  "ts)) WITHOUT ROWID",
                  "CREATE TABLE event(host INTEGER NOT NULL, ts INTEGER NOT NULL, record INTEGER NOT "
                  "NULL, severity INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY(host, ts, "
                  "record)) WITHOUT ROWID",
                  "INSERT INTO host VALUES (1, '0d4f7c2e-2b39-4c8e-a9a7-6a8f3c8d1e01')"})
                QVERIFY2(q.exec(QLatin1String(sql)), sql);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO series VALUES (1, 1, 'Fan', %1, %1)").arg(Now)));
            for (qint64 t = start; t < Now; t += 5 * Minute) {
                const double v = t == start + 300 * Minute ? 99.0 : 20.0;
                const int gaps = t == start + Day ? 3 : 0;
                QVERIFY(q.exec(QStringLiteral("INSERT INTO rollup VALUES (1, %1, %2, %2, %2, 5, %3)")
                                   .arg(t)
                                   .arg(v)
                                   .arg(gaps)));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const qint64 series = *store.seriesId(m_host, QStringLiteral("Fan"));
        QCOMPARE(series, 1);
        const auto data = store.query(series, start, Now - 1, 40); // 2.4 h buckets: coarse
        QVERIFY(data);
        QVERIFY(!data->points.isEmpty());
        QVERIFY(data->points.size() <= 40);
        double hi = -1e9;
        for (const HistoryPoint &p : data->points)
            hi = std::max(hi, p.value);
        QCOMPARE(hi, 99.0);
        QCOMPARE(data->gaps.size(), 1);
        QVERIFY(data->gaps.first().fromMs <= start + Day);
        QVERIFY(data->gaps.first().toMs >= start + Day);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
