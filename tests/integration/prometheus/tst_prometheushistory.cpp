// SPDX-License-Identifier: GPL-3.0-or-later
#include "authproxy.h"
#include "prometheusfixture.h"
#include "testhttpserver.h"

#include "model/historyservice.h"
#include "model/historysources.h"
#include "model/localhistorysource.h"
#include "model/prometheushistorysource.h"
#include "model/prometheusquery.h"
#include "model/serverregistry.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

// The Prometheus history source against a real Prometheus: samples backfilled with known
// times come back with the same times and values (also a sensor name with quotes and a
// backslash), long ranges keep their extremes, a series that exists only outside the
// range is "no data" while a missing one is an error naming it, and an unreachable
// server, a wrong address, an untrusted certificate, refused credentials and a scrape of
// both exporter forms each behave as the label contract and the error texts promise.
class TestPrometheusHistory final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 StepMs = 15'000;
    static constexpr int Samples = 161; // 40 minutes
    const QString m_target = QStringLiteral("127.0.0.1:6230");
    const QString m_hotName = QStringLiteral("CPU \"Temp\"\\1");
    prom::PrometheusFixture m_prometheus;
    qint64 m_firstMs = 0;
    QList<HistoryPoint> m_temperatures;
    QList<HistoryPoint> m_fans;

    static QString openMetricsValue(const QString &text)
    {
        QString escaped = text;
        return escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    }

    struct Source
    {
        QUuid host = QUuid::createUuid();
        QString name;
        QString target;
    };

    static std::unique_ptr<PrometheusHistorySource> sourceFor(const QUrl &url, const QList<Source> &servers,
                                                              PrometheusConnection::Auth auth = {},
                                                              const QString &user = {}, const QString &secret = {})
    {
        auto resolve = [servers](const QUuid &host) -> std::optional<PrometheusHistorySource::Target> {
            for (const Source &one : servers)
                if (one.host == host)
                    return PrometheusHistorySource::Target{one.target, one.name};
            return std::nullopt;
        };
        auto source = std::make_unique<PrometheusHistorySource>(
            PrometheusConnection{url, auth, user, SecretValue::fromUtf8(secret)}, resolve);
        source->setTimeout(5000);
        return source;
    }

    QList<HistoryAnswer> ask(HistorySource &source, const QList<HistorySeriesKey> &keys, qint64 fromMs, qint64 toMs,
                             int maxPoints)
    {
        QList<HistoryAnswer> answers;
        bool answered = false;
        source.query(keys, fromMs, toMs, maxPoints, this, [&](QList<HistoryAnswer> got) {
            answers = std::move(got);
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20'000))
            qWarning("no answer within 20 s");
        return answers;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!prom::PrometheusFixture::available(&why))
            QSKIP(qPrintable(why));
        // 40 minutes of samples every 15 s, ending 10 minutes ago, at multiples of the step
        // so that each step of a range query lands on a sample.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_firstMs = (now - 50 * 60'000) / StepMs * StepMs;
        QByteArray text = "# TYPE ipmi_temperature_celsius gauge\n";
        QByteArray decoy;
        for (int i = 0; i < Samples; ++i) {
            const qint64 t = m_firstMs + i * StepMs;
            const double value = 40.0 + (i % 7) * 0.5 + (i == 80 ? 30.0 : 0.0); // one spike
            m_temperatures.append({t, value});
            text += QStringLiteral("ipmi_temperature_celsius{id=\"3\",name=\"%1\",target=\"%2\",server=\"web-01\",group=\"Lab\"} %3 %4\n")
                        .arg(openMetricsValue(m_hotName), m_target)
                        .arg(value)
                        .arg(PrometheusQuery::seconds(t))
                        .toUtf8();
            // The same sensor name on another target: never in this server's answer.
            decoy += QStringLiteral("ipmi_temperature_celsius{id=\"3\",name=\"%1\",target=\"127.0.0.1:6299\"} 99 %2\n")
                         .arg(openMetricsValue(m_hotName), PrometheusQuery::seconds(t))
                         .toUtf8();
        }
        text += decoy;
        text += "# TYPE ipmi_fan_speed_rpm gauge\n";
        for (int i = 0; i < Samples; ++i) {
            const qint64 t = m_firstMs + i * StepMs;
            const double value = 3000 + 40 * (i % 5);
            m_fans.append({t, value});
            text += QStringLiteral("ipmi_fan_speed_rpm{id=\"9\",name=\"Fan 1\",target=\"%1\"} %2 %3\n")
                        .arg(m_target)
                        .arg(value)
                        .arg(PrometheusQuery::seconds(t))
                        .toUtf8();
        }
        QString error;
        QVERIFY2(m_prometheus.backfill(text, &error), qPrintable(error));
        QVERIFY2(m_prometheus.start(&error), qPrintable(error));
    }

    void readsBackfilledSamplesExactly()
    {
        const Source web01{QUuid::createUuid(), QStringLiteral("web-01"), m_target};
        auto source = sourceFor(m_prometheus.url(), {web01});
        const qint64 last = m_temperatures.last().timestampMs;
        // 161 points over the 40 minutes: a step of 15 s, on the samples.
        const auto answers = ask(*source, {{web01.host, m_hotName}, {web01.host, QStringLiteral("Fan 1")}}, m_firstMs,
                                 last, Samples);
        QCOMPARE(answers.size(), 2);
        for (int series = 0; series < 2; ++series) {
            QVERIFY2(answers[series].error.isEmpty(), qPrintable(answers[series].error));
            QVERIFY(answers[series].data);
            const QList<HistoryPoint> &expected = series == 0 ? m_temperatures : m_fans;
            const QList<HistoryPoint> &points = answers[series].data->points;
            QCOMPARE(points.size(), expected.size());
            for (int i = 0; i < points.size(); ++i) {
                QCOMPARE(points[i].timestampMs, expected[i].timestampMs);
                QCOMPARE(points[i].value, expected[i].value);
            }
            QVERIFY(answers[series].data->gaps.isEmpty());
        }
    }

    void longRangesKeepTheExtremes()
    {
        const Source web01{QUuid::createUuid(), QStringLiteral("web-01"), m_target};
        auto source = sourceFor(m_prometheus.url(), {web01});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // 30 days in 200 points: steps of hours, minimum and maximum over each.
        const auto answers = ask(*source, {{web01.host, m_hotName}}, now - 30LL * 24 * 3600'000, now, 200);
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers[0].data, qPrintable(answers[0].error));
        const QList<HistoryPoint> &points = answers[0].data->points;
        QVERIFY(!points.isEmpty() && points.size() <= 200);
        const auto [low, high] = std::minmax_element(points.begin(), points.end(),
                                                     [](const HistoryPoint &a, const HistoryPoint &b) { return a.value < b.value; });
        QCOMPARE(low->value, 40.0);
        QCOMPARE(high->value, 70.0 + (80 % 7) * 0.5); // the spike survives
        // The first bucket stands where its data starts, not hours before (its few hours
        // looked at in 11,000 steps: within seconds).
        QVERIFY2(std::abs(points.first().timestampMs - m_firstMs) <= 60'000,
                 qPrintable(QStringLiteral("%1 for %2").arg(points.first().timestampMs).arg(m_firstMs)));
    }

    void missingSeriesIsAnErrorAndAnEmptyRangeIsNot()
    {
        const Source web01{QUuid::createUuid(), QStringLiteral("web-01"), m_target};
        auto source = sourceFor(m_prometheus.url(), {web01});
        const auto answers = ask(*source, {{web01.host, QStringLiteral("No Such Sensor")}, {web01.host, m_hotName}},
                                 m_firstMs - 6 * 3600'000, m_firstMs - 5 * 3600'000, 100);
        QCOMPARE(answers.size(), 2);
        QVERIFY(!answers[0].data);
        QCOMPARE(answers[0].error, PrometheusQuery::noSeries(QStringLiteral("No Such Sensor"), QStringLiteral("web-01")));
        QVERIFY(!answers[1].data || answers[1].data->points.isEmpty()); // exists, not in that range
        QVERIFY2(answers[1].error.isEmpty(), qPrintable(answers[1].error));
    }

    void unreachableAndWrongAddressesSaySo()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const Source web01{QUuid::createUuid(), QStringLiteral("web-01"), m_target};
        const QList<HistorySeriesKey> keys{{web01.host, m_hotName}};
        const qint64 last = m_temperatures.last().timestampMs;

        auto down = sourceFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)), {web01});
        auto answers = ask(*down, keys, m_firstMs, last, 100);
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers[0].error.contains(QLatin1String("cannot be reached")), qPrintable(answers[0].error));

        QUrl wrongPath = m_prometheus.url();
        wrongPath.setPath(QStringLiteral("/not-prometheus"));
        answers = ask(*sourceFor(wrongPath, {web01}), keys, m_firstMs, last, 100);
        QVERIFY2(answers[0].error.contains(QLatin1String("HTTP 404")), qPrintable(answers[0].error));

        answers = ask(*sourceFor(QUrl(QStringLiteral("ftp://127.0.0.1/")), {web01}), keys, m_firstMs, last, 100);
        QVERIFY2(answers[0].error.contains(QLatin1String("not a Prometheus address")), qPrintable(answers[0].error));

        // A server that takes the request and never answers: the deadline ends the wait.
        prom::TestHttpServer silent([](const prom::TestHttpServer::Request &, prom::TestHttpServer::Respond) {});
        QString error;
        QVERIFY2(silent.listen(&error), qPrintable(error));
        auto slow = sourceFor(QUrl(QStringLiteral("http://%1").arg(silent.address())), {web01});
        slow->setTimeout(500);
        answers = ask(*slow, keys, m_firstMs, last, 100);
        QVERIFY2(answers.value(0).error.contains(QLatin1String("in time")), qPrintable(answers.value(0).error));

        // Not Prometheus at all: a web page where the API should be.
        prom::TestHttpServer page([](const prom::TestHttpServer::Request &, prom::TestHttpServer::Respond respond) {
            respond({200, "text/html", "<html>welcome</html>", {}});
        });
        QVERIFY2(page.listen(&error), qPrintable(error));
        answers = ask(*sourceFor(QUrl(QStringLiteral("http://%1").arg(page.address())), {web01}), keys, m_firstMs, last, 100);
        QVERIFY2(answers.value(0).error.contains(QLatin1String("not Prometheus")), qPrintable(answers.value(0).error));
    }

    // A server whose certificate nobody vouches for is refused, and the error says why.
    void tlsIsVerified()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(20'000) || openssl.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("openssl cannot make a test certificate: %1")
                                 .arg(QString::fromLocal8Bit(openssl.readAll()))));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem"))));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        const Source web01{QUuid::createUuid(), QStringLiteral("web-01"), m_target};
        auto source = sourceFor(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), {web01});
        const auto answers = ask(*source, {{web01.host, m_hotName}}, m_firstMs, m_temperatures.last().timestampMs, 100);
        QCOMPARE(answers.size(), 1);
        QVERIFY(!answers[0].data);
        QVERIFY2(answers[0].error.contains(QLatin1String("TLS certificate")), qPrintable(answers[0].error));
        QVERIFY2(answers[0].error.contains(QLatin1String("self-signed")), qPrintable(answers[0].error));
    }

    void credentialsPassOrAreRefused()
    {
        prom::AuthProxy basic(m_prometheus.url(), "Basic " + QByteArrayLiteral("grafana:s3cret").toBase64());
        prom::AuthProxy bearer(m_prometheus.url(), "Bearer tok-123");
        QString error;
        QVERIFY2(basic.listen(&error), qPrintable(error));
        QVERIFY2(bearer.listen(&error), qPrintable(error));
        const Source web01{QUuid::createUuid(), QStringLiteral("web-01"), m_target};
        const QList<HistorySeriesKey> keys{{web01.host, QStringLiteral("Fan 1")}};
        const qint64 last = m_fans.last().timestampMs;
        using Auth = PrometheusConnection::Auth;

        auto answers = ask(*sourceFor(basic.url(), {web01}, Auth::Basic, QStringLiteral("grafana"), QStringLiteral("s3cret")),
                           keys, m_firstMs, last, Samples);
        QVERIFY2(answers.value(0).data, qPrintable(answers.value(0).error));
        QCOMPARE(answers[0].data->points.size(), Samples);
        answers = ask(*sourceFor(basic.url(), {web01}, Auth::Basic, QStringLiteral("grafana"), QStringLiteral("wrong")),
                      keys, m_firstMs, last, Samples);
        QVERIFY2(answers.value(0).error.contains(QLatin1String("HTTP 401")), qPrintable(answers.value(0).error));
        QVERIFY(!answers[0].error.contains(QLatin1String("wrong")));
        answers = ask(*sourceFor(basic.url(), {web01}), keys, m_firstMs, last, Samples);
        QVERIFY(answers.value(0).error.contains(QLatin1String("HTTP 401")));

        answers = ask(*sourceFor(bearer.url(), {web01}, Auth::Bearer, {}, QStringLiteral("tok-123")), keys, m_firstMs,
                      last, Samples);
        QVERIFY2(answers.value(0).data, qPrintable(answers.value(0).error));
        QVERIFY(bearer.refused() == 0 && bearer.passed() > 0);
    }

    void probeListsTargets()
    {
        auto source = sourceFor(m_prometheus.url(), {});
        PrometheusHistorySource::Probe probe;
        bool answered = false;
        source->probe(this, [&](const PrometheusHistorySource::Probe &got) {
            probe = got;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QStringList expected{m_target, QStringLiteral("127.0.0.1:6299")};
        expected.sort();
        QCOMPARE(probe.targets, expected);
        QVERIFY(probe.version.startsWith(QLatin1String("2.")));
    }

    // Each server reads from the source of its group: Prometheus for the lab, the local
    // store for the rest.
    void sourcesFollowTheTree()
    {
        QTemporaryDir dir;
        HistoryService service;
        QString openError = QStringLiteral("pending");
        service.open(dir.filePath(QStringLiteral("h.db")), this, [&](const QString &error) { openError = error; });
        QTRY_VERIFY(openError != QStringLiteral("pending"));
        LocalHistorySource local(&service);
        ServerRegistry registry;
        const QUuid lab = registry.addGroup(QStringLiteral("Lab"));
        const QUuid rack = registry.addGroup(QStringLiteral("Rack"), lab);
        ServerEntry remote;
        remote.name = QStringLiteral("web-01");
        remote.address = QStringLiteral("127.0.0.1");
        remote.port = 6230;
        const QUuid inRack = registry.addServer(remote, rack);
        ServerEntry here = remote;
        here.name = QStringLiteral("db-01");
        const QUuid atTop = registry.addServer(here);
        QVERIFY(!inRack.isNull() && !atTop.isNull());
        const qint64 recordedAt = QDateTime::currentMSecsSinceEpoch() - 60'000;
        service.record(atTop, recordedAt, {{QStringLiteral("Fan 1"), 1234.0}});

        HistorySources sources(&registry, &local);
        HistorySourceConfig config;
        config.kind = HistorySourceConfig::Kind::Prometheus;
        config.url = m_prometheus.url();
        QString error;
        QVERIFY2(sources.setConfig(lab, config, std::nullopt, &error), qPrintable(error));
        QCOMPARE(sources.effectiveConfig(inRack).kind, HistorySourceConfig::Kind::Prometheus);
        QCOMPARE(sources.effectiveConfig(atTop).kind, HistorySourceConfig::Kind::Local);

        const auto answers = ask(sources, {{atTop, QStringLiteral("Fan 1")}, {inRack, QStringLiteral("Fan 1")}},
                                 m_firstMs, QDateTime::currentMSecsSinceEpoch(), Samples);
        QCOMPARE(answers.size(), 2);
        QVERIFY2(answers[0].data, qPrintable(answers[0].error));
        QCOMPARE(answers[0].data->points.size(), 1);
        QCOMPARE(answers[0].data->points[0].value, 1234.0);
        QVERIFY2(answers[1].data, qPrintable(answers[1].error));
        QVERIFY(answers[1].data->points.size() > 100);
        for (const HistoryPoint &point : std::as_const(answers[1].data->points)) // at steps of ~19 s: some samples
            QVERIFY(std::any_of(m_fans.begin(), m_fans.end(), [&](const HistoryPoint &fan) { return fan.value == point.value; }));

        // The group goes, and with it its source.
        QVERIFY(registry.remove(lab));
        QVERIFY(!sources.ownConfig(lab));
    }

    // A live scrape of both forms: bmcpilotd's /metrics (target label in the page) and the
    // ipmi_exporter's /ipmi?target= (target from the scrape configuration's relabelling).
    void scrapedSeriesMatchWhatWasServed()
    {
        prom::PrometheusFixture scraper;
        const QString metricsTarget = QStringLiteral("127.0.0.1:6231");
        const QString exporterTarget = QStringLiteral("[::1]:6232");
        prom::TestHttpServer endpoint([&](const prom::TestHttpServer::Request &request, prom::TestHttpServer::Respond respond) {
            if (request.url.path() == QLatin1String("/metrics")) {
                respond({200, "text/plain; version=0.0.4",
                         QStringLiteral("# TYPE ipmi_temperature_celsius gauge\n"
                                        "ipmi_temperature_celsius{id=\"7\",name=\"Inlet Temp\",target=\"%1\",server=\"web-02\",group=\"Lab/Rack\"} 23.5\n"
                                        "# TYPE ipmi_sensor_value gauge\n"
                                        "ipmi_sensor_value{id=\"8\",name=\"Airflow\",type=\"Other\",target=\"%1\",server=\"web-02\",group=\"Lab/Rack\"} 81\n")
                             .arg(metricsTarget)
                             .toUtf8(),
                         {}});
            } else if (request.url.path() == QLatin1String("/ipmi")) {
                const QString target = QUrlQuery(request.url).queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded);
                respond({200, "text/plain; version=0.0.4",
                         QStringLiteral("# TYPE ipmi_voltage_volts gauge\n"
                                        "ipmi_voltage_volts{id=\"12\",name=\"12V\"} %1\n")
                             .arg(target == exporterTarget ? 12.06 : -1.0)
                             .toUtf8(),
                         {}});
            } else {
                respond({404, "text/plain", "no such page\n", {}});
            }
        });
        QString error;
        QVERIFY2(endpoint.listen(&error), qPrintable(error));
        scraper.addMetricsJob(QStringLiteral("bmcpilotd"), endpoint.address());
        scraper.addExporterJob(QStringLiteral("ipmi"), endpoint.address(), {exporterTarget});
        QVERIFY2(scraper.start(&error), qPrintable(error));
        QVERIFY2(scraper.waitForTargetsUp(&error), qPrintable(error));
        // A range query evaluates at whole seconds: let a few pass after the first scrape.
        QTest::qWait(2500);

        const QJsonObject stored = scraper.get(
            QStringLiteral("/api/v1/query?query=") +
                QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("ipmi_voltage_volts{target=\"[::1]:6232\"}"))),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray result = stored.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
        QCOMPARE(result.size(), 1);
        QCOMPARE(result[0].toObject().value(QStringLiteral("value")).toArray().at(1).toString(), QStringLiteral("12.06"));

        const Source web02{QUuid::createUuid(), QStringLiteral("web-02"), metricsTarget};
        const Source web03{QUuid::createUuid(), QStringLiteral("web-03"), exporterTarget};
        auto source = sourceFor(scraper.url(), {web02, web03});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto answers = ask(*source,
                                 {{web02.host, QStringLiteral("Inlet Temp")},
                                  {web02.host, QStringLiteral("Airflow")},
                                  {web03.host, QStringLiteral("12V")}},
                                 now - 60'000, now + 120'000, 180); // the chart asks past now too
        QCOMPARE(answers.size(), 3);
        const double expected[] = {23.5, 81, 12.06};
        const qint64 answeredAt = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(answers[i].data && !answers[i].data->points.isEmpty(),
                     qPrintable(QStringLiteral("series %1: %2").arg(i).arg(answers[i].error)));
            QVERIFY(answers[i].data->points.last().timestampMs <= answeredAt); // nothing made up past now
            for (const HistoryPoint &point : answers[i].data->points)
                QCOMPARE(point.value, expected[i]);
        }
        scraper.stop();
        QVERIFY(!scraper.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPrometheusHistory)
#include "tst_prometheushistory.moc"
