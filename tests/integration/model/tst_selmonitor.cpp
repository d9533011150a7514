// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bmc.h"
#include "model/eventlogfiltermodel.h"
#include "model/eventlogmodel.h"
#include "model/fleet.h"
#include "model/historyservice.h"
#include "model/poller.h"
#include "model/selmonitor.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/servertreemodel.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include "ipmi/sel/selcommands.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ipmi::sel;
using Severity = HistoryEvent::Severity;

// The SEL monitor and its table against ipmi_sim's r2u profile (120 SEL records, dated
// from May 2024): a first read fills the table, an added record arrives as one inserted
// row, deletes and a clear reset it, the history receives the dated system events (also
// those stamped with the BMC's pre-init clock).
class TestSelMonitor final : public QObject
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

    static ipmi::Result<int> updateAndWait(SelMonitor &monitor, const QUuid &server)
    {
        std::optional<ipmi::Result<int>> outcome;
        monitor.update(server, [&](ipmi::Result<int> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return ipmi::Error{ipmi::ErrorKind::Timeout, "the update did not finish"};
        return *outcome;
    }

    // ipmitool's "sel add" event: temperature sensor 30h, upper critical going high.
    std::optional<std::uint16_t> addEvent(Lab &lab, std::uint8_t sensorNumber)
    {
        SystemEvent event;
        event.generator.raw = 0x0081;
        event.evmRev = 0x04;
        event.sensorType = 0x01;
        event.sensorNumber = sensorNumber;
        event.eventReadingType = 0x01;
        event.eventData = {0x09, 0xFF, 0xFF};
        std::optional<ipmi::Result<std::uint16_t>> added;
        lab.fleet.bmc(lab.server)->call<std::uint16_t>(addSelEntryRequest(encodeSystemEvent(0, event)),
                                                       parseAddSelEntry, this,
                                                       [&](ipmi::Result<std::uint16_t> id) { added = id; });
        if (!QTest::qWaitFor([&] { return added.has_value(); }, 30000) || !*added)
            return std::nullopt;
        return added->value();
    }

    static SelEntry systemEntry(std::uint8_t sensorType, std::uint8_t readingType, std::uint8_t offset,
                                bool deassertion = false)
    {
        SelEntry entry;
        entry.recordType = recordtype::SystemEvent;
        SystemEvent event;
        event.sensorType = sensorType;
        event.eventReadingType = readingType;
        event.deassertion = deassertion;
        event.eventData = {offset, 0xFF, 0xFF};
        entry.body = event;
        return entry;
    }

private slots:
    void severityFollowsTheEvent_data()
    {
        QTest::addColumn<int>("sensorType");
        QTest::addColumn<int>("readingType");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("deassertion");
        QTest::addColumn<int>("severity");
        QTest::newRow("upper non-critical going high") << 0x01 << 0x01 << 0x07 << false << int(Severity::Warning);
        QTest::newRow("lower non-critical going low") << 0x02 << 0x01 << 0x00 << false << int(Severity::Warning);
        QTest::newRow("upper critical going high") << 0x01 << 0x01 << 0x09 << false << int(Severity::Critical);
        QTest::newRow("lower non-recoverable going low") << 0x02 << 0x01 << 0x04 << false << int(Severity::Critical);
        QTest::newRow("upper critical deasserted") << 0x01 << 0x01 << 0x09 << true << int(Severity::Info);
        QTest::newRow("power supply failure detected") << 0x08 << 0x6F << 0x01 << false << int(Severity::Critical);
        QTest::newRow("power supply presence") << 0x08 << 0x6F << 0x00 << false << int(Severity::Info);
        QTest::newRow("power supply predictive failure") << 0x08 << 0x6F << 0x02 << false << int(Severity::Warning);
        QTest::newRow("drive fault") << 0x0D << 0x6F << 0x01 << false << int(Severity::Critical);
        QTest::newRow("uncorrectable ECC") << 0x0C << 0x6F << 0x01 << false << int(Severity::Critical);
        QTest::newRow("correctable ECC") << 0x0C << 0x6F << 0x00 << false << int(Severity::Warning);
        QTest::newRow("processor IERR") << 0x07 << 0x6F << 0x00 << false << int(Severity::Critical);
        QTest::newRow("chassis intrusion") << 0x05 << 0x6F << 0x00 << false << int(Severity::Warning);
        QTest::newRow("system boot") << 0x1D << 0x6F << 0x01 << false << int(Severity::Info);
        QTest::newRow("redundancy lost") << 0x0B << 0x0B << 0x01 << false << int(Severity::Warning);
        QTest::newRow("transition to critical") << 0x01 << 0x07 << 0x02 << false << int(Severity::Critical);
        QTest::newRow("OEM reading type") << 0x01 << 0x70 << 0x01 << false << int(Severity::Info);
    }

    void severityFollowsTheEvent()
    {
        QFETCH(int, sensorType);
        QFETCH(int, readingType);
        QFETCH(int, offset);
        QFETCH(bool, deassertion);
        QFETCH(int, severity);
        const SelEntry entry = systemEntry(std::uint8_t(sensorType), std::uint8_t(readingType), std::uint8_t(offset),
                                           deassertion);
        QCOMPARE(int(SelMonitor::severityOf(entry)), severity);
    }

    void oemRecordsAreInfo()
    {
        SelEntry entry;
        entry.recordType = 0xC1;
        entry.body = OemTimestamped{};
        QCOMPARE(SelMonitor::severityOf(entry), Severity::Info);
    }

    void followsTheSelIncrementally()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.bmcs.errorString()));
        QTemporaryDir dir;
        HistoryService history;
        bool opened = false;
        history.open(dir.filePath(QStringLiteral("history.db")), this, [&](const QString &e) { opened = e.isEmpty(); });
        QTRY_VERIFY(opened);
        SensorMonitor sensors(&lab.fleet, nullptr, dir.filePath(QStringLiteral("sdr")));
        std::optional<ipmi::Result<ServerStatus::Health>> swept;
        sensors.sweep(lab.server, [&](ipmi::Result<ServerStatus::Health> health) { swept = std::move(health); });
        QTRY_VERIFY_WITH_TIMEOUT(swept.has_value(), 30000);
        QVERIFY(*swept);

        SelMonitor monitor(&lab.fleet, &history, &sensors);
        EventLogModel table(&monitor);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setServer(lab.server);
        QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);

        // First read: the whole SEL, as one reset, nothing "new".
        const auto first = updateAndWait(monitor, lab.server);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QCOMPARE(*first, 120);
        QCOMPARE(table.rowCount(), 120);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(table.newCount(), 0);
        const QRegularExpression isoWithOffset(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
        int dated = 0;
        int named = 0;
        int critical = 0;
        for (int row = 0; row < table.rowCount(); ++row) {
            const SelMonitor::Event &event = monitor.events(lab.server)[std::size_t(row)];
            if (event.entry.recordType == recordtype::SystemEvent) {
                const QString time = table.index(row, EventLogModel::TimeColumn).data().toString();
                QVERIFY2(isoWithOffset.match(time).hasMatch(), qPrintable(time));
                ++dated;
                if (!table.index(row, EventLogModel::SensorColumn).data().toString().contains(QStringLiteral("#0x")))
                    ++named;
            }
            if (table.index(row, 0).data(EventLogModel::SeverityRole).toInt() == int(Severity::Critical)) {
                ++critical;
                QCOMPARE(table.index(row, EventLogModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
            }
        }
        QVERIFY(dated > 100);
        QVERIFY2(named > dated / 2, qPrintable(QStringLiteral("%1 of %2").arg(named).arg(dated))); // SDR names
        QVERIFY(critical > 0);

        // The page's filter proxy keeps the model contract and the rows each filter names.
        EventLogFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&table);
        filter.sort(EventLogModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(filter.rowCount(), table.rowCount());
        filter.setMinimumSeverity(Severity::Critical);
        QCOMPARE(filter.rowCount(), critical);
        filter.setMinimumSeverity(Severity::Info);
        const QString firstType = table.index(0, EventLogModel::TypeColumn).data().toString();
        filter.setSensorType(firstType);
        int ofType = 0;
        for (int row = 0; row < table.rowCount(); ++row)
            ofType += table.index(row, EventLogModel::TypeColumn).data().toString() == firstType ? 1 : 0;
        QCOMPARE(filter.rowCount(), ofType);
        filter.setSensorType({});
        filter.setText(QStringLiteral("no event reads like this"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setText({});
        QCOMPARE(filter.rowCount(), table.rowCount());

        // Nothing changed: nothing read beyond Get SEL Info, no signal.
        const auto same = updateAndWait(monitor, lab.server);
        QVERIFY(same);
        QCOMPARE(*same, 0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);

        // The dated system events reached the history (a month of 2024 and later).
        std::optional<QList<HistoryEvent>> recorded;
        history.events(lab.server, 0, QDateTime::currentMSecsSinceEpoch() + 1000, this,
                       [&](QList<HistoryEvent> events) { recorded = events; });
        QTRY_VERIFY(recorded.has_value());
        QCOMPARE(recorded->size(), dated);
        QVERIFY(std::any_of(recorded->begin(), recorded->end(),
                            [](const HistoryEvent &e) { return e.severity == Severity::Critical && !e.text.isEmpty(); }));

        // An added record: one inserted row at the end, no reset, marked new.
        const qint64 addedAtMs = QDateTime::currentMSecsSinceEpoch();
        const auto added = addEvent(lab, 0x30);
        QVERIFY(added);
        const auto one = updateAndWait(monitor, lab.server);
        QVERIFY2(one, one ? "" : one.error().message.c_str());
        QCOMPARE(*one, 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 120);
        QCOMPARE(inserted.first().at(2).toInt(), 120);
        QCOMPARE(table.rowCount(), 121);
        QCOMPARE(table.index(120, 0).data(EventLogModel::RecordIdRole).toInt(), int(*added));
        QCOMPARE(table.index(120, EventLogModel::EventColumn).data().toString(), QStringLiteral("Upper Critical going high"));
        QCOMPARE(table.index(120, 0).data(EventLogModel::SeverityRole).toInt(), int(Severity::Critical));
        QVERIFY(table.index(120, 0).data(EventLogModel::NewRole).toBool());
        QVERIFY(!table.index(119, 0).data(EventLogModel::NewRole).toBool());
        QCOMPARE(table.newCount(), 1);
        table.markAllSeen();
        QVERIFY(!table.index(120, 0).data(EventLogModel::NewRole).toBool());
        // ipmi_sim stamps added records with its own clock (pre-init, as a BMC whose clock
        // was never set does): the BMC's running clock places it, about when it was added,
        // on the chart's time axis too.
        const QString placedTime = table.index(120, EventLogModel::TimeColumn).data().toString();
        QVERIFY2(placedTime.startsWith(QStringLiteral("≈ 20")), qPrintable(placedTime));
        const QString clockNote = table.index(120, EventLogModel::TimeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(clockNote.contains(QStringLiteral("stamped this event pre-init +")), qPrintable(clockNote));
        const qint64 placedMs = monitor.events(lab.server).back().timestampMs;
        QVERIFY2(std::abs(placedMs - addedAtMs) < 5000, qPrintable(QString::number(placedMs - addedAtMs)));
        std::optional<QList<HistoryEvent>> current;
        history.events(lab.server, addedAtMs - 60'000, addedAtMs + 60'000, this,
                       [&](QList<HistoryEvent> events) { current = events; });
        QTRY_VERIFY(current.has_value());
        QCOMPARE(current->size(), 1);
        QCOMPARE(current->first().recordId, int(*added));
        QCOMPARE(current->first().timestampMs, placedMs);

        // Deleting a record re-reads the SEL: a reset without that row.
        std::optional<ipmi::Result<std::vector<std::uint16_t>>> deleted;
        monitor.remove(lab.server, {*added}, [&](ipmi::Result<std::vector<std::uint16_t>> ids) { deleted = ids; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 30000);
        QVERIFY2(*deleted, *deleted ? "" : deleted->error().message.c_str());
        QCOMPARE(table.rowCount(), 120);
        QCOMPARE(reset.size(), 2);

        // Clear empties the table.
        std::optional<ipmi::Result<int>> cleared;
        monitor.clear(lab.server, [&](ipmi::Result<int> count) { cleared = count; });
        QTRY_VERIFY_WITH_TIMEOUT(cleared.has_value(), 30000);
        QVERIFY2(*cleared, *cleared ? "" : cleared->error().message.c_str());
        QCOMPARE(cleared->value(), 120);
        QCOMPARE(table.rowCount(), 0);
        QCOMPARE(reset.size(), 3);

        // After a clear, new records are inserted again.
        QVERIFY(addEvent(lab, 0x31));
        const auto again = updateAndWait(monitor, lab.server);
        QVERIFY(again);
        QCOMPARE(*again, 1);
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(inserted.size(), 2);
    }

    void pollerUpdatesTheSel()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.bmcs.errorString()));
        QTemporaryDir dir;
        ServerTreeModel tree(&lab.registry);
        SensorMonitor sensors(&lab.fleet, nullptr, dir.filePath(QStringLiteral("sdr")));
        SelMonitor sel(&lab.fleet, nullptr, &sensors);
        Poller poller(&lab.fleet, &tree);
        poller.setSensorMonitor(&sensors);
        poller.setSelMonitor(&sel);
        poller.setInterval(std::chrono::milliseconds(500));
        QSignalSpy added(&sel, &SelMonitor::eventsAdded);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(sel.loaded(lab.server), 60000);
        QCOMPARE(int(sel.events(lab.server).size()), 120);
        QCOMPARE(tree.status(lab.server).reachability, ServerStatus::Reachability::Reachable);
        // A record added meanwhile arrives with a later poll.
        QVERIFY(addEvent(lab, 0x30));
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 30000);
        QCOMPARE(int(sel.events(lab.server).size()), 121);
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestSelMonitor)
#include "tst_selmonitor.moc"
