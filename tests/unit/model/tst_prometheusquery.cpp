// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/historysourceconfig.h"
#include "model/prometheusquery.h"
#include "model/serverentry.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

// The pure part of the Prometheus history source: PromQL quoting, the step of range
// queries, API addresses, answers, failures as sentences, and the sources file.
class TestPrometheusQuery final : public QObject
{
    Q_OBJECT

private slots:
    void quotesPromQlStrings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("CPU Temp") << QStringLiteral("\"CPU Temp\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \\\"hi\\\"\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\\nb\"");
        QTest::newRow("control") << QStringLiteral("a") + QChar(1) << QStringLiteral("\"a\\x01\"");
        QTest::newRow("unicode") << QStringLiteral("温度") << QStringLiteral("\"温度\"");
    }

    void quotesPromQlStrings()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(PrometheusQuery::quoted(value), expected);
    }

    void selectsBySensorNameAndTarget()
    {
        QCOMPARE(PrometheusQuery::sensorSelector(QStringLiteral("127.0.0.1:623"), QStringLiteral("Fan \"1\"\\A")),
                 QStringLiteral("{__name__=~\"ipmi_(temperature_celsius|fan_speed_rpm|voltage_volts|current_amperes|"
                                "power_watts|sensor_value)\",target=\"127.0.0.1:623\",name=\"Fan \\\"1\\\"\\\\A\"}"));
    }

    void writesTargetLabels()
    {
        ServerEntry entry;
        entry.address = QStringLiteral("10.0.0.5");
        QCOMPARE(PrometheusQuery::targetLabel(entry), QStringLiteral("10.0.0.5:623"));
        entry.address = QStringLiteral("bmc.example");
        entry.port = 6230;
        QCOMPARE(PrometheusQuery::targetLabel(entry), QStringLiteral("bmc.example:6230"));
        entry.address = QStringLiteral("fd00::5");
        QCOMPARE(PrometheusQuery::targetLabel(entry), QStringLiteral("[fd00::5]:6230"));
        entry.interface = ServerEntry::Interface::Open;
        QCOMPARE(PrometheusQuery::targetLabel(entry), QStringLiteral("local"));
    }

    void choosesTheStep()
    {
        constexpr qint64 hour = 3600'000, day = 24 * hour;
        QCOMPARE(PrometheusQuery::stepFor(0, hour, 4000), 1000);       // never below a second
        QCOMPARE(PrometheusQuery::stepFor(0, hour, 61), 60'000);       // 60 steps of a minute
        QCOMPARE(PrometheusQuery::stepFor(0, hour, 50) % 1000, 0);     // whole seconds
        for (const qint64 span : {hour, day, 30 * day, 400 * day}) {
            for (const int points : {2, 100, 4000, 11'000, 1'000'000}) {
                const qint64 step = PrometheusQuery::stepFor(0, span, points);
                QVERIFY2(span / step + 2 <= PrometheusQuery::MaxPointsPerQuery,
                         qPrintable(QStringLiteral("%1 ms over %2 ms").arg(step).arg(span)));
                QVERIFY(span / step + 1 <= std::max(points, int(span / 1000) + 1));
            }
        }
    }

    void samplesRawOrMinimumAndMaximum()
    {
        constexpr qint64 hour = 3600'000;
        const qint64 from = 1'700'000'123'456;
        const auto raw = PrometheusQuery::sensorRanges(QStringLiteral("h:623"), QStringLiteral("T"), from, from + hour, 4000);
        QCOMPARE(raw.size(), 1);
        QCOMPARE(raw[0].aggregate, PrometheusQuery::Aggregate::Raw);
        QCOMPARE(raw[0].stepMs, 1000);
        QCOMPARE(raw[0].fromMs % raw[0].stepMs, 0); // aligned, and not after from
        QVERIFY(raw[0].fromMs <= from && from - raw[0].fromMs < raw[0].stepMs);
        QVERIFY(raw[0].expression.startsWith(QLatin1String("max({")));

        const auto month = PrometheusQuery::sensorRanges(QStringLiteral("h:623"), QStringLiteral("T"), from,
                                                         from + 720 * hour, 4000);
        QCOMPARE(month.size(), 2);
        QCOMPARE(month[0].aggregate, PrometheusQuery::Aggregate::Min);
        QCOMPARE(month[1].aggregate, PrometheusQuery::Aggregate::Max);
        QCOMPARE(month[0].stepMs, month[1].stepMs);
        const QString window = QStringLiteral("[%1s]").arg(month[0].stepMs / 1000);
        QVERIFY(month[0].expression.startsWith(QLatin1String("min(min_over_time({")));
        QVERIFY(month[0].expression.endsWith(window + QLatin1String("))")));
        QVERIFY(month[1].expression.startsWith(QLatin1String("max(max_over_time({")));
        // The first bucket holds from, the last holds the end.
        QCOMPARE(month[0].fromMs % month[0].stepMs, 0);
        QVERIFY(month[0].fromMs > from && month[0].fromMs - month[0].stepMs <= from);
        QVERIFY(month[0].toMs >= from + 720 * hour && month[0].toMs - month[0].stepMs < from + 720 * hour);
        QCOMPARE(month[1].fromMs, month[0].fromMs);
        QCOMPARE(month[1].toMs, month[0].toMs);
    }

    void buildsApiAddresses()
    {
        PrometheusQuery::Range range{QStringLiteral("max({name=\"a+b&c\"})"), 1500, 61'000, 1000,
                                     PrometheusQuery::Aggregate::Raw};
        const QUrl url = PrometheusQuery::rangeUrl(QUrl(QStringLiteral("https://prom.example:9090/prometheus/")), range);
        QCOMPARE(url.path(), QStringLiteral("/prometheus/api/v1/query_range"));
        QCOMPARE(url.host(), QStringLiteral("prom.example"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), range.expression);
        QCOMPARE(query.queryItemValue(QStringLiteral("start")), QStringLiteral("1.500"));
        QCOMPARE(query.queryItemValue(QStringLiteral("end")), QStringLiteral("61"));
        QCOMPARE(query.queryItemValue(QStringLiteral("step")), QStringLiteral("1"));
        QVERIFY(!url.toEncoded().contains("a+b&c")); // + and & encoded: not a space, not a new item
    }

    void checksBaseAddresses()
    {
        QVERIFY(PrometheusQuery::checkBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9090"))).isEmpty());
        QVERIFY(PrometheusQuery::checkBaseUrl(QUrl(QStringLiteral("https://prom.example/prometheus"))).isEmpty());
        QVERIFY(PrometheusQuery::checkBaseUrl(QUrl()).contains(QLatin1String("No Prometheus address")));
        QVERIFY(PrometheusQuery::checkBaseUrl(QUrl(QStringLiteral("ftp://x"))).contains(QLatin1String("http://")));
        QVERIFY(!PrometheusQuery::checkBaseUrl(QUrl(QStringLiteral("prometheus:9090"))).isEmpty());
        QVERIFY(!PrometheusQuery::checkBaseUrl(QUrl(QStringLiteral("http://p:9090/?x=1"))).isEmpty());
    }

    void parsesRangeAnswers()
    {
        const auto matrix = PrometheusQuery::parseMatrix(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1700000000,"41.5"],[1700000001.5,"NaN"],[1699999999,"+Inf"]]}]}})");
        QVERIFY2(matrix.error.isEmpty(), qPrintable(matrix.error));
        QCOMPARE(matrix.series.size(), 1);
        const QList<HistoryPoint> points = matrix.series[0];
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].timestampMs, 1'699'999'999'000); // sorted
        QVERIFY(std::isinf(points[0].value));
        QCOMPARE(points[1].value, 41.5);
        QCOMPARE(points[2].timestampMs, 1'700'000'001'500);
        QVERIFY(std::isnan(points[2].value));

        const auto refused = PrometheusQuery::parseMatrix(
            R"({"status":"error","errorType":"bad_data","error":"parse error at char 3"})");
        QVERIFY(refused.error.contains(QLatin1String("parse error at char 3")));
        QVERIFY(refused.error.contains(QLatin1String("bad_data")));
        QVERIFY(PrometheusQuery::parseMatrix("<html>proxy</html>").error.contains(QLatin1String("not Prometheus")));
        QVERIFY(!PrometheusQuery::parseMatrix(
                     R"({"status":"success","data":{"resultType":"vector","result":[]}})")
                     .error.isEmpty());
        QVERIFY(!PrometheusQuery::parseMatrix(
                     R"({"status":"success","data":{"resultType":"matrix","result":[{"values":[["x","1"]]}]}})")
                     .error.isEmpty());
        QJsonArray names;
        QVERIFY(PrometheusQuery::parseArray(R"({"status":"success","data":["a:623","b:623"]})", &names).isEmpty());
        QCOMPARE(names.size(), 2);
    }

    void combinesAnswersWithGaps()
    {
        using Range = PrometheusQuery::Range;
        const Range raw{{}, 0, 10'000, 1000, PrometheusQuery::Aggregate::Raw};
        const auto data = PrometheusQuery::combine({raw}, {{{0, 1}, {1000, 2}, {2000, 3}, {6000, 4}, {7000, 5}}});
        QCOMPARE(data.points.size(), 5);
        QCOMPARE(data.gaps.size(), 1); // nothing at 3, 4 and 5 s
        QCOMPARE(data.gaps[0].fromMs, 2001);
        QCOMPARE(data.gaps[0].toMs, 5999);

        const Range min{{}, 0, 10'000, 1000, PrometheusQuery::Aggregate::Min};
        const Range max{{}, 0, 10'000, 1000, PrometheusQuery::Aggregate::Max};
        // Evaluated at each bucket's end, shown at its start.
        const auto both = PrometheusQuery::combine({min, max}, {{{1000, 1}, {2000, 5}}, {{1000, 3}, {2000, 5}}});
        QCOMPARE(both.points.size(), 3); // minimum then maximum; one point where they are equal
        QCOMPARE(both.points[0].value, 1.0);
        QCOMPARE(both.points[1].value, 3.0);
        QCOMPARE(both.points[1].timestampMs, 0);
        QCOMPARE(both.points[2].value, 5.0);
        QVERIFY(both.gaps.isEmpty());
    }

    void findsWhereTheFirstBucketStarts()
    {
        const auto range = PrometheusQuery::firstSampleRange(QStringLiteral("{name=\"x\"}"), 864'000'000, 864'000'000);
        QCOMPARE(range.aggregate, PrometheusQuery::Aggregate::Raw);
        QCOMPARE(range.fromMs, 864'000'000);
        QCOMPARE(range.toMs, 2 * 864'000'000 - 1);
        QVERIFY((range.toMs - range.fromMs) / range.stepMs + 2 <= PrometheusQuery::MaxPointsPerQuery);
        QCOMPARE(range.expression, QStringLiteral("max({name=\"x\"})"));

        HistorySeriesData data{{{0, 1}, {0, 3}, {100, 2}}, {}};
        PrometheusQuery::moveBucket(data, 0, 40);
        QCOMPARE(data.points[0].timestampMs, 40);
        QCOMPARE(data.points[1].timestampMs, 40);
        QCOMPARE(data.points[2].timestampMs, 100);
        PrometheusQuery::moveBucket(data, 40, 10); // never earlier
        QCOMPARE(data.points[0].timestampMs, 40);
    }

    void describesFailures()
    {
        const QUrl url(QStringLiteral("https://user:pw@prom.example:9090/api/v1/query_range?query=x"));
        const auto failure = [&](int error, int status, const QByteArray &body = {}, const QStringList &ssl = {}) {
            return PrometheusQuery::describeFailure(url, error, QStringLiteral("network text"), status, body, ssl);
        };
        QVERIFY(failure(QNetworkReply::AuthenticationRequiredError, 401).contains(QLatin1String("HTTP 401")));
        QVERIFY(failure(QNetworkReply::ContentAccessDenied, 403).contains(QLatin1String("HTTP 403")));
        QVERIFY(failure(QNetworkReply::ContentNotFoundError, 404).contains(QLatin1String("/api/v1/query_range")));
        QVERIFY(failure(QNetworkReply::ConnectionRefusedError, 0).contains(QLatin1String("refused")));
        QVERIFY(failure(QNetworkReply::HostNotFoundError, 0).contains(QLatin1String("unknown")));
        QVERIFY(failure(QNetworkReply::TimeoutError, 0).contains(QLatin1String("in time")));
        const QString tls = failure(QNetworkReply::SslHandshakeFailedError, 0, {},
                                    {QStringLiteral("The certificate is self-signed, and untrusted")});
        QVERIFY(tls.contains(QLatin1String("self-signed")));
        QVERIFY(tls.contains(QLatin1String("prom.example")));
        const QString api = failure(QNetworkReply::ProtocolInvalidOperationError, 400,
                                    R"({"status":"error","errorType":"bad_data","error":"invalid parameter"})");
        QVERIFY(api.contains(QLatin1String("invalid parameter")));
        QVERIFY(failure(QNetworkReply::InternalServerError, 502, "<html>").contains(QLatin1String("HTTP 502")));
        for (const QString &text : {failure(401, 401), failure(0, 502), tls}) {
            QVERIFY2(!text.contains(QLatin1String("pw")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("query=")), qPrintable(text));
        }
        const QString none = PrometheusQuery::noSeries(QStringLiteral("CPU Temp"), QStringLiteral("web-01"));
        QVERIFY(none.contains(QLatin1String("CPU Temp")) && none.contains(QLatin1String("web-01")));
    }

    void sourcesFileRoundTrips()
    {
        HistorySourceConfig whole;
        whole.kind = HistorySourceConfig::Kind::Prometheus;
        whole.url = QUrl(QStringLiteral("https://prom.example:9090"));
        whole.auth = PrometheusConnection::Auth::Bearer;
        HistorySourceConfig group;
        group.group = QUuid::createUuid();
        group.kind = HistorySourceConfig::Kind::Prometheus;
        group.url = QUrl(QStringLiteral("http://127.0.0.1:9090/prom"));
        group.auth = PrometheusConnection::Auth::Basic;
        group.user = QStringLiteral("grafana");
        HistorySourceConfig local;
        local.group = QUuid::createUuid();
        const QByteArray json = HistorySourceFile::encode({whole, group, local});
        QVERIFY(!json.contains("secret") && !json.contains("password"));
        QString error;
        const auto decoded = HistorySourceFile::decode(json, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, (QList<HistorySourceConfig>{whole, group, local}));

        QVERIFY(!HistorySourceFile::decode(R"({"format":"bmcpilot-history-sources","version":2,"sources":[]})", &error));
        QVERIFY(error.contains(QLatin1String("version 2")));
        QVERIFY(!HistorySourceFile::decode(R"({"format":"bmcpilot-history-sources","version":1,"sources":[{"kind":"influx"}]})",
                                           &error));
        QVERIFY(error.contains(QLatin1String("/sources/0")));
        QVERIFY(!HistorySourceFile::decode("[]", &error));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusQuery)
#include "tst_prometheusquery.moc"
