// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace prom {

// Debian's prometheus on a free loopback port, for tests: a generated scrape
// configuration, storage in a temporary folder, ready when /-/ready answers, stopped by
// its pid (SIGTERM, then SIGKILL) when the fixture goes.
//
// Two ways to put data in:
// - backfill(): OpenMetrics text with timestamps the test chose, turned into blocks by
//   promtool tsdb create-blocks-from openmetrics before Prometheus starts, so a test
//   knows every stored value and time;
// - scrape jobs: bmcpilotd's /metrics form (addMetricsJob) or the ipmi_exporter form
//   (addExporterJob: /ipmi?target=, with __param_target relabelled into a target label
//   as docs/deploy.md shows), scraped every scrapeIntervalSeconds.
//
// Usage: add jobs and backfill, start(), then read through url() (or get()).
class PrometheusFixture
{
public:
    PrometheusFixture();
    ~PrometheusFixture();
    PrometheusFixture(const PrometheusFixture &) = delete;
    PrometheusFixture &operator=(const PrometheusFixture &) = delete;

    // Both programs exist (Debian packages prometheus; promtool comes with it).
    static bool available(QString *why);

    void setScrapeIntervalSeconds(int seconds) { m_scrapeSeconds = seconds; }
    // Scrapes http://<address><path> (address "127.0.0.1:port").
    void addMetricsJob(const QString &job, const QString &address, const QString &path = QStringLiteral("/metrics"));
    // Scrapes http://<exporter>/ipmi?target=<t>&module=<module> for each target, the way
    // configurations written for the ipmi_exporter do.
    void addExporterJob(const QString &job, const QString &exporter, const QStringList &targets,
                        const QString &module = QStringLiteral("default"));

    // Before start(): stores these samples (OpenMetrics text; "# EOF" is added when missing).
    bool backfill(const QByteArray &openMetrics, QString *error);

    bool start(QString *error);
    void stop();
    bool isRunning() const;
    qint64 pid() const;
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const { return m_port; }
    QString configText() const; // the generated prometheus.yml

    // GET on the HTTP API, waiting up to timeoutMs; the JSON answer, or an empty object
    // with *error set.
    QJsonObject get(const QString &pathAndQuery, QString *error, int timeoutMs = 10'000) const;
    // Waits until every scrape target is up (/api/v1/targets) or timeoutMs passes.
    bool waitForTargetsUp(QString *error, int timeoutMs = 20'000) const;

private:
    bool startOnce(QString *error, bool *portTaken);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    int m_scrapeSeconds = 1;
    QStringList m_jobs; // YAML of each scrape job
};

} // namespace prom
