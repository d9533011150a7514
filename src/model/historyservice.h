// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QObject>
#include <QThread>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class HistoryStore;

// The sensor history for the rest of the application: a HistoryStore on a thread of its
// own, so no database work ever runs on the GUI thread. Writes are queued; queries answer
// through a callback in the caller's context; retention runs on that thread hourly.
//
// Series are named by (host, sensor key); the service maps them to store ids.
//
// Threading contract: call from the thread the service lives in (the GUI thread).
// Callbacks run in the context object's thread and are dropped if it is gone.
// Lifetime/teardown: the destructor finishes queued writes, closes the database and
// joins the thread.
class HistoryService : public QObject
{
    Q_OBJECT

public:
    struct SeriesKey
    {
        QUuid host;
        QString sensor;
    };
    struct Reading
    {
        QString sensor;
        double value = 0.0; // NaN records a failed poll (a gap in the chart)
    };

    explicit HistoryService(RetentionPolicy policy = {}, QObject *parent = nullptr);
    ~HistoryService() override;

    // Opens (or creates) the database; done(errorText) gets an empty text on success.
    void open(const QString &path, QObject *context, std::function<void(QString error)> done);
    void setRetention(const RetentionPolicy &policy);

    // One sweep of one host, all at the same time.
    void record(const QUuid &host, qint64 timestampMs, const QList<Reading> &readings);
    void addEvents(const QUuid &host, const QList<HistoryEvent> &events);

    // One result per key, in order; nothing for a series that has no data or failed.
    using QueryCallback = std::function<void(QList<std::optional<HistorySeriesData>>)>;
    void query(const QList<SeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints, QObject *context,
               QueryCallback done);
    void events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context,
                std::function<void(QList<HistoryEvent>)> done);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker;
};
