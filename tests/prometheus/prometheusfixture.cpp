// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace prom {

namespace {

constexpr int ReadyTimeoutMs = 20'000;

QString program(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
}

// A TCP port that was free a moment ago; start() retries when Prometheus finds it taken.
quint16 freeTcpPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString yamlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

PrometheusFixture::PrometheusFixture() = default;

PrometheusFixture::~PrometheusFixture()
{
    stop();
}

bool PrometheusFixture::available(QString *why)
{
    for (const QString &name : {QStringLiteral("prometheus"), QStringLiteral("promtool")})
        if (program(name).isEmpty()) {
            *why = QStringLiteral("%1 is not installed (Debian package prometheus; scripts/setup installs it)").arg(name);
            return false;
        }
    return true;
}

void PrometheusFixture::addMetricsJob(const QString &job, const QString &address, const QString &path)
{
    m_jobs << QStringLiteral("  - job_name: %1\n    metrics_path: %2\n    static_configs:\n      - targets: [%3]\n")
                  .arg(yamlString(job), yamlString(path), yamlString(address));
}

void PrometheusFixture::addExporterJob(const QString &job, const QString &exporter, const QStringList &targets,
                                       const QString &module)
{
    QStringList quoted;
    for (const QString &target : targets)
        quoted << yamlString(target);
    m_jobs << QStringLiteral("  - job_name: %1\n"
                             "    metrics_path: /ipmi\n"
                             "    params:\n      module: [%2]\n"
                             "    static_configs:\n      - targets: [%3]\n"
                             "    relabel_configs:\n"
                             "      - source_labels: [__address__]\n        target_label: __param_target\n"
                             "      - source_labels: [__param_target]\n        target_label: target\n"
                             "      - target_label: __address__\n        replacement: %4\n")
                  .arg(yamlString(job), yamlString(module), quoted.join(QStringLiteral(", ")), yamlString(exporter));
}

QString PrometheusFixture::configText() const
{
    return QStringLiteral("global:\n  scrape_interval: %1s\n  scrape_timeout: %1s\n  evaluation_interval: %1s\n"
                          "scrape_configs:\n%2")
        .arg(m_scrapeSeconds)
        .arg(m_jobs.isEmpty() ? QStringLiteral("  []\n") : m_jobs.join(QString()));
}

bool PrometheusFixture::backfill(const QByteArray &openMetrics, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    QByteArray text = openMetrics;
    if (!text.endsWith('\n'))
        text += '\n';
    if (!text.contains("# EOF"))
        text += "# EOF\n";
    const QString input = m_dir.filePath(QStringLiteral("backfill-%1.om").arg(QDateTime::currentMSecsSinceEpoch()));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(input, file.errorString());
        return false;
    }
    file.close();
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(program(QStringLiteral("promtool")),
                   {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), input,
                    m_dir.filePath(QStringLiteral("data"))});
    if (!promtool.waitForFinished(30'000) || promtool.exitStatus() != QProcess::NormalExit || promtool.exitCode() != 0) {
        *error = QStringLiteral("promtool could not backfill: %1 %2")
                     .arg(promtool.errorString(), QString::fromLocal8Bit(promtool.readAll()).right(2000));
        promtool.kill();
        promtool.waitForFinished(2000);
        return false;
    }
    return true;
}

bool PrometheusFixture::start(QString *error)
{
    if (!available(error))
        return false;
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
    if (!config.open(QIODevice::WriteOnly) || config.write(configText().toUtf8()) < 0) {
        *error = QStringLiteral("cannot write the configuration: %1").arg(config.errorString());
        return false;
    }
    config.close();
    for (int attempt = 0; attempt < 5; ++attempt) {
        bool portTaken = false;
        if (startOnce(error, &portTaken))
            return true;
        if (!portTaken)
            return false;
    }
    return false;
}

bool PrometheusFixture::startOnce(QString *error, bool *portTaken)
{
    m_port = freeTcpPort();
    if (m_port == 0) {
        *error = QStringLiteral("no free TCP port on 127.0.0.1");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    // Its log goes to a file: a pipe nobody reads would stall it once full.
    const QString log = m_dir.filePath(QStringLiteral("prometheus.log"));
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(log);
    const auto logTail = [log] {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(2000)) : QString();
    };
    m_process->start(program(QStringLiteral("prometheus")),
                     {QStringLiteral("--config.file=%1").arg(m_dir.filePath(QStringLiteral("prometheus.yml"))),
                      QStringLiteral("--storage.tsdb.path=%1").arg(m_dir.filePath(QStringLiteral("data"))),
                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                      // Backfilled blocks may be old; keep them all.
                      QStringLiteral("--storage.tsdb.retention.time=3650d"), QStringLiteral("--log.level=warn")});
    if (!m_process->waitForStarted(10'000)) {
        *error = QStringLiteral("prometheus did not start: %1").arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ReadyTimeoutMs) {
        if (m_process->state() != QProcess::Running) {
            const QString output = logTail();
            *portTaken = output.contains(QLatin1String("address already in use"));
            *error = QStringLiteral("prometheus exited: %1").arg(output);
            m_process.reset();
            return false;
        }
        QString notYet;
        get(QStringLiteral("/-/ready"), &notYet, 1000); // not JSON: only the status matters
        if (notYet.isEmpty())
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("prometheus was not ready after %1 s: %2")
                 .arg(ReadyTimeoutMs / 1000)
                 .arg(logTail());
    stop();
    return false;
}

void PrometheusFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM to its pid: Prometheus shuts down cleanly
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
    }
    m_process.reset();
}

bool PrometheusFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 PrometheusFixture::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl PrometheusFixture::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject PrometheusFixture::get(const QString &pathAndQuery, QString *error, int timeoutMs) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url().toString() + pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("GET %1: %2 %3").arg(pathAndQuery, reply->errorString(), QString::fromUtf8(body.left(500)));
        return {};
    }
    error->clear();
    return QJsonDocument::fromJson(body).object();
}

bool PrometheusFixture::waitForTargetsUp(QString *error, int timeoutMs) const
{
    QElapsedTimer waited;
    waited.start();
    QString last;
    while (waited.elapsed() < timeoutMs) {
        const QJsonObject answer = get(QStringLiteral("/api/v1/targets?state=active"), error);
        const QJsonArray targets =
            answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("activeTargets")).toArray();
        bool allUp = !targets.isEmpty();
        for (const QJsonValue &target : targets) {
            const QJsonObject one = target.toObject();
            if (one.value(QStringLiteral("health")).toString() != QLatin1String("up")) {
                allUp = false;
                last = one.value(QStringLiteral("scrapeUrl")).toString() + QStringLiteral(": ") +
                       one.value(QStringLiteral("lastError")).toString();
            }
        }
        if (allUp)
            return true;
        QEventLoop pause; // let the test's own servers answer the scrapes meanwhile
        QTimer::singleShot(200, &pause, &QEventLoop::quit);
        pause.exec();
    }
    *error = QStringLiteral("scrape targets not up after %1 s: %2").arg(timeoutMs / 1000).arg(last);
    return false;
}

} // namespace prom
