// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusquery.h"

#include "serverentry.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace {

constexpr qint64 SecondMs = 1000;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

// A sample value as the API writes it: a decimal string, "NaN", "+Inf" or "-Inf".
std::optional<double> sampleValue(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    return ok ? std::optional<double>(parsed) : std::nullopt;
}

// Prometheus's own error answer ({"status":"error","errorType":...,"error":...}) as a
// sentence; empty when the body is not one.
QString prometheusError(const QJsonObject &root)
{
    if (root.value(QStringLiteral("status")).toString() != QLatin1String("error"))
        return {};
    return PrometheusQuery::tr("Prometheus refused the query: %1 (%2).")
        .arg(root.value(QStringLiteral("error")).toString(), root.value(QStringLiteral("errorType")).toString());
}

// The "data" of a success answer, or the sentence saying why there is none.
QString successData(const QByteArray &body, QJsonValue *data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return PrometheusQuery::tr("The answer is not Prometheus's HTTP API (not a JSON object: %1).")
            .arg(parseError.errorString());
    const QJsonObject root = document.object();
    if (const QString error = prometheusError(root); !error.isEmpty())
        return error;
    if (root.value(QStringLiteral("status")).toString() != QLatin1String("success"))
        return PrometheusQuery::tr("The answer is not Prometheus's HTTP API (no status).");
    *data = root.value(QStringLiteral("data"));
    return {};
}

} // namespace

QString PrometheusQuery::quoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '"': out += QLatin1String("\\\""); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString PrometheusQuery::sensorSelector(const QString &target, const QString &sensorName)
{
    return QStringLiteral("{__name__=~%1,target=%2,name=%3}")
        .arg(quoted(SensorMetrics), quoted(target), quoted(sensorName));
}

QString PrometheusQuery::targetLabel(const ServerEntry &server)
{
    if (server.interface == ServerEntry::Interface::Open)
        return QStringLiteral("local");
    const QHostAddress address(server.address);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(server.address).arg(server.port);
}

qint64 PrometheusQuery::stepFor(qint64 fromMs, qint64 toMs, int buckets)
{
    const qint64 span = std::max<qint64>(toMs - fromMs, 1);
    qint64 step = ceilDiv(span, std::max(1, buckets - 1));
    step = std::max(step, ceilDiv(span, MaxPointsPerQuery - 2)); // alignment may add a point
    return std::max(MinStepMs, ceilDiv(step, SecondMs) * SecondMs);
}

QList<PrometheusQuery::Range> PrometheusQuery::sensorRanges(const QString &target, const QString &sensorName,
                                                            qint64 fromMs, qint64 toMs, int maxPoints)
{
    const QString selector = sensorSelector(target, sensorName);
    // Steps at multiples of the step: the same instants on every refresh, so the line
    // does not shimmer while following now.
    const auto alignedDown = [&](qint64 step) { return fromMs - ((fromMs % step) + step) % step; };
    // max(): one series even when two scrape jobs (the /metrics and /ipmi forms) hold it.
    const qint64 raw = stepFor(fromMs, toMs, maxPoints);
    if (raw <= RawStepLimitMs) {
        const qint64 from = alignedDown(raw);
        return {{QStringLiteral("max(%1)").arg(selector), from, std::max(toMs, from), raw, Aggregate::Raw}};
    }
    // Buckets [from + k step, from + (k+1) step), each evaluated at its end, up to the
    // bucket that holds toMs: the last, partial bucket counts too.
    const qint64 step = stepFor(fromMs, toMs, std::max(2, maxPoints / 2));
    const qint64 first = alignedDown(step) + step;
    const qint64 last = first + ceilDiv(std::max<qint64>(toMs - first, 0), step) * step;
    const QString window = QStringLiteral("%1[%2s]").arg(selector).arg(step / SecondMs);
    return {{QStringLiteral("min(min_over_time(%1))").arg(window), first, last, step, Aggregate::Min},
            {QStringLiteral("max(max_over_time(%1))").arg(window), first, last, step, Aggregate::Max}};
}

QString PrometheusQuery::checkBaseUrl(const QUrl &url)
{
    const QString shown = url.toDisplayString();
    if (shown.trimmed().isEmpty())
        return tr("No Prometheus address is set: enter one such as http://prometheus.example:9090.");
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return tr("\"%1\" is not a Prometheus address: use http:// or https:// followed by the host name and port, "
                  "such as http://prometheus.example:9090.")
            .arg(shown);
    if (url.hasQuery() || url.hasFragment())
        return tr("\"%1\" is not a Prometheus address: leave out the part after \"?\" or \"#\".").arg(shown);
    return {};
}

QUrl PrometheusQuery::apiUrl(const QUrl &base, const QString &endpoint, const QList<QPair<QString, QString>> &query)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/") + endpoint);
    QUrlQuery items;
    for (const auto &[key, value] : query) // percent-encoded in full: PromQL holds + and &
        items.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(items);
    return url;
}

QString PrometheusQuery::seconds(qint64 ms)
{
    const qint64 whole = ms >= 0 ? ms / SecondMs : -ceilDiv(-ms, SecondMs);
    const qint64 fraction = ms - whole * SecondMs;
    return fraction == 0 ? QString::number(whole)
                         : QStringLiteral("%1.%2").arg(whole).arg(fraction, 3, 10, QLatin1Char('0'));
}

QUrl PrometheusQuery::rangeUrl(const QUrl &base, const Range &range)
{
    return apiUrl(base, QStringLiteral("query_range"),
                  {{QStringLiteral("query"), range.expression},
                   {QStringLiteral("start"), seconds(range.fromMs)},
                   {QStringLiteral("end"), seconds(range.toMs)},
                   {QStringLiteral("step"), seconds(range.stepMs)}});
}

PrometheusQuery::Matrix PrometheusQuery::parseMatrix(const QByteArray &body)
{
    Matrix matrix;
    QJsonValue data;
    matrix.error = successData(body, &data);
    if (!matrix.error.isEmpty())
        return matrix;
    const QJsonObject object = data.toObject();
    if (object.value(QStringLiteral("resultType")).toString() != QLatin1String("matrix")) {
        matrix.error = tr("Prometheus answered a range query with \"%1\" instead of a matrix.")
                           .arg(object.value(QStringLiteral("resultType")).toString());
        return matrix;
    }
    for (const QJsonValue &series : object.value(QStringLiteral("result")).toArray()) {
        QList<HistoryPoint> points;
        for (const QJsonValue &sample : series.toObject().value(QStringLiteral("values")).toArray()) {
            const QJsonArray pair = sample.toArray();
            const auto value = sampleValue(pair.at(1));
            if (pair.size() != 2 || !pair.at(0).isDouble() || !value) {
                matrix.error = tr("Prometheus sent a sample that is not a time and a value.");
                matrix.series.clear();
                return matrix;
            }
            points.append({qint64(std::llround(pair.at(0).toDouble() * SecondMs)), *value});
        }
        std::sort(points.begin(), points.end(),
                  [](const HistoryPoint &a, const HistoryPoint &b) { return a.timestampMs < b.timestampMs; });
        matrix.series.append(points);
    }
    return matrix;
}

QString PrometheusQuery::parseArray(const QByteArray &body, QJsonArray *data)
{
    QJsonValue value;
    const QString error = successData(body, &value);
    if (!error.isEmpty())
        return error;
    if (!value.isArray())
        return tr("The answer is not Prometheus's HTTP API (data is not a list).");
    *data = value.toArray();
    return {};
}

HistorySeriesData PrometheusQuery::combine(const QList<Range> &ranges, const QList<QList<HistoryPoint>> &answers)
{
    HistorySeriesData data;
    if (ranges.isEmpty())
        return data;
    const qint64 step = ranges.first().stepMs;
    // time -> (minimum or raw value, maximum); both kept, as the store keeps a bucket's two.
    std::map<qint64, std::pair<std::optional<double>, std::optional<double>>> byTime;
    for (int i = 0; i < ranges.size() && i < answers.size(); ++i) {
        const qint64 shift = ranges[i].aggregate == Aggregate::Raw ? 0 : ranges[i].stepMs; // to the bucket's start
        for (const HistoryPoint &point : answers[i]) {
            auto &slot = byTime[point.timestampMs - shift];
            (ranges[i].aggregate == Aggregate::Max ? slot.second : slot.first) = point.value;
        }
    }
    std::optional<qint64> previous;
    for (const auto &[time, values] : byTime) {
        // A step without a sample: the target was down or not yet scraped.
        if (previous && time - *previous > step + step / 2)
            data.gaps.append({*previous + 1, time - 1});
        if (values.first)
            data.points.append({time, *values.first});
        if (values.second && values.second != values.first)
            data.points.append({time, *values.second});
        previous = time;
    }
    return data;
}

PrometheusQuery::Range PrometheusQuery::firstSampleRange(const QString &selector, qint64 bucketMs, qint64 bucketStepMs)
{
    const qint64 end = bucketMs + bucketStepMs - 1;
    return {QStringLiteral("max(%1)").arg(selector), bucketMs, end, stepFor(bucketMs, end, MaxPointsPerQuery),
            Aggregate::Raw};
}

void PrometheusQuery::moveBucket(HistorySeriesData &data, qint64 bucketMs, qint64 toMs)
{
    if (toMs <= bucketMs)
        return;
    for (HistoryPoint &point : data.points)
        if (point.timestampMs == bucketMs)
            point.timestampMs = toMs;
    // Points stay in time order: the next bucket starts a step later, past its first sample.
}

QString PrometheusQuery::noSeries(const QString &sensorName, const QString &serverName)
{
    return tr("Prometheus has no series for sensor %1 of server %2; is bmcpilotd or the ipmi_exporter scraping it?")
        .arg(sensorName, serverName);
}

QString PrometheusQuery::describeFailure(const QUrl &url, int networkError, const QString &networkText,
                                         int httpStatus, const QByteArray &body, const QStringList &sslErrors)
{
    const QString server = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemovePath).toDisplayString();
    if (!sslErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError)
        return tr("The TLS certificate of %1 is not trusted: %2. Install the certificate of the authority that "
                  "signed it on this computer, or use an address the certificate names.")
            .arg(server, sslErrors.isEmpty() ? networkText : sslErrors.join(QStringLiteral("; ")));
    if (httpStatus == 401)
        return tr("Prometheus at %1 refused the credentials (HTTP 401): check the user name and password or the "
                  "token in the history source of this group.")
            .arg(server);
    if (httpStatus == 403)
        return tr("Prometheus at %1 does not let these credentials read data (HTTP 403).").arg(server);
    if (httpStatus == 404)
        return tr("There is no Prometheus API at %1 (HTTP 404): check the address, including a path prefix if "
                  "Prometheus runs under one.")
            .arg(url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString());
    if (httpStatus != 0) {
        // Prometheus writes its own errors as JSON (400 bad_data, 422 execution, 503 timeout).
        if (const QString apiError = prometheusError(QJsonDocument::fromJson(body).object()); !apiError.isEmpty())
            return apiError;
        return tr("Prometheus at %1 answered HTTP %2.").arg(server).arg(httpStatus);
    }
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Prometheus at %1 cannot be reached: the connection was refused (is it running, on that port?).")
            .arg(server);
    case QNetworkReply::HostNotFoundError:
        return tr("Prometheus at %1 cannot be reached: the host name is unknown.").arg(server);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("Prometheus at %1 did not answer in time.").arg(server);
    default: return tr("Prometheus at %1 cannot be reached: %2.").arg(server, networkText);
    }
}
