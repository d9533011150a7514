// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/historyservice.h"
#include "model/localhistorysource.h"
#include "ui/chartannotations.h"
#include "ui/chartpage.h"
#include "ui/historychart.h"

#include <qcustomplot.h>

#include <QDateTime>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// How the history page reads: the range it opens with follows the data stored (fresh
// readings are not a sliver of a day), "Follow now" brings a panned chart back to now,
// threshold labels never cover each other or the lines, and the legend keeps to the
// width of the chart, on screen and in the exported picture.
class TestChartPage final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Minute = 60'000, Hour = 60 * Minute, Day = 24 * Hour;

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryService> m_service;
    std::unique_ptr<LocalHistorySource> m_source; // what the chart reads: m_service

    // A host whose sensors were read every minute from `age` ago until now.
    QUuid recordedHost(qint64 age, const QStringList &sensors, double value = 40.0)
    {
        const QUuid host = QUuid::createUuid();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qint64 t = now - age; t <= now; t += Minute) {
            QList<HistoryService::Reading> readings;
            for (const QString &sensor : sensors)
                readings.append({sensor, value + double((t / Minute) % 3)});
            m_service->record(host, t, readings);
        }
        return host;
    }

    static ChartSeries temperature(const QUuid &host, const QString &sensor, QList<QPair<QString, double>> thresholds = {})
    {
        return {host, sensor, QStringLiteral("%1 (lab-server-01)").arg(sensor), QStringLiteral("degrees C"), thresholds};
    }

    static bool waitForAnswer(HistoryChart *chart)
    {
        return QTest::qWaitFor([chart] { return chart->shownSequence() == chart->lastRequest().sequence; }, 20000);
    }

    static QRectF rectOf(QCPItemText *item)
    {
        return QRectF(item->topLeft->pixelPosition(), item->bottomRight->pixelPosition()).normalized();
    }

private slots:
    void initTestCase()
    {
        m_service = std::make_unique<HistoryService>();
        m_source = std::make_unique<LocalHistorySource>(m_service.get());
        QString error = QStringLiteral("pending");
        m_service->open(m_dir.filePath(QStringLiteral("history.db")), this, [&](const QString &text) { error = text; });
        QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("pending"), 30000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_service.reset();
    }

    void opensOnARangeThatFitsTheData()
    {
        QCOMPARE(ChartPage::presetCovering(std::nullopt, 0), ChartPage::Preset::Hour1);
        const struct
        {
            qint64 age;
            ChartPage::Preset expected;
        } cases[] = {{5 * Minute, ChartPage::Preset::Minutes15},
                     {40 * Minute, ChartPage::Preset::Hour1},
                     {3 * Hour, ChartPage::Preset::Hours24},
                     {2 * Day, ChartPage::Preset::Days7}};
        for (const auto &one : cases) {
            const QUuid host = recordedHost(one.age, {QStringLiteral("Inlet Temp")});
            ChartPage page(m_source.get());
            page.resize(900, 500);
            page.show();
            page.setSeries({temperature(host, QStringLiteral("Inlet Temp"))});
            QTRY_COMPARE_WITH_TIMEOUT(page.preset(), std::optional(one.expected), 10000);
            QVERIFY(page.isFollowing());
            QVERIFY(waitForAnswer(page.chart()));
            QVERIFY(page.chart()->emptyText().isEmpty());
        }

        // No data yet: an hour, following now.
        ChartPage empty(m_source.get());
        empty.setSeries({temperature(QUuid::createUuid(), QStringLiteral("Inlet Temp"))});
        QTest::qWait(300);
        QCOMPARE(empty.preset(), std::optional(ChartPage::Preset::Hour1));

        // A range the user picked stays.
        const QUuid fresh = recordedHost(5 * Minute, {QStringLiteral("Inlet Temp")});
        ChartPage picked(m_source.get());
        picked.applyPreset(ChartPage::Preset::Days7);
        picked.setSeries({temperature(fresh, QStringLiteral("Inlet Temp"))});
        QTest::qWait(300);
        QCOMPARE(picked.preset(), std::optional(ChartPage::Preset::Days7));
    }

    void followNowComesBackAfterAPan()
    {
        const QUuid host = recordedHost(50 * Minute, {QStringLiteral("Inlet Temp")});
        ChartPage page(m_source.get());
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSeries({temperature(host, QStringLiteral("Inlet Temp"))});
        QTRY_COMPARE_WITH_TIMEOUT(page.preset(), std::optional(ChartPage::Preset::Hour1), 10000);
        auto *follow = page.findChild<QToolButton *>(QStringLiteral("followButton"));
        QVERIFY(follow && follow->isVisible());
        // The toolbar, button included, asks no more width than a 1024 pixel window leaves
        // the pages beside the server tree.
        QVERIFY2(page.minimumSizeHint().width() <= 660, qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY(follow->isChecked());

        // A drag to the past, as the mouse does it: following stops, and says so.
        HistoryChart *chart = page.chart();
        chart->plot()->xAxis->moveRange(-20.0 * 60);
        QVERIFY(!page.isFollowing());
        QVERIFY(!follow->isChecked());
        const qint64 span = chart->rangeTo() - chart->rangeFrom();
        QVERIFY(chart->rangeTo() < QDateTime::currentMSecsSinceEpoch() - 15 * Minute);

        follow->click();
        QVERIFY(page.isFollowing());
        QVERIFY(follow->isChecked());
        QVERIFY(std::abs(chart->rangeTo() - QDateTime::currentMSecsSinceEpoch()) < 2000);
        QVERIFY(std::abs(chart->rangeTo() - chart->rangeFrom() - span) <= 1);
        QCOMPARE(page.preset(), std::optional(ChartPage::Preset::Hour1)); // the same span as the preset

        // Unticking stops following without moving.
        const qint64 end = chart->rangeTo();
        follow->click();
        QVERIFY(!page.isFollowing());
        QCOMPARE(chart->rangeTo(), end);
    }

    void thresholdLabelsNeverOverlap()
    {
        // Three sensors of one unit whose thresholds lie a degree apart: a crowd of labels.
        const QStringList sensors{QStringLiteral("CPU1 Temp"), QStringLiteral("CPU2 Temp"), QStringLiteral("Board Temp")};
        const QUuid host = recordedHost(30 * Minute, sensors);
        QList<ChartSeries> series;
        for (int i = 0; i < sensors.size(); ++i)
            series << temperature(host, sensors[i],
                                  {{QStringLiteral("UNC"), 44.0 + i}, {QStringLiteral("UC"), 45.0 + i},
                                   {QStringLiteral("UNR"), 46.0 + i}, {QStringLiteral("LC"), 5.0 + i}});
        HistoryChart chart(m_source.get());
        chart.resize(700, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setSeries(series);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        chart.setRange(now - Hour, now);
        QVERIFY(waitForAnswer(&chart));
        QCustomPlot *plot = chart.plot();
        plot->replot();

        QList<QRectF> labels, ends;
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(plot->item(i));
            if (!text || !text->visible())
                continue;
            if (text->property("thresholdLabel").isValid()) {
                labels << rectOf(text);
                // Under the graphs: a label never hides a line.
                QVERIFY(text->layer()->index() < plot->graph(0)->layer()->index());
                QCOMPARE(text->layer()->name(), QString::fromLatin1(ChartAnnotations::LabelLayer));
            } else if (sensors.contains(text->text().section(QStringLiteral(" ("), 0, 0))) {
                ends << rectOf(text);
                QVERIFY(text->layer()->index() < plot->graph(0)->layer()->index()); // the lines' own labels too
            }
        }
        QVERIFY2(labels.size() >= 6, qPrintable(QString::number(labels.size())));
        QCOMPARE(ends.size(), 3);
        const QRectF area = plot->axisRect()->rect();
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY(area.contains(labels[i]));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
            for (const QRectF &end : std::as_const(ends))
                QVERIFY(!labels[i].intersects(end));
        }
    }

    void legendKeepsToTheWidth()
    {
        const QStringList sensors{QStringLiteral("Inlet Ambient Temp"), QStringLiteral("Exhaust Air Temp"),
                                  QStringLiteral("Outside Air Temp"), QStringLiteral("Intake Duct Temp")};
        const QUuid host = recordedHost(20 * Minute, sensors, 20.0);
        QList<ChartSeries> series;
        for (const QString &sensor : sensors)
            series << temperature(host, sensor);
        HistoryChart chart(m_source.get());
        chart.resize(640, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setSeries(series);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        chart.setRange(now - Hour, now);
        QVERIFY(waitForAnswer(&chart));
        QCustomPlot *plot = chart.plot();

        const auto everyEntryShows = [plot] {
            plot->replot();
            QCPLegend *legend = plot->legend;
            int entries = 0;
            for (int i = 0; i < legend->itemCount(); ++i) { // the grid's cells: some may be empty
                QCPAbstractLegendItem *item = legend->item(i);
                if (!item)
                    continue;
                ++entries;
                const QRect rect = item->outerRect();
                if (rect.left() < 0 || rect.right() > plot->viewport().right()
                    || rect.width() < item->minimumOuterSizeHint().width())
                    return false;
            }
            return entries == 4;
        };
        QVERIFY(everyEntryShows());

        const QString path = m_dir.filePath(QStringLiteral("legend.png"));
        QString error;
        QVERIFY2(chart.exportPng(path, &error), qPrintable(error));
        QCOMPARE(QImage(path).size(), plot->size());
        QVERIFY(everyEntryShows()); // the exported picture is laid out the same way

        chart.resize(1200, 420); // wider: more entries per row
        QCoreApplication::processEvents();
        QVERIFY(everyEntryShows());
        QVERIFY(plot->legend->wrap() > 1);
    }
};

QTEST_MAIN(TestChartPage)
#include "tst_chartpage.moc"
