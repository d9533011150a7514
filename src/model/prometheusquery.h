// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QJsonArray;
struct ServerEntry;

// The pure part of reading sensor history from Prometheus: PromQL selectors under the
// label contract bmcpilotd and the ipmi_exporter follow, the step of a range query, the
// HTTP API's URLs, its JSON answers, and its failures as sentences. No I/O.
//
// Label contract: a sensor's series has one of the ipmi_exporter's names
// (ipmi_temperature_celsius, ipmi_fan_speed_rpm, ipmi_voltage_volts, ipmi_current_amperes,
// ipmi_power_watts, ipmi_sensor_value) with labels name="<sensor name>" and
// target="<host>:<port>" (IPv6 as [address]:port, the local interface as "local"). The
// same selector finds bmcpilotd's /metrics and the exporter form, whose scrape
// configuration relabels __param_target into target.
//
// Downsampling: a range query answers one point per step. Up to RawStepLimitMs the raw
// series is sampled at each step (scrape intervals are shorter, so little is lost); beyond,
// two queries ask for the minimum and maximum over each step, so spikes survive as they
// do in HistoryStore. Prometheus refuses more than MaxPointsPerQuery points per series:
// longer spans get a coarser step.
class PrometheusQuery
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusQuery)

public:
    static constexpr int MaxPointsPerQuery = 11'000;
    static constexpr qint64 MinStepMs = 1'000;
    static constexpr qint64 RawStepLimitMs = 60'000;
    static inline const QString SensorMetrics = QStringLiteral(
        "ipmi_(temperature_celsius|fan_speed_rpm|voltage_volts|current_amperes|power_watts|sensor_value)");

    enum class Aggregate { Raw, Min, Max };
    struct Range
    {
        QString expression;
        // The instants Prometheus evaluates at: multiples of stepMs. A Min or Max point at t
        // covers (t - step, t] and is shown at the start of that bucket.
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 stepMs = 0;
        Aggregate aggregate = Aggregate::Raw;
    };

    // A PromQL string literal: double quotes, with backslash, quote and control
    // characters escaped.
    static QString quoted(const QString &value);
    // {__name__=~"ipmi_(...)",target="...",name="..."}
    static QString sensorSelector(const QString &target, const QString &sensorName);
    // The target label of a server: "host:port", "[v6]:port", or "local".
    static QString targetLabel(const ServerEntry &server);

    // The queries for one sensor over [fromMs, toMs] at about maxPoints points: one (raw)
    // or two (minimum, maximum). Each answers at most MaxPointsPerQuery points.
    static QList<Range> sensorRanges(const QString &target, const QString &sensorName, qint64 fromMs, qint64 toMs,
                                     int maxPoints);
    // A raw query over one bucket of a Min/Max answer, as fine as Prometheus allows, whose
    // first point tells when the bucket's data starts.
    static Range firstSampleRange(const QString &selector, qint64 bucketMs, qint64 bucketStepMs);
    // The step for `buckets` points over [fromMs, toMs]: whole seconds at least, and
    // coarse enough for MaxPointsPerQuery.
    static qint64 stepFor(qint64 fromMs, qint64 toMs, int buckets);

    // Empty when url can be a Prometheus server's base address; else a sentence.
    static QString checkBaseUrl(const QUrl &url);
    // base + "/api/v1/<endpoint>" (keeping a path prefix such as /prometheus) with the query.
    static QUrl apiUrl(const QUrl &base, const QString &endpoint, const QList<QPair<QString, QString>> &query);
    static QUrl rangeUrl(const QUrl &base, const Range &range);
    // Seconds since the epoch as the API takes them ("1700000000.25").
    static QString seconds(qint64 ms);

    struct Matrix
    {
        QList<QList<HistoryPoint>> series; // one list per series of the answer, in time order
        QString error;                     // a sentence when the answer is not a matrix
    };
    static Matrix parseMatrix(const QByteArray &body);
    // data of a "success" answer that is an array (series, label values); error otherwise.
    static QString parseArray(const QByteArray &body, QJsonArray *data);
    // The answers of sensorRanges() as the chart takes them: a Min and a Max answer
    // interleave (minimum then maximum at each time); a missing step is a gap.
    static HistorySeriesData combine(const QList<Range> &ranges, const QList<QList<HistoryPoint>> &answers);
    // Moves the points at bucketMs (a bucket's minimum and maximum) to toMs, its first
    // sample, when that is later.
    static void moveBucket(HistorySeriesData &data, qint64 bucketMs, qint64 toMs);

    // Why a request failed, as a sentence: networkError is QNetworkReply::NetworkError,
    // httpStatus 0 when no HTTP answer came, sslErrors the certificate problems reported.
    static QString describeFailure(const QUrl &url, int networkError, const QString &networkText, int httpStatus,
                                   const QByteArray &body, const QStringList &sslErrors);
    static QString noSeries(const QString &sensorName, const QString &serverName);
};
