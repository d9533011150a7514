// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// Plain values that HistoryStore takes and returns; safe to copy across threads.
// All timestamps are milliseconds since the Unix epoch (UTC).

// One reading. A NaN value records that polling failed at that time (a gap).
struct HistorySample
{
    qint64 series = 0; // from HistoryStore::seriesId()
    qint64 timestampMs = 0;
    double value = 0.0;
};

struct HistoryPoint
{
    qint64 timestampMs = 0;
    double value = 0.0;
};

// A span in which at least one poll failed; charts break the line and shade it.
struct HistoryGap
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// The result of a range query: at most maxPoints points in time order (each time bucket
// contributes its minimum then its maximum at the bucket's first sample time, so spikes
// survive downsampling) plus the gaps in the range, merged.
struct HistorySeriesData
{
    QList<HistoryPoint> points;
    QList<HistoryGap> gaps;
};

// One 5-minute (by default) aggregate kept after raw samples expire.
struct HistoryRollup
{
    qint64 timestampMs = 0; // bucket start
    double min = 0.0;       // NaN when the bucket holds only gaps
    double mean = 0.0;
    double max = 0.0;
    int count = 0; // valid samples
    int gaps = 0;  // failed polls
};

struct HistoryEvent
{
    enum class Severity { Info, Warning, Critical };
    qint64 timestampMs = 0;
    int recordId = 0; // the SEL record id
    Severity severity = Severity::Info;
    QString text;

    bool operator==(const HistoryEvent &other) const = default;
};

struct RetentionPolicy
{
    qint64 rawKeepMs = 7LL * 24 * 3600 * 1000;
    qint64 rollupStepMs = 5LL * 60 * 1000;
    qint64 rollupKeepMs = 365LL * 24 * 3600 * 1000;
    // Each transaction of applyRetention() covers at most this much time of one series,
    // so a writer on another connection never waits long.
    qint64 chunkMs = 24LL * 3600 * 1000;
};

struct RetentionReport
{
    bool ok = true;
    qint64 rolledBuckets = 0;
    qint64 deletedSamples = 0;
    qint64 deletedRollups = 0;
    qint64 deletedEvents = 0;
    int transactions = 0;
};

Q_DECLARE_METATYPE(HistorySeriesData)
Q_DECLARE_METATYPE(HistoryEvent)
