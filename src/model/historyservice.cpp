// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyservice.h"

#include "historystore.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

// Owns the store in the history thread; every method runs there.
class HistoryService::Worker : public QObject
{
public:
    explicit Worker(RetentionPolicy policy) : m_store(std::make_unique<HistoryStore>(policy)) {}

    QString open(const QString &path)
    {
        m_path = path;
        if (!m_store->open(path))
            return m_store->errorString();
        if (!m_retention) {
            m_retention = new QTimer(this);
            m_retention->setInterval(std::chrono::hours(1));
            connect(m_retention, &QTimer::timeout, this, [this] { applyRetention(); });
            m_retention->start();
        }
        applyRetention();
        return {};
    }

    void setRetention(const RetentionPolicy &policy)
    {
        const bool wasOpen = m_store->isOpen();
        const QString path = m_path;
        m_store = std::make_unique<HistoryStore>(policy);
        m_series.clear();
        if (wasOpen)
            open(path);
    }

    void record(const QUuid &host, qint64 timestampMs, const QList<Reading> &readings)
    {
        if (!m_store->isOpen())
            return;
        std::vector<HistorySample> samples;
        samples.reserve(static_cast<std::size_t>(readings.size()));
        for (const Reading &reading : readings) {
            if (const auto series = seriesId(host, reading.sensor))
                samples.push_back({*series, timestampMs, reading.value});
        }
        m_store->insert(samples);
    }

    void addEvents(const QUuid &host, const QList<HistoryEvent> &events)
    {
        if (m_store->isOpen())
            m_store->addEvents(host, events);
    }

    QList<std::optional<HistorySeriesData>> query(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                                  int maxPoints)
    {
        QList<std::optional<HistorySeriesData>> results;
        for (const SeriesKey &key : keys) {
            const auto series = m_store->isOpen() ? seriesId(key.host, key.sensor) : std::nullopt;
            results << (series ? m_store->query(*series, fromMs, toMs, std::max(2, maxPoints)) : std::nullopt);
        }
        return results;
    }

    QList<HistoryEvent> events(const QUuid &host, qint64 fromMs, qint64 toMs)
    {
        return m_store->isOpen() ? m_store->events(host, fromMs, toMs).value_or(QList<HistoryEvent>()) : QList<HistoryEvent>();
    }

private:
    std::optional<qint64> seriesId(const QUuid &host, const QString &sensor)
    {
        const QString key = host.toString() + QLatin1Char('|') + sensor;
        if (const auto found = m_series.constFind(key); found != m_series.constEnd())
            return *found;
        const auto id = m_store->seriesId(host, sensor);
        if (id)
            m_series.insert(key, *id);
        return id;
    }

    void applyRetention() { m_store->applyRetention(QDateTime::currentMSecsSinceEpoch()); }

    std::unique_ptr<HistoryStore> m_store;
    QHash<QString, qint64> m_series;
    QTimer *m_retention = nullptr;
    QString m_path;
};

namespace {

template<typename Fn>
void postTo(const QPointer<QObject> &context, Fn fn)
{
    if (context)
        QMetaObject::invokeMethod(
            context.data(), [context, fn = std::move(fn)]() mutable {
                if (context)
                    fn();
            },
            Qt::QueuedConnection);
}

} // namespace

HistoryService::HistoryService(RetentionPolicy policy, QObject *parent)
    : QObject(parent), m_worker(new Worker(policy))
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

HistoryService::~HistoryService()
{
    m_thread.quit(); // queued writes run first: quit() is handled after them
    m_thread.wait();
}

void HistoryService::open(const QString &path, QObject *context, std::function<void(QString)> done)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path, context = QPointer<QObject>(context),
                                         done = std::move(done)] {
        postTo(context, [done, error = worker->open(path)] { done(error); });
    });
}

void HistoryService::setRetention(const RetentionPolicy &policy)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, policy] { worker->setRetention(policy); });
}

void HistoryService::record(const QUuid &host, qint64 timestampMs, const QList<Reading> &readings)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, host, timestampMs, readings] {
        worker->record(host, timestampMs, readings);
    });
}

void HistoryService::addEvents(const QUuid &host, const QList<HistoryEvent> &events)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, host, events] { worker->addEvents(host, events); });
}

void HistoryService::query(const QList<SeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints,
                           QObject *context, QueryCallback done)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, series, fromMs, toMs, maxPoints,
                                         context = QPointer<QObject>(context), done = std::move(done)] {
        postTo(context, [done, results = worker->query(series, fromMs, toMs, maxPoints)] { done(results); });
    });
}

void HistoryService::events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context,
                            std::function<void(QList<HistoryEvent>)> done)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, host, fromMs, toMs,
                                         context = QPointer<QObject>(context), done = std::move(done)] {
        postTo(context, [done, events = worker->events(host, fromMs, toMs)] { done(events); });
    });
}
