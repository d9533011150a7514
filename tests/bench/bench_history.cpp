// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore benchmark: batch insert rate, 30-day chart fetch, database size.
//   bench_history [days=30] [sensors=10] [interval_s=10]
#include "model/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <vector>

namespace {

QTextStream out(stdout);

void figure(const char *name, double value, const char *unit, const char *target)
{
    out << name << ": " << QString::number(value, 'f', value < 10 ? 2 : 0) << ' ' << unit;
    if (target && *target)
        out << " (target " << target << ')';
    out << Qt::endl;
}

qint64 fileSize(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int days = args.size() > 1 ? args.at(1).toInt() : 30;
    const int sensors = args.size() > 2 ? args.at(2).toInt() : 10;
    const int intervalS = args.size() > 3 ? args.at(3).toInt() : 10;
    const qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 stepMs = qint64(intervalS) * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 300000 * 300000;
    const qint64 start = now - days * dayMs;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    HistoryStore store;
    if (!store.open(path)) {
        out << store.errorString() << Qt::endl;
        return 1;
    }
    const QUuid host = QUuid::createUuid();
    std::vector<qint64> series;
    for (int s = 0; s < sensors; ++s)
        series.push_back(*store.seriesId(host, QStringLiteral("sensor %1").arg(s)));

    out << "bench_history: " << days << " days, " << sensors << " sensors, one sample per "
        << intervalS << " s, database in " << QDir::toNativeSeparators(dir.path()) << Qt::endl;

    // The poller writes one batch per polling round; here a batch is 10 minutes of all
    // sensors (600 samples at the defaults), the size a busy poller would reach.
    const qint64 batchSpan = 600 * 1000;
    std::vector<HistorySample> batch;
    qint64 inserted = 0;
    QElapsedTimer timer;
    timer.start();
    for (qint64 t0 = start; t0 < now; t0 += batchSpan) {
        batch.clear();
        for (qint64 t = t0; t < std::min(now, t0 + batchSpan); t += stepMs) {
            for (int s = 0; s < sensors; ++s) {
                const double phase = double(t % dayMs) / double(dayMs) * 6.283185307;
                batch.push_back({series[std::size_t(s)], t, 40.0 + 10.0 * std::sin(phase) + s});
            }
        }
        if (!store.insert(batch)) {
            out << store.errorString() << Qt::endl;
            return 1;
        }
        inserted += qint64(batch.size());
    }
    const double insertSeconds = double(timer.nsecsElapsed()) / 1e9;
    figure("insert_rate", double(inserted) / insertSeconds, "samples/s", ">= 200000");
    figure("insert_samples", double(inserted), "samples", "");

    timer.restart();
    const RetentionReport report = store.applyRetention(now);
    if (!report.ok) {
        out << store.errorString() << Qt::endl;
        return 1;
    }
    figure("retention_time", double(timer.nsecsElapsed()) / 1e6, "ms", "");
    figure("retention_rollups", double(report.rolledBuckets), "rows", "");
    figure("retention_deleted", double(report.deletedSamples), "samples", "");

    // Chart fetch: every sensor's full range at 2,000 points. Best of 5 runs (a chart
    // refetches on every zoom, so warm caches are the usual case); the first run is
    // reported too.
    const auto fetchAll = [&](qint64 from, qint64 to) {
        QElapsedTimer fetch;
        fetch.start();
        qint64 points = 0;
        for (qint64 id : series)
            points += store.query(id, from, to, 2000)->points.size();
        return std::pair{double(fetch.nsecsElapsed()) / 1e6, points};
    };
    const auto [coldMs, coldPoints] = fetchAll(start, now);
    double best = coldMs;
    for (int run = 0; run < 4; ++run)
        best = std::min(best, fetchAll(start, now).first);
    figure("fetch_30d_first", coldMs, "ms", "");
    figure("fetch_30d", best, "ms", "<= 50");
    figure("fetch_30d_points", double(coldPoints), "points", "<= 20000");
    // Narrow window (raw samples only): the last day at 2,000 points per sensor.
    const auto [dayMsTaken, dayPoints] = fetchAll(now - dayMs, now);
    figure("fetch_1d_raw", dayMsTaken, "ms", "");
    figure("fetch_1d_raw_points", double(dayPoints), "points", "");

    store.close();
    figure("db_size", double(fileSize(path)) / (1024.0 * 1024.0), "MiB", "");
    return 0;
}
