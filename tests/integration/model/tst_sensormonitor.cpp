// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fleet.h"
#include "model/historyservice.h"
#include "model/poller.h"
#include "model/sensormonitor.h"
#include "model/sensorfiltermodel.h"
#include "model/sensortablemodel.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Sensor sweeps against ipmi_sim's r2u profile (CPU2 runs hot, fan 5B slows down, drive
// 3 failed): the SDR is read once and cached, the table follows sweeps without resets,
// the history receives the readings, and the tree shows the worst health. A sweep asked
// for while one runs shares its outcome.
class TestSensorMonitor final : public QObject
{
    Q_OBJECT

private:
    struct Lab
    {
        sim::IpmiSimFixture bmcs;
        ServerRegistry registry;
        SessionPool pool{2};
        Fleet fleet{&registry, &pool};
        QUuid server;

        bool start()
        {
            if (!bmcs.start())
                return false;
            const sim::SimBmc target = bmcs.bmc(0);
            const sim::Account admin = *target.account(ipmi::Privilege::Administrator);
            ServerEntry entry;
            entry.name = QStringLiteral("r2u");
            entry.address = target.host;
            entry.port = target.port;
            entry.userName = admin.user;
            server = registry.addServer(entry);
            fleet.setCredentials(server, {ipmi::SecretBytes(admin.password.toStdString()), {}});
            return true;
        }
    };

    static ipmi::Result<ServerStatus::Health> sweepAndWait(SensorMonitor &monitor, const QUuid &server)
    {
        std::optional<ipmi::Result<ServerStatus::Health>> outcome;
        monitor.sweep(server, [&](ipmi::Result<ServerStatus::Health> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return ipmi::Error{ipmi::ErrorKind::Timeout, "the sweep did not finish"};
        return *outcome;
    }

private slots:
    void aSweepAskedForMeanwhileJoinsTheRunningOne()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.bmcs.errorString()));
        QTemporaryDir dir;
        SensorMonitor monitor(&lab.fleet, nullptr, dir.path());
        QSignalSpy swept(&monitor, &SensorMonitor::sensorsUpdated);
        // The poller's sweep, then a fleet summary asking while it runs: one sweep, two answers.
        std::optional<ipmi::Result<ServerStatus::Health>> poll, fleet;
        monitor.sweep(lab.server, [&](ipmi::Result<ServerStatus::Health> result) { poll = std::move(result); });
        monitor.sweep(lab.server, [&](ipmi::Result<ServerStatus::Health> result) { fleet = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(poll.has_value() && fleet.has_value(), 30000);
        QVERIFY2(*poll, *poll ? "" : poll->error().message.c_str());
        QVERIFY2(*fleet, *fleet ? "" : fleet->error().message.c_str());
        QCOMPARE(fleet->value(), poll->value());
        QCOMPARE(swept.count(), 1);
        QVERIFY(!monitor.sensors(lab.server).empty());
    }

    void sweepsFillTheTableAndTheHistory()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.bmcs.errorString()));
        QTemporaryDir dir;
        HistoryService history;
        bool opened = false;
        history.open(dir.filePath(QStringLiteral("history.db")), this, [&](const QString &e) { opened = e.isEmpty(); });
        QTRY_VERIFY(opened);
        const QString cache = dir.filePath(QStringLiteral("sdr"));
        SensorMonitor monitor(&lab.fleet, &history, cache);
        SensorTableModel table(&monitor);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setServer(lab.server);
        QSignalSpy progress(&monitor, &SensorMonitor::sdrProgress);
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();

        const auto first = sweepAndWait(monitor, lab.server);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QVERIFY(!progress.isEmpty()); // the SDR came from the BMC, record by record
        QTRY_COMPARE(QDir(cache).entryList(QDir::Files).size(), 1); // written off the GUI thread
        // r2u: 54 analog, 30 discrete and 2 event-only sensors.
        QCOMPARE(table.rowCount(), 86);
        QVERIFY(*first >= ServerStatus::Health::Warning);

        int cpu2 = -1;
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.sensorAt(row)->name == "CPU2 Temp")
                cpu2 = row;
        }
        QVERIFY(cpu2 >= 0);
        const QModelIndex reading = table.index(cpu2, SensorTableModel::ReadingColumn);
        QCOMPARE(reading.data(SensorTableModel::ValueRole).toDouble(), 87.0);
        QVERIFY(table.index(cpu2, SensorTableModel::StatusColumn).data().toString() != QStringLiteral("OK"));
        QVERIFY(!table.index(cpu2, SensorTableModel::UcColumn).data().toString().isEmpty());

        // The page's filter proxy over the same rows keeps the model contract while its
        // filters change, and keeps exactly the rows each filter describes.
        SensorFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&table);
        filter.sort(SensorTableModel::ReadingColumn, Qt::DescendingOrder);
        const auto countRows = [&](const std::function<bool(int)> &accepts) {
            int count = 0;
            for (int row = 0; row < table.rowCount(); ++row)
                count += accepts(row) ? 1 : 0;
            return count;
        };
        const auto nameOf = [&](int row) { return table.index(row, SensorTableModel::NameColumn).data().toString(); };
        filter.setText(QStringLiteral("temp"));
        const int temps = countRows([&](int row) { return nameOf(row).contains(QStringLiteral("temp"), Qt::CaseInsensitive); });
        QVERIFY(temps > 0 && temps < table.rowCount());
        QCOMPARE(filter.rowCount(), temps);
        filter.setText({});
        const QString cpu2Type = table.index(cpu2, SensorTableModel::NameColumn).data(SensorTableModel::TypeRole).toString();
        filter.setType(cpu2Type);
        QCOMPARE(filter.rowCount(), countRows([&](int row) {
                     return table.index(row, SensorTableModel::NameColumn).data(SensorTableModel::TypeRole).toString() == cpu2Type;
                 }));
        filter.setType({});
        filter.setProblemsOnly(true);
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < table.rowCount());
        filter.setProblemsOnly(false);
        QCOMPARE(filter.rowCount(), table.rowCount());

        // A second sweep finds the same sensors: rows stay, no reset.
        QSignalSpy removed(&table, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
        progress.clear();
        const auto second = sweepAndWait(monitor, lab.server);
        QVERIFY(second);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(progress.isEmpty()); // no SDR read within the recheck period

        // The readings reached the history.
        bool answered = false;
        QList<std::optional<HistorySeriesData>> data;
        history.query({{lab.server, QStringLiteral("CPU2 Temp")}}, startMs, QDateTime::currentMSecsSinceEpoch() + 1000, 1000,
                      this, [&](QList<std::optional<HistorySeriesData>> found) {
                          data = found;
                          answered = true;
                      });
        QTRY_VERIFY(answered);
        QVERIFY(data.first());
        QCOMPARE(data.first()->points.size(), 2);
        QCOMPARE(data.first()->points.first().value, 87.0);

        // A new monitor (a new run of the application) takes the SDR from the cache: three
        // commands (device id, GUID, repository info), and the cache file is not rewritten.
        const QFileInfo cacheFile(QDir(cache).entryInfoList(QDir::Files).first());
        const QDateTime written = cacheFile.lastModified();
        SensorMonitor again(&lab.fleet, nullptr, cache);
        QSignalSpy againProgress(&again, &SensorMonitor::sdrProgress);
        const auto cached = sweepAndWait(again, lab.server);
        QVERIFY(cached);
        QCOMPARE(int(again.sensors(lab.server).size()), 86);
        QVERIFY2(againProgress.size() <= 3, qPrintable(QString::number(againProgress.size())));
        QCOMPARE(QFileInfo(cacheFile.filePath()).lastModified(), written);
    }

    void pollerShowsWorstSensorHealth()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.bmcs.errorString()));
        QTemporaryDir dir;
        ServerTreeModel tree(&lab.registry);
        SensorMonitor monitor(&lab.fleet, nullptr, dir.filePath(QStringLiteral("sdr")));
        Poller poller(&lab.fleet, &tree);
        poller.setSensorMonitor(&monitor);
        poller.setInterval(std::chrono::milliseconds(500));
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(tree.status(lab.server).health >= ServerStatus::Health::Warning, 30000);
        QCOMPARE(tree.status(lab.server).reachability, ServerStatus::Reachability::Reachable);
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestSensorMonitor)
#include "tst_sensormonitor.moc"
