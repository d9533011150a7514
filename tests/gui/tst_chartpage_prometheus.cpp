// SPDX-License-Identifier: GPL-3.0-or-later
#include "authproxy.h"
#include "prometheusfixture.h"

#include "model/historyservice.h"
#include "model/historysources.h"
#include "model/localhistorysource.h"
#include "model/prometheusquery.h"
#include "model/serverregistry.h"
#include "ui/chartpage.h"
#include "ui/historychart.h"
#include "ui/historysourcedialog.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

// The History page of a group whose history source is Prometheus: it charts what
// Prometheus holds (with the BMC's threshold lines, and the same CSV export), says so
// in words when Prometheus is down, and the history source dialog finds the group's
// servers through "Test connection" before it saves.
class TestChartPagePrometheus final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 StepMs = 15'000;
    static constexpr int Samples = 81; // 20 minutes
    prom::PrometheusFixture m_prometheus;
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryService> m_service;
    std::unique_ptr<LocalHistorySource> m_local;
    ServerRegistry m_registry;
    QUuid m_lab;
    QUuid m_server;
    qint64 m_firstMs = 0;

    static bool waitForAnswer(HistoryChart *chart)
    {
        return QTest::qWaitFor([chart] { return chart->shownSequence() == chart->lastRequest().sequence; }, 20000);
    }

    static double sampleValue(int i) { return 30.0 + (i % 9); }

    qint64 lastMs() const { return m_firstMs + (Samples - 1) * StepMs; }

private slots:
    void initTestCase()
    {
        QString why;
        if (!prom::PrometheusFixture::available(&why))
            QSKIP(qPrintable(why));
        m_firstMs = (QDateTime::currentMSecsSinceEpoch() - 120 * 60'000) / StepMs * StepMs;
        QByteArray text = "# TYPE ipmi_temperature_celsius gauge\n";
        for (int i = 0; i < Samples; ++i)
            text += QStringLiteral("ipmi_temperature_celsius{id=\"5\",name=\"Inlet Temp\",target=\"127.0.0.1:7623\",server=\"rack-01\",group=\"Lab\"} %1 %2\n")
                        .arg(sampleValue(i))
                        .arg(PrometheusQuery::seconds(m_firstMs + i * StepMs))
                        .toUtf8();
        QString error;
        QVERIFY2(m_prometheus.backfill(text, &error), qPrintable(error));
        QVERIFY2(m_prometheus.start(&error), qPrintable(error));

        m_service = std::make_unique<HistoryService>();
        QString openError = QStringLiteral("pending");
        m_service->open(m_dir.filePath(QStringLiteral("history.db")), this, [&](const QString &e) { openError = e; });
        QTRY_VERIFY(openError != QStringLiteral("pending"));
        m_local = std::make_unique<LocalHistorySource>(m_service.get());
        m_lab = m_registry.addGroup(QStringLiteral("Lab"));
        ServerEntry entry;
        entry.name = QStringLiteral("rack-01");
        entry.address = QStringLiteral("127.0.0.1");
        entry.port = 7623;
        m_server = m_registry.addServer(entry, m_lab);
        QVERIFY(!m_server.isNull());
    }

    void cleanupTestCase()
    {
        m_local.reset();
        m_service.reset();
    }

    void dialogTestsAndSavesTheSource()
    {
        HistorySources sources(&m_registry, m_local.get());
        HistorySourceDialog dialog(&sources, &m_registry, m_lab);
        dialog.show();
        auto *inherit = dialog.findChild<QRadioButton *>(QStringLiteral("inheritRadio"));
        auto *prometheus = dialog.findChild<QRadioButton *>(QStringLiteral("prometheusRadio"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(inherit && prometheus && url && test && ok);
        QVERIFY(inherit->isChecked()); // nothing set: inherited, from all servers (local)
        QVERIFY(!test->isEnabled());

        prometheus->setChecked(true);
        QVERIFY(!ok->isEnabled()); // no address yet
        url->setText(QStringLiteral("prometheus:9090"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("not a Prometheus address")));

        url->setText(m_prometheus.url().toString());
        QVERIFY(ok->isEnabled());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(QLatin1String("answered")), 10000);
        QVERIFY2(dialog.testResult().contains(QLatin1String("1 of the 1 server")), qPrintable(dialog.testResult()));

        // Basic authentication needs a user and a password before OK.
        auto *auth = dialog.findChild<QComboBox *>(QStringLiteral("authCombo"));
        auth->setCurrentIndex(1);
        QVERIFY(!ok->isEnabled());
        auth->setCurrentIndex(0);
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = sources.ownConfig(m_lab);
        QVERIFY(saved);
        QCOMPARE(saved->kind, HistorySourceConfig::Kind::Prometheus);
        QCOMPARE(saved->url, m_prometheus.url());
        QCOMPARE(sources.effectiveConfig(m_server).kind, HistorySourceConfig::Kind::Prometheus);
    }

    // Behind a proxy that asks for a password: the stored one serves until the kind of
    // authentication changes.
    void dialogUsesTheStoredSecret()
    {
        prom::AuthProxy proxy(m_prometheus.url(), "Basic " + QByteArrayLiteral("viewer:pa55").toBase64());
        QString error;
        QVERIFY2(proxy.listen(&error), qPrintable(error));
        HistorySources sources(&m_registry, m_local.get());
        HistorySourceConfig config;
        config.kind = HistorySourceConfig::Kind::Prometheus;
        config.url = proxy.url();
        config.auth = PrometheusConnection::Auth::Basic;
        config.user = QStringLiteral("viewer");
        QVERIFY(sources.setConfig({}, config, SecretValue::fromUtf8(QStringLiteral("pa55")), &error));

        HistorySourceDialog dialog(&sources, &m_registry, {}); // all servers
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("inheritRadio"))->isVisibleTo(&dialog));
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("prometheusRadio"))->isChecked());
        QVERIFY(secret->text().isEmpty() && !secret->placeholderText().isEmpty());
        QVERIFY(ok->isEnabled());
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(QLatin1String("answered")), 10000);
        QVERIFY(proxy.passed() > 0);

        auto *auth = dialog.findChild<QComboBox *>(QStringLiteral("authCombo"));
        auth->setCurrentIndex(2); // a bearer token: the password is no token
        QVERIFY(!ok->isEnabled());
        auth->setCurrentIndex(1);
        secret->setText(QStringLiteral("wrong"));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(QLatin1String("HTTP 401")), 10000);
    }

    void chartsFromPrometheusAndSaysWhenItIsDown()
    {
        HistorySources sources(&m_registry, m_local.get());
        HistorySourceConfig config;
        config.kind = HistorySourceConfig::Kind::Prometheus;
        config.url = m_prometheus.url();
        QString error;
        QVERIFY(sources.setConfig(m_lab, config, std::nullopt, &error));

        ChartPage page(&sources);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSeries({{m_server, QStringLiteral("Inlet Temp"), QStringLiteral("Inlet Temp (rack-01)"),
                         QStringLiteral("degrees C"), {{QStringLiteral("UC"), 45.0}}}});
        page.setRange(m_firstMs, lastMs());
        HistoryChart *chart = page.chart();
        QVERIFY(waitForAnswer(chart));
        QVERIFY2(chart->emptyText().isEmpty(), qPrintable(chart->emptyText()));
        QCPGraph *graph = chart->plot()->graph(0);
        QVERIFY(graph->dataCount() >= Samples);
        double low = 1e9, high = -1e9;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            if (!std::isnan(it->value)) {
                low = std::min(low, it->value);
                high = std::max(high, it->value);
            }
        QCOMPARE(low, 30.0);
        QCOMPARE(high, 38.0);

        // The threshold from the BMC's SDR, as with local history.
        bool thresholdShown = false;
        for (int i = 0; i < chart->plot()->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(chart->plot()->item(i)))
                thresholdShown = thresholdShown || text->text().contains(QLatin1String("UC"));
        QVERIFY(thresholdShown);

        // The CSV export holds Prometheus's samples.
        const QString csv = chart->csv();
        QVERIFY2(csv.contains(QLatin1String(",38")), qPrintable(csv.left(300)));
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY2(chart->exportCsv(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 100);
        const QString png = m_dir.filePath(QStringLiteral("export.png"));
        QVERIFY2(chart->exportPng(png, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());

        // A sensor Prometheus lacks, beside one it has: the line of text under the chart says so.
        QList<ChartSeries> withGhost = page.series();
        withGhost.append({m_server, QStringLiteral("Ghost"), QStringLiteral("Ghost (rack-01)"), QStringLiteral("RPM"), {}});
        page.setSeries(withGhost);
        page.setRange(m_firstMs, lastMs());
        QVERIFY(waitForAnswer(chart));
        QVERIFY(chart->emptyText().isEmpty());
        auto *readout = page.findChild<QLabel *>(QStringLiteral("readoutLabel"));
        QVERIFY(readout);
        QCOMPARE(readout->text(), PrometheusQuery::noSeries(QStringLiteral("Ghost"), QStringLiteral("rack-01")));
        QVERIFY(chart->plot()->graph(1)->name().contains(QLatin1String("unavailable")));

        // A new page picks its range from where Prometheus's data starts (two hours ago).
        ChartPage fresh(&sources);
        QCOMPARE(fresh.preset(), std::optional(ChartPage::Preset::Hour1)); // until it knows
        fresh.setSeries(page.series());
        QTRY_COMPARE_WITH_TIMEOUT(fresh.preset(), std::optional(ChartPage::Preset::Hours24), 10000);

        // Prometheus goes away: the chart says so instead of showing nothing.
        m_prometheus.stop();
        page.setRange(m_firstMs - 60'000, lastMs());
        QVERIFY(waitForAnswer(chart));
        QVERIFY2(chart->emptyText().contains(QLatin1String("cannot be reached")), qPrintable(chart->emptyText()));
        auto *message = chart->findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(m_prometheus.url().toString()));
    }
};

QTEST_MAIN(TestChartPagePrometheus)
#include "tst_chartpage_prometheus.moc"
