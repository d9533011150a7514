// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historysource.h"
#include "model/secretvalue.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

// How to reach one Prometheus server. The secret (password or bearer token) comes from the
// Vault and lives here only in memory.
struct PrometheusConnection
{
    enum class Auth { None, Basic, Bearer };

    QUrl url; // base address, e.g. https://prometheus.example:9090 or .../prometheus
    Auth auth = Auth::None;
    QString user; // Basic only
    SecretValue secret;
};

// Sensor history read from a Prometheus server through its HTTP API (/api/v1/query_range),
// for servers that bmcpilotd or the ipmi_exporter exports (PrometheusQuery has the label
// contract). Every request is asynchronous (QNetworkAccessManager in this thread) and has
// a deadline; TLS certificates are always verified.
//
// A range without points is told apart from a missing series by /api/v1/series: the first
// is "no data in this range", the second an error naming the sensor and server. SEL
// events are not in Prometheus: events() answers none.
//
// Threading contract: a GUI-thread object; callbacks run in the context's thread, later,
// and are dropped when the context is gone. Lifetime: replies still running when this
// object is destroyed are aborted and answer nobody.
class PrometheusHistorySource : public HistorySource
{
    Q_OBJECT

public:
    struct Target
    {
        QString label;      // the target label ("10.0.0.5:623")
        QString serverName; // for messages
    };
    // The target of a server, or nullopt when it is not (or no longer) registered.
    using TargetResolver = std::function<std::optional<Target>(const QUuid &host)>;

    // What "Test connection" shows.
    struct Probe
    {
        QString error;   // empty when Prometheus answered
        QString version; // Prometheus's version, when it says
        QStringList targets; // targets that have sensor series, sorted
    };

    static constexpr int DefaultTimeoutMs = 15'000;

    PrometheusHistorySource(PrometheusConnection connection, TargetResolver resolver, QObject *parent = nullptr);
    ~PrometheusHistorySource() override;

    void query(const QList<HistorySeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints, QObject *context,
               QueryCallback done) override;
    void events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context, EventsCallback done) override;

    // Asks for Prometheus's version and the targets that have sensor series.
    void probe(QObject *context, std::function<void(Probe)> done);

    const QUrl &url() const { return m_connection.url; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    struct Pending;
    // GET url; done(body, error) with error a sentence (empty on HTTP 200).
    void get(const QUrl &url, std::function<void(QByteArray body, QString error)> done);
    void querySeries(const std::shared_ptr<Pending> &pending, int index, const HistorySeriesKey &key, qint64 fromMs,
                     qint64 toMs, int maxPoints);
    void refineFirstBucket(const std::shared_ptr<Pending> &pending, int index, const QString &selector, qint64 stepMs,
                           HistorySeriesData data);
    void checkExists(const std::shared_ptr<Pending> &pending, int index, const QString &selector,
                     const QString &sensor, const QString &serverName);

    PrometheusConnection m_connection;
    TargetResolver m_resolver;
    QNetworkAccessManager m_network;
    int m_timeoutMs = DefaultTimeoutMs;
};
