// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsscrape.h"

#include "daemon/exporternames.h"
#include "daemon/exposition.h"
#include "daemon/shard.h"

#include "model/bmc.h"
#include "model/historysource.h"
#include "model/prometheushistorysource.h"
#include "model/prometheusquery.h"
#include "model/fleet.h"
#include "model/registrycodec.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "demo/portreservation.h"

#include "ipmi/sel/selcommands.h"

#include "prometheusfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

// bmcpilotd as deployed: a registry file with two simulated BMCs (one of them with 6-bit
// packed sensor names) and one dead address, a 0600 credentials file, the exporter's
// YAML with FreeIPMI-only keys. What it serves is compared with what the model layer
// reads from the same BMCs meanwhile; /ipmi asks for a third BMC the registry does not
// have, and for a dead one.
class TestBmcpilotd final : public QObject
{
    Q_OBJECT

private:
    sim::IpmiSimFixture m_sims{[] {
        sim::IpmiSimOptions options;
        options.count = 3;
        options.profiles = {QStringLiteral("r2u"), QStringLiteral("edge"), QStringLiteral("r1u")};
        return options;
    }()};
    sim::PortReservation m_deadPort;
    QTemporaryDir m_dir;
    QProcess m_daemon;
    quint16 m_httpPort = 0;
    QNetworkAccessManager m_http;
    QString m_password;
    QList<QUuid> m_serverIds;

    struct Fetched
    {
        int status = 0;
        QByteArray body;
        qint64 elapsedMs = 0;
    };

    Fetched fetch(const QString &path, int timeoutMs = 30000)
    {
        QElapsedTimer clock;
        clock.start();
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path)));
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_http.get(request);
        const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs + 1000);
        Fetched fetched{!finished ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                        clock.elapsed()};
        reply->deleteLater();
        return fetched;
    }

    MetricsScrape scrape(const QString &path)
    {
        const Fetched fetched = fetch(path);
        QString error;
        const auto parsed = MetricsScrape::parse(fetched.body, &error);
        if (!parsed)
            qWarning("%s", qPrintable(error));
        return parsed.value_or(MetricsScrape{});
    }

    QString target(int index) const
    {
        return QStringLiteral("%1:%2").arg(m_sims.bmc(index).host).arg(m_sims.bmc(index).port);
    }

    // The model's own sweep and SEL info of one simulated BMC, through sessions of this
    // process (not the daemon's).
    struct Reference
    {
        std::vector<ipmi::sensor::SensorView> sensors;
        std::optional<ipmi::sel::SelInfo> sel;
    };
    Reference readDirectly(int index)
    {
        ServerRegistry registry;
        SessionPool pool(1);
        Fleet fleet(&registry, &pool);
        ServerEntry entry;
        entry.name = QStringLiteral("reference");
        entry.address = m_sims.bmc(index).host;
        entry.port = m_sims.bmc(index).port;
        entry.userName = QStringLiteral("admin");
        const QUuid id = registry.addServer(entry);
        fleet.setCredentials(id, {ipmi::SecretBytes(m_password.toStdString()), {}});
        SensorMonitor monitor(&fleet, nullptr, m_dir.filePath(QStringLiteral("reference-sdr")));
        Reference reference;
        bool swept = false;
        monitor.sweep(id, [&](ipmi::Result<ServerStatus::Health>) { swept = true; });
        if (QTest::qWaitFor([&] { return swept; }, 30000))
            reference.sensors = monitor.sensors(id);
        bool read = false;
        fleet.bmc(id)->call<ipmi::sel::SelInfo>(ipmi::sel::getSelInfoRequest(), ipmi::sel::parseSelInfo, this,
                                                [&](ipmi::Result<ipmi::sel::SelInfo> info) {
                                                    if (info)
                                                        reference.sel = *info;
                                                    read = true;
                                                });
        if (!QTest::qWaitFor([&] { return read; }, 30000))
            reference.sel.reset();
        return reference;
    }

    // Every sensor the model read has the same value and state in the scrape.
    static void compareSensors(const MetricsScrape &scrape, const Reference &reference,
                               const QMap<QByteArray, QByteArray> &extra)
    {
        QVERIFY(!reference.sensors.empty());
        for (const ipmi::sensor::SensorView &sensor : reference.sensors) {
            const ExporterNames::SensorFamily family = ExporterNames::familyOf(sensor);
            QMap<QByteArray, QByteArray> labels = extra;
            labels.insert("id", QByteArray::number(sensor.recordId));
            labels.insert("name", Exposition::toValidUtf8(QByteArray::fromStdString(sensor.name)));
            const auto value = scrape.value(family.valueName, labels);
            QVERIFY2(value, qPrintable(QStringLiteral("%1 of %2").arg(family.valueName, sensor.name.c_str())));
            QCOMPARE(*value, Exposition::formatValue(ExporterNames::valueOf(sensor)));
            const auto state = scrape.value(family.stateName, labels);
            QVERIFY(state);
            QCOMPARE(*state, Exposition::formatValue(ExporterNames::stateOf(sensor)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sims.start(), qPrintable(m_sims.errorString()));
        QVERIFY(m_dir.isValid());
        QString error;
        m_deadPort = sim::PortReservation::reserve({QStringLiteral("127.0.0.1")}, &error);
        QVERIFY2(m_deadPort.isValid(), qPrintable(error));
        m_password = m_sims.bmc(0).account(ipmi::Privilege::Administrator)->password;

        ServerRegistry registry;
        const QUuid rack = *registry.ensureGroupPath({QStringLiteral("Lab"), QStringLiteral("Rack \"1\"")});
        auto add = [&](const QString &name, quint16 port, const QUuid &group) {
            ServerEntry entry;
            entry.name = name;
            entry.address = QStringLiteral("127.0.0.1");
            entry.port = port;
            entry.userName = QStringLiteral("admin");
            return registry.addServer(entry, group);
        };
        m_serverIds = {add(QStringLiteral("r2u"), m_sims.bmc(0).port, rack),
                       add(QStringLiteral("edge"), m_sims.bmc(1).port, {}),
                       add(QStringLiteral("dead"), m_deadPort.port(), rack)};
        QFile registryFile(m_dir.filePath(QStringLiteral("servers.json")));
        QVERIFY(registryFile.open(QIODevice::WriteOnly));
        registryFile.write(RegistryCodec::encode(registry));
        registryFile.close();

        QFile credentials(m_dir.filePath(QStringLiteral("credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        QVERIFY(credentials.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        credentials.write("# every server of the lab\n* = " + m_password.toUtf8() + "\n");
        credentials.close();

        QFile yaml(m_dir.filePath(QStringLiteral("ipmi.yml")));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("modules:\n"
                   "  default:\n"
                   "    user: admin\n"
                   "    pass: \"" + m_password.toUtf8() + "\"\n"
                   "    driver: LAN_2_0\n"
                   "    privilege: admin\n"
                   "    timeout: 5000\n"
                   "    collectors: [bmc, ipmi, chassis, sel]\n"
                   "    workaround_flags: [opensesspriv]\n"
                   "  fast:\n"
                   "    user: admin\n"
                   "    pass: x\n"
                   "    timeout: 1000\n"
                   "    collectors: [bmc, ipmi, chassis, sel]\n");
        yaml.close();

        m_daemon.setProgram(QStringLiteral(BMCPILOT_BINARY_DIR "/src/daemon/bmcpilotd"));
        m_daemon.setArguments({QStringLiteral("--conf"), m_dir.filePath(QStringLiteral("none.conf")),
                               QStringLiteral("--registry"), registryFile.fileName(),
                               QStringLiteral("--credentials"), credentials.fileName(),
                               QStringLiteral("--config.file=") + yaml.fileName(),
                               QStringLiteral("--web.listen-address=127.0.0.1:0"), QStringLiteral("--timeout"),
                               QStringLiteral("2000"), QStringLiteral("--state-directory"),
                               m_dir.filePath(QStringLiteral("state")), QStringLiteral("--log.level=debug")});
        // The configuration file given does not exist: that must be an error.
        m_daemon.start();
        QVERIFY(m_daemon.waitForFinished(10000));
        QCOMPARE(m_daemon.exitCode(), 2);
        QVERIFY(m_daemon.readAllStandardError().contains("does not exist"));

        QFile conf(m_dir.filePath(QStringLiteral("bmcpilotd.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("# test configuration\ninterval = 30\nsel-interval = 30\n");
        conf.close();
        QStringList arguments = m_daemon.arguments();
        arguments[1] = conf.fileName();
        m_daemon.setArguments(arguments);
        m_daemon.start();
        QVERIFY(m_daemon.waitForStarted());
        static const QRegularExpression portLine(QStringLiteral("\\(port (\\d+)\\)"));
        QByteArray log;
        QVERIFY(QTest::qWaitFor([&] {
            log += m_daemon.readAllStandardError();
            const QRegularExpressionMatch match = portLine.match(QString::fromUtf8(log));
            m_httpPort = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
            return m_httpPort != 0 || m_daemon.state() == QProcess::NotRunning;
        }, 10000));
        QVERIFY2(m_httpPort != 0, log.constData());
        // FreeIPMI-only keys and options are accepted with a notice.
        QVERIFY2(log.contains("\"workaround_flags\""), log.constData());
        QVERIFY2(log.contains("--log.level"), log.constData());
        QVERIFY(!log.contains(m_password.toUtf8()));
        QVERIFY2(log.contains("Polling 3 of 3 servers"), log.constData());
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            QVERIFY(m_daemon.waitForFinished(10000));
            QCOMPARE(m_daemon.exitStatus(), QProcess::NormalExit);
            QCOMPARE(m_daemon.exitCode(), 0);
        }
    }

    void metricsMatchTheModelsReadings()
    {
        // The first polls: both live servers answer; the dead one is given up on after
        // its deadline.
        MetricsScrape metrics;
        QVERIFY(QTest::qWaitFor([&] {
            metrics = scrape(QStringLiteral("/metrics"));
            return metrics.find("ipmi_up", {{"collector", "ipmi"}}).size() == 3 &&
                   metrics.find("ipmi_up", {{"collector", "sel"}}).size() == 3 &&
                   metrics.value("ipmi_up", {{"collector", "ipmi"}, {"server", "r2u"}}) == "1" &&
                   metrics.value("ipmi_up", {{"collector", "ipmi"}, {"server", "edge"}}) == "1" &&
                   metrics.value("ipmi_up", {{"collector", "sel"}, {"server", "edge"}}) == "1";
        }, 30000));
        const QMap<QByteArray, QByteArray> r2u{{"target", target(0).toUtf8()},
                                               {"server", "r2u"},
                                               {"group", "Lab/Rack \"1\""}};
        const QMap<QByteArray, QByteArray> edge{{"target", target(1).toUtf8()}, {"server", "edge"}, {"group", ""}};
        for (const char *collector : {"ipmi", "bmc", "chassis", "sel"}) {
            QMap<QByteArray, QByteArray> labels = r2u;
            labels.insert("collector", collector);
            QCOMPARE(metrics.value("ipmi_up", labels), QByteArray("1"));
        }
        QCOMPARE(metrics.value("ipmi_chassis_power_state", r2u), QByteArray(m_sims.powerState(0) ? "1" : "0"));
        QCOMPARE(metrics.value("ipmi_chassis_power_state", edge), QByteArray(m_sims.powerState(1) ? "1" : "0"));
        QCOMPARE(metrics.help("ipmi_temperature_celsius"), QByteArray("Temperature reading in degree Celsius."));

        const Reference r2uReference = readDirectly(0);
        const Reference edgeReference = readDirectly(1);
        compareSensors(metrics, r2uReference, r2u);
        compareSensors(metrics, edgeReference, edge);
        QVERIFY(r2uReference.sel);
        QCOMPARE(metrics.value("ipmi_sel_logs_count", r2u), QByteArray::number(r2uReference.sel->entries));
        QCOMPARE(metrics.value("ipmi_sel_free_space_bytes", r2u), QByteArray::number(r2uReference.sel->freeBytes));
        QVERIFY(metrics.value("ipmi_bmc_info", r2u));

        // The dead server: ipmi_up 0 for each collector, nothing else of it.
        const QMap<QByteArray, QByteArray> dead{{"server", "dead"}};
        QVERIFY(QTest::qWaitFor([&] {
            metrics = scrape(QStringLiteral("/metrics"));
            return metrics.find("ipmi_up", dead).size() == 4;
        }, 15000));
        for (const MetricsScrape::Sample &up : metrics.find("ipmi_up", dead))
            QCOMPARE(up.value, QByteArray("0"));
        QVERIFY(metrics.find("ipmi_chassis_power_state", dead).isEmpty());
    }

    // Debian's Prometheus scrapes both endpoint forms; what it stores equals the BMCs'
    // readings, and the desktop's Prometheus history source reads the same series back.
    void prometheusStoresWhatTheBmcsRead()
    {
        QString error;
        QVERIFY2(prom::PrometheusFixture::available(&error), qPrintable(error));
        prom::PrometheusFixture prometheus;
        const QString daemon = QStringLiteral("127.0.0.1:%1").arg(m_httpPort);
        prometheus.addMetricsJob(QStringLiteral("bmcpilotd"), daemon);
        prometheus.addExporterJob(QStringLiteral("ipmi"), daemon, {target(2)});
        QVERIFY2(prometheus.start(&error), qPrintable(error));
        QVERIFY2(prometheus.waitForTargetsUp(&error), qPrintable(error));

        // r2u from /metrics, r1u (not in the registry) from /ipmi?target=; both carry
        // target="host:port", the second through the documented relabelling.
        for (const int index : {0, 2}) {
            const Reference reference = readDirectly(index);
            QVERIFY(!reference.sensors.empty());
            int compared = 0;
            for (const ipmi::sensor::SensorView &sensor : reference.sensors) {
                const double expected = ExporterNames::valueOf(sensor);
                if (std::isnan(expected) || compared >= 8)
                    continue;
                const QString selector = PrometheusQuery::sensorSelector(target(index), QString::fromStdString(sensor.name));
                QJsonArray result;
                QVERIFY2(QTest::qWaitFor([&] {
                    const QJsonObject answer = prometheus.get(
                        QStringLiteral("/api/v1/query?query=") + QString::fromUtf8(QUrl::toPercentEncoding(selector)), &error);
                    result = answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
                    return !result.isEmpty();
                }, 20000), qPrintable(selector + QStringLiteral(": ") + error));
                QCOMPARE(result.size(), 1);
                const double stored = result.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
                QCOMPARE(stored, expected);
                ++compared;
            }
            QVERIFY(compared > 0);
        }

        // The desktop's history source over the same Prometheus: r2u's first analog sensor.
        const Reference reference = readDirectly(0);
        const auto analog = std::find_if(reference.sensors.begin(), reference.sensors.end(), [](const auto &sensor) {
            return !std::isnan(ExporterNames::valueOf(sensor));
        });
        QVERIFY(analog != reference.sensors.end());
        const QUuid host = m_serverIds.first();
        PrometheusHistorySource source(PrometheusConnection{prometheus.url(), PrometheusConnection::Auth::None, {}, {}},
                                       [this, host](const QUuid &asked) -> std::optional<PrometheusHistorySource::Target> {
                                           if (asked != host)
                                               return std::nullopt;
                                           return PrometheusHistorySource::Target{target(0), QStringLiteral("r2u")};
                                       });
        // Prometheus may hold only the sample it took a moment ago, newer than the last step
        // of a range ending now: ask again until a step covers it.
        QList<HistoryAnswer> answers;
        QVERIFY2(QTest::qWaitFor([&] {
            bool answered = false;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            source.query({{host, QString::fromStdString(analog->name)}}, now - 120'000, now, 200, this,
                         [&](QList<HistoryAnswer> got) {
                             answers = std::move(got);
                             answered = true;
                         });
            return QTest::qWaitFor([&] { return answered; }, 20000) && answers.size() == 1 && answers.first().data
                   && !answers.first().data->points.isEmpty();
        }, 30000), qPrintable(answers.isEmpty() ? QStringLiteral("no answer") : answers.first().error));
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers.first().data && !answers.first().data->points.isEmpty(), qPrintable(answers.first().error));
        QCOMPARE(answers.first().data->points.last().value, ExporterNames::valueOf(*analog));
    }

    // The exporter's form, for a BMC the registry does not hold: polled on the first
    // request (which waits for it), answered from the warm snapshot afterwards.
    void ipmiEndpointServesATargetOnFirstRequest()
    {
        const QString path = QStringLiteral("/ipmi?target=%1&module=default").arg(target(2));
        const Fetched first = fetch(path);
        QCOMPARE(first.status, 200);
        QString error;
        const auto parsed = MetricsScrape::parse(first.body, &error);
        QVERIFY2(parsed, qPrintable(error));
        for (const char *collector : {"ipmi", "bmc", "chassis", "sel"})
            QCOMPARE(parsed->value("ipmi_up", {{"collector", collector}}), QByteArray("1"));
        for (const MetricsScrape::Sample &sample : parsed->samples())
            QVERIFY2(!sample.labels.contains("target") && !sample.labels.contains("server"), sample.family.constData());
        compareSensors(*parsed, readDirectly(2), {});
        QCOMPARE(parsed->value("ipmi_chassis_power_state", {}), QByteArray(m_sims.powerState(2) ? "1" : "0"));

        const Fetched again = fetch(path);
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("ipmi_temperature_celsius{"));
    }

    void deadTargetAnswersWithinItsTimeout()
    {
        const QString path = QStringLiteral("/ipmi?target=127.0.0.1:%1&module=fast").arg(m_deadPort.port());
        const Fetched fetched = fetch(path);
        QCOMPARE(fetched.status, 200);
        // The module's timeout is 1 s; the answer must not wait for the BMC beyond it.
        QVERIFY2(fetched.elapsedMs < 4000, qPrintable(QString::number(fetched.elapsedMs)));
        QString error;
        const auto parsed = MetricsScrape::parse(fetched.body, &error);
        QVERIFY2(parsed, qPrintable(error));
        for (const char *collector : {"ipmi", "bmc", "chassis", "sel"})
            QCOMPARE(parsed->value("ipmi_up", {{"collector", collector}}), QByteArray("0"));
        // Meanwhile the live targets are served at once.
        const Fetched live = fetch(QStringLiteral("/ipmi?target=%1&module=default").arg(target(2)));
        QVERIFY(live.body.contains("ipmi_up{collector=\"ipmi\"} 1"));
    }

    // Two services with --shard 1/2 and 2/2 on the same registry poll each server once
    // between them, each the servers the documented rule gives it.
    void shardsSplitTheRegistry()
    {
        int polledInAll = 0;
        for (int share = 1; share <= 2; ++share) {
            QProcess shard;
            QStringList arguments = m_daemon.arguments();
            arguments << QStringLiteral("--shard") << QStringLiteral("%1/2").arg(share);
            shard.start(m_daemon.program(), arguments);
            QVERIFY(shard.waitForStarted());
            QByteArray log;
            const QRegularExpression polling(QStringLiteral("Polling (\\d+) of 3 servers \\(shard %1/2").arg(share));
            QRegularExpressionMatch match;
            QVERIFY(QTest::qWaitFor([&] {
                log += shard.readAllStandardError();
                match = polling.match(QString::fromUtf8(log));
                return match.hasMatch() || shard.state() == QProcess::NotRunning;
            }, 10000));
            QVERIFY2(match.hasMatch(), log.constData());
            const int expected = int(std::count_if(m_serverIds.begin(), m_serverIds.end(), [&](const QUuid &id) {
                return Shard::shareOf(id, 2) == share;
            }));
            QCOMPARE(match.captured(1).toInt(), expected);
            polledInAll += expected;
            shard.terminate();
            QVERIFY(shard.waitForFinished(10000));
            QCOMPARE(shard.exitCode(), 0);
        }
        QCOMPARE(polledInAll, 3);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("no target") << QStringLiteral("/ipmi") << 400;
        QTest::newRow("a range") << QStringLiteral("/ipmi?target=10.0.0.%5B1-5%5D") << 400;
        QTest::newRow("bad port") << QStringLiteral("/ipmi?target=127.0.0.1:99999") << 400;
        QTest::newRow("no such page") << QStringLiteral("/nothing") << 404;
    }
    void badRequestsAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QCOMPARE(fetch(path).status, status);
        QCOMPARE(m_daemon.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestBmcpilotd)
#include "tst_bmcpilotd.moc"
