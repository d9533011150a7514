// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheushistorysource.h"

#include "prometheusquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>

// The answers of one query() call, filled in as its requests finish.
struct PrometheusHistorySource::Pending
{
    QList<HistoryAnswer> answers;
    int remaining = 0;
    QPointer<QObject> context;
    QueryCallback done;

    void finishOne()
    {
        if (--remaining == 0 && context)
            done(answers);
    }
};

PrometheusHistorySource::PrometheusHistorySource(PrometheusConnection connection, TargetResolver resolver,
                                                 QObject *parent)
    : HistorySource(parent), m_connection(std::move(connection)), m_resolver(std::move(resolver))
{}

PrometheusHistorySource::~PrometheusHistorySource()
{
    // Their callbacks refer to this object: they must not run once it is gone.
    for (QNetworkReply *reply : m_network.findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void PrometheusHistorySource::get(const QUrl &url, std::function<void(QByteArray, QString)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    // Credentials never follow a redirect to another server.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (m_connection.auth != PrometheusConnection::Auth::None) {
        QByteArray value;
        if (m_connection.auth == PrometheusConnection::Auth::Basic) {
            QByteArray pair = m_connection.user.toUtf8() + ':' + m_connection.secret.toByteArray();
            value = "Basic " + pair.toBase64();
            SecretValue::wipe(pair);
        } else {
            QByteArray token = m_connection.secret.toByteArray();
            value = "Bearer " + token;
            SecretValue::wipe(token);
        }
        request.setRawHeader("Authorization", value);
        SecretValue::wipe(value);
    }
    QNetworkReply *reply = m_network.get(request);
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            *sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, url, sslErrors, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() == QNetworkReply::NoError && status == 200)
            done(body, {});
        else
            done({}, PrometheusQuery::describeFailure(url, reply->error(), reply->errorString(), status, body,
                                                      *sslErrors));
    });
}

void PrometheusHistorySource::query(const QList<HistorySeriesKey> &series, qint64 fromMs, qint64 toMs,
                                    int maxPoints, QObject *context, QueryCallback done)
{
    auto pending = std::make_shared<Pending>();
    pending->answers.resize(series.size());
    pending->remaining = static_cast<int>(series.size()) + 1; // +1: until every request is sent
    pending->context = context;
    pending->done = std::move(done);
    if (const QString bad = PrometheusQuery::checkBaseUrl(m_connection.url); !bad.isEmpty()) {
        for (HistoryAnswer &answer : pending->answers)
            answer.error = bad;
        pending->remaining = 1;
    } else {
        for (int i = 0; i < series.size(); ++i)
            querySeries(pending, i, series[i], fromMs, toMs, maxPoints);
    }
    // Answer later, never inside this call, even when no request went out.
    QMetaObject::invokeMethod(this, [pending] { pending->finishOne(); }, Qt::QueuedConnection);
}

void PrometheusHistorySource::querySeries(const std::shared_ptr<Pending> &pending, int index,
                                          const HistorySeriesKey &key, qint64 fromMs, qint64 toMs, int maxPoints)
{
    const std::optional<Target> target = m_resolver ? m_resolver(key.host) : std::nullopt;
    if (!target) {
        pending->answers[index].error = tr("The server of sensor %1 is no longer in the server list.").arg(key.sensor);
        pending->finishOne();
        return;
    }
    // Never past now: Prometheus would repeat the last sample at future steps (its lookback).
    const qint64 until = std::max(fromMs, std::min(toMs, QDateTime::currentMSecsSinceEpoch()));
    const QList<PrometheusQuery::Range> ranges =
        PrometheusQuery::sensorRanges(target->label, key.sensor, fromMs, until, maxPoints);
    auto answers = std::make_shared<QList<QList<HistoryPoint>>>(ranges.size());
    auto remaining = std::make_shared<int>(static_cast<int>(ranges.size()));
    auto failed = std::make_shared<QString>();
    const QString selector = PrometheusQuery::sensorSelector(target->label, key.sensor);
    for (int r = 0; r < ranges.size(); ++r) {
        get(PrometheusQuery::rangeUrl(m_connection.url, ranges[r]),
            [this, pending, index, ranges, answers, remaining, failed, r, selector, key,
             serverName = target->serverName](const QByteArray &body, const QString &error) {
                if (error.isEmpty()) {
                    PrometheusQuery::Matrix matrix = PrometheusQuery::parseMatrix(body);
                    if (matrix.error.isEmpty())
                        (*answers)[r] = matrix.series.value(0);
                    else if (failed->isEmpty())
                        *failed = matrix.error;
                } else if (failed->isEmpty()) {
                    *failed = error;
                }
                if (--*remaining > 0)
                    return;
                if (!failed->isEmpty()) {
                    pending->answers[index].error = *failed;
                    pending->finishOne();
                    return;
                }
                HistorySeriesData data = PrometheusQuery::combine(ranges, *answers);
                if (data.points.isEmpty()) {
                    checkExists(pending, index, selector, key.sensor, serverName);
                } else if (ranges.first().aggregate != PrometheusQuery::Aggregate::Raw) {
                    refineFirstBucket(pending, index, selector, ranges.first().stepMs, std::move(data));
                } else {
                    pending->answers[index].data = std::move(data);
                    pending->finishOne();
                }
            });
    }
}

// A bucket's points stand at its start, as HistoryStore puts them at its first sample; for
// the first bucket the difference shows (where the data starts: the History page chooses
// its range by it), so one fine query finds that bucket's first sample.
void PrometheusHistorySource::refineFirstBucket(const std::shared_ptr<Pending> &pending, int index,
                                                const QString &selector, qint64 stepMs, HistorySeriesData data)
{
    const qint64 bucket = data.points.first().timestampMs;
    const PrometheusQuery::Range fine = PrometheusQuery::firstSampleRange(selector, bucket, stepMs);
    auto shared = std::make_shared<HistorySeriesData>(std::move(data));
    get(PrometheusQuery::rangeUrl(m_connection.url, fine), [pending, index, shared, bucket](const QByteArray &body,
                                                                                                 const QString &error) {
        if (error.isEmpty()) {
            const PrometheusQuery::Matrix matrix = PrometheusQuery::parseMatrix(body);
            if (!matrix.series.value(0).isEmpty())
                PrometheusQuery::moveBucket(*shared, bucket, matrix.series[0].first().timestampMs);
        } // without the refinement the bucket keeps its start: still right, just coarser
        pending->answers[index].data = std::move(*shared);
        pending->finishOne();
    });
}

// Nothing in the range: does the series exist at all?
void PrometheusHistorySource::checkExists(const std::shared_ptr<Pending> &pending, int index,
                                          const QString &selector, const QString &sensor, const QString &serverName)
{
    get(PrometheusQuery::apiUrl(m_connection.url, QStringLiteral("series"), {{QStringLiteral("match[]"), selector}}),
        [pending, index, sensor, serverName](const QByteArray &body, const QString &error) {
            QJsonArray series;
            QString problem = error.isEmpty() ? PrometheusQuery::parseArray(body, &series) : error;
            if (problem.isEmpty() && series.isEmpty())
                problem = PrometheusQuery::noSeries(sensor, serverName);
            pending->answers[index].error = problem; // empty: the series exists, just not in this range
            pending->finishOne();
        });
}

void PrometheusHistorySource::events(const QUuid &, qint64, qint64, QObject *context, EventsCallback done)
{
    QMetaObject::invokeMethod(
        this, [context = QPointer<QObject>(context), done = std::move(done)] {
            if (context)
                done({});
        },
        Qt::QueuedConnection);
}

void PrometheusHistorySource::probe(QObject *context, std::function<void(Probe)> done)
{
    const QPointer<QObject> guard(context);
    auto finish = [guard, done = std::move(done)](const Probe &probe) {
        if (guard)
            done(probe);
    };
    if (const QString bad = PrometheusQuery::checkBaseUrl(m_connection.url); !bad.isEmpty()) {
        QMetaObject::invokeMethod(this, [finish, bad] { finish({bad, {}, {}}); }, Qt::QueuedConnection);
        return;
    }
    const QString sensors = QStringLiteral("{__name__=~%1}").arg(PrometheusQuery::quoted(PrometheusQuery::SensorMetrics));
    get(PrometheusQuery::apiUrl(m_connection.url, QStringLiteral("label/target/values"),
                                {{QStringLiteral("match[]"), sensors}}),
        [this, finish](const QByteArray &body, const QString &error) {
            Probe probe;
            QJsonArray targets;
            probe.error = error.isEmpty() ? PrometheusQuery::parseArray(body, &targets) : error;
            if (!probe.error.isEmpty()) {
                finish(probe);
                return;
            }
            for (const QJsonValue &target : std::as_const(targets))
                probe.targets << target.toString();
            probe.targets.sort();
            // The version is a courtesy: servers that speak the API without it still work.
            get(PrometheusQuery::apiUrl(m_connection.url, QStringLiteral("status/buildinfo"), {}),
                [finish, probe](const QByteArray &info, const QString &infoError) mutable {
                    if (infoError.isEmpty())
                        probe.version = QJsonDocument::fromJson(info)
                                            .object()
                                            .value(QStringLiteral("data"))
                                            .toObject()
                                            .value(QStringLiteral("version"))
                                            .toString();
                    finish(probe);
                });
        });
}
