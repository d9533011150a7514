// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

// One sensor of one server, as the history knows it (the sensor key of SensorMonitor).
struct HistorySeriesKey
{
    QUuid host;
    QString sensor;
};

// What a source found for one series: data, or nothing and why.
struct HistoryAnswer
{
    std::optional<HistorySeriesData> data; // nullopt: nothing for this series
    QString error; // a sentence when the source failed or lacks the series; empty for "no data"
};

// Where the history chart and its exports read sensor history from: the local SQLite
// store (LocalHistorySource, the default) or a Prometheus server
// (PrometheusHistorySource); HistorySources chooses one per group of servers.
//
// Threading contract: a GUI-thread object; the callbacks run in the context object's
// thread, later (never inside the call), and are dropped when the context is gone.
class HistorySource : public QObject
{
    Q_OBJECT

public:
    using QueryCallback = std::function<void(QList<HistoryAnswer>)>;
    using EventsCallback = std::function<void(QList<HistoryEvent>)>;

    using QObject::QObject;
    ~HistorySource() override = default;

    // One answer per key, in order: points of [fromMs, toMs], at most maxPoints per series
    // (each bucket's minimum and maximum, as HistoryStore::query() gives them).
    virtual void query(const QList<HistorySeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints,
                       QObject *context, QueryCallback done) = 0;
    // The SEL events of one server in [fromMs, toMs].
    virtual void events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context, EventsCallback done) = 0;

Q_SIGNALS:
    // Where some series are read from changed: ask again.
    void changed();
};
