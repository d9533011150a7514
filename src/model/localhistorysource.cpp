// SPDX-License-Identifier: GPL-3.0-or-later
#include "localhistorysource.h"

#include "historyservice.h"

LocalHistorySource::LocalHistorySource(HistoryService *history, QObject *parent)
    : HistorySource(parent), m_history(history)
{}

void LocalHistorySource::query(const QList<HistorySeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints,
                               QObject *context, QueryCallback done)
{
    QList<HistoryService::SeriesKey> keys;
    keys.reserve(series.size());
    for (const HistorySeriesKey &key : series)
        keys.append({key.host, key.sensor});
    m_history->query(keys, fromMs, toMs, maxPoints, context,
                     [done = std::move(done)](QList<std::optional<HistorySeriesData>> results) {
                         QList<HistoryAnswer> answers;
                         answers.reserve(results.size());
                         for (auto &result : results)
                             answers.append({std::move(result), {}});
                         done(answers);
                     });
}

void LocalHistorySource::events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context, EventsCallback done)
{
    m_history->events(host, fromMs, toMs, context, std::move(done));
}
