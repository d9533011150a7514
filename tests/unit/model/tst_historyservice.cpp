// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/historyservice.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// The history store behind its thread: writes queue up, queries answer in the caller's
// thread, gaps survive the trip, and a bad path is reported rather than ignored.
class TestHistoryService final : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndQueriesAcrossTheThread()
    {
        QTemporaryDir dir;
        HistoryService service;
        QString openError = QStringLiteral("pending");
        service.open(dir.filePath(QStringLiteral("history.db")), this, [&](const QString &error) { openError = error; });
        QTRY_VERIFY(openError != QStringLiteral("pending"));
        QVERIFY2(openError.isEmpty(), qPrintable(openError));

        const QUuid host = QUuid::createUuid();
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60'000;
        for (int i = 0; i < 10; ++i) {
            service.record(host, start + i * 1000,
                           {{QStringLiteral("CPU Temp"), 40.0 + i},
                            {QStringLiteral("Fan 1"), i == 5 ? std::nan("") : 3000.0}});
        }
        QList<std::optional<HistorySeriesData>> results;
        bool answered = false;
        const QThread *callbackThread = nullptr;
        service.query({{host, QStringLiteral("CPU Temp")}, {host, QStringLiteral("Fan 1")}}, start, start + 10'000, 100,
                      this, [&](QList<std::optional<HistorySeriesData>> data) {
                          results = std::move(data);
                          callbackThread = QThread::currentThread();
                          answered = true;
                      });
        QTRY_VERIFY(answered);
        QCOMPARE(callbackThread, QThread::currentThread());
        QCOMPARE(results.size(), 2);
        QVERIFY(results[0]);
        QCOMPARE(results[0]->points.size(), 10);
        QCOMPARE(results[0]->points.last().value, 49.0);
        QVERIFY(results[1]);
        QCOMPARE(results[1]->gaps.size(), 1); // the failed poll at i == 5
    }

    void eventsRoundTrip()
    {
        QTemporaryDir dir;
        HistoryService service;
        bool opened = false;
        service.open(dir.filePath(QStringLiteral("h.db")), this, [&](const QString &) { opened = true; });
        QTRY_VERIFY(opened);
        const QUuid host = QUuid::createUuid();
        service.addEvents(host, {{1000, 7, HistoryEvent::Severity::Critical, QStringLiteral("Fan failure")}});
        QList<HistoryEvent> events;
        bool answered = false;
        service.events(host, 0, 2000, this, [&](QList<HistoryEvent> found) {
            events = found;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().text, QStringLiteral("Fan failure"));
    }

    void unopenableDatabaseIsReported()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        HistoryService service;
        QString openError = QStringLiteral("pending");
        service.open(junk.fileName(), this, [&](const QString &error) { openError = error; });
        QTRY_VERIFY(openError != QStringLiteral("pending"));
        QVERIFY(!openError.isEmpty());
        // Writes and queries on an unopened store do nothing and still answer.
        service.record(QUuid::createUuid(), 1, {{QStringLiteral("x"), 1.0}});
        bool answered = false;
        service.query({{QUuid::createUuid(), QStringLiteral("x")}}, 0, 10, 10, this,
                      [&](QList<std::optional<HistorySeriesData>> data) {
                          QCOMPARE(data.size(), 1);
                          QVERIFY(!data.first());
                          answered = true;
                      });
        QTRY_VERIFY(answered);
    }

    void droppedContextGetsNoCallback()
    {
        QTemporaryDir dir;
        HistoryService service;
        auto *context = new QObject;
        bool called = false;
        service.open(dir.filePath(QStringLiteral("h.db")), context, [&](const QString &) { called = true; });
        delete context;
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestHistoryService)
#include "tst_historyservice.moc"
