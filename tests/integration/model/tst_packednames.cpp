// SPDX-License-Identifier: GPL-3.0-or-later
// A BMC whose SDR names OpenIPMI's sdrcomp packed (the edge profile: upper-case names in
// 6-bit packed ASCII, "1.05" in BCD plus, lengths counted in characters): every sensor
// record yields a sensor, under its real name, and the command line, the model's sweep
// and the history show the same sensors. The SDR cache is written on the first read and
// used by the next, on both sides. Names that ipmitool decodes (8-bit ones) list as
// ipmitool lists them.
#include "model/fleet.h"
#include "model/historyservice.h"
#include "model/sensormonitor.h"
#include "model/sensortablemodel.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"
#include "demo/simresources.h"

#include "../cli/toolrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

using clitest::Run;

QStringList jsonNames(const QString &json)
{
    QStringList names;
    for (const QJsonValue &sensor : QJsonDocument::fromJson(json.toUtf8()).array())
        names << sensor.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

class TestPackedNames final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QJsonObject edge = sim::SimResources::profileSummary().value(QStringLiteral("edge")).toObject();
        QVERIFY(edge.value(QStringLiteral("packedNames")).toBool());
        for (const QJsonValue &name : edge.value(QStringLiteral("sensorNames")).toArray())
            m_expected << name.toString();
        m_eventOnly = edge.value(QStringLiteral("eventOnlySensors")).toInt();
        QVERIFY(m_expected.contains(QStringLiteral("P12V")));   // 6-bit packed
        QVERIFY(m_expected.contains(QStringLiteral("1.05")));   // BCD plus
        QVERIFY(m_expected.contains(QStringLiteral("DIMM A1"))); // a shared 6-bit record

        m_options.profiles = {QStringLiteral("edge")};
        m_sims = std::make_unique<sim::IpmiSimFixture>(m_options);
        QVERIFY2(m_sims->start(), qPrintable(m_sims->errorString()));
        const sim::SimBmc bmc = m_sims->bmc(0);
        m_user = bmc.account(ipmi::Privilege::Administrator)->user;
        // The command line a user types: no -C.
        m_connection = QStringList{QStringLiteral("-I"), QStringLiteral("lanplus")}
                       + clitest::adminConnection(bmc, &m_password);
    }

    void cliListsEverySensorAndCaches()
    {
        const QString sdrDir = m_cacheHome.path() + QStringLiteral("/bmcpilot/sdr");
        const Run cold = cli({"--json", "sdr", "list"});
        QVERIFY2(cold.exitCode == 0, qPrintable(cold.err));
        QVERIFY2(!cold.err.contains(QStringLiteral("warning")), qPrintable(cold.err));
        // sdr list shows full and compact records; the event-only ones are not listed.
        QCOMPARE(jsonNames(cold.out), m_expected.mid(0, m_expected.size() - m_eventOnly));
        QCOMPARE(QDir(sdrDir).entryList(QDir::Files).size(), 1);

        const Run warm = cli({"--json", "sdr", "list"});
        QVERIFY2(warm.exitCode == 0, qPrintable(warm.err));
        QCOMPARE(jsonNames(warm.out), jsonNames(cold.out));

        const Run sensors = cli({"sensor", "list"});
        QVERIFY2(sensors.exitCode == 0, qPrintable(sensors.err));
        for (const QString &name : m_expected.mid(0, m_expected.size() - m_eventOnly))
            QVERIFY2(sensors.out.contains(QRegularExpression(u'^' + QRegularExpression::escape(name) + QStringLiteral(" *\\|"),
                                                             QRegularExpression::MultilineOption)),
                     qPrintable(name + u'\n' + sensors.out));
    }

    // Where ipmitool decodes a name (8-bit text), the lines are the same.
    void eightBitNamesMatchIpmitool_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("list") << QStringLiteral("list");
        QTest::newRow("elist") << QStringLiteral("elist");
    }

    void eightBitNamesMatchIpmitool()
    {
        QFETCH(QString, verb);
        const QString ipmitool = QStandardPaths::findExecutable(QStringLiteral("ipmitool"));
        if (ipmitool.isEmpty())
            QSKIP("ipmitool is not installed");
        const Run ours = cli({"sdr", verb});
        const Run theirs = clitest::run(ipmitool, m_connection + QStringList{"-C", "3", "sdr", verb}, m_password);
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        const QStringList ourLines = ours.out.split(u'\n', Qt::SkipEmptyParts);
        int same = 0;
        for (const QString &line : theirs.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QString name = line.section(u'|', 0, 0).trimmed();
            if (!m_expected.contains(name))
                continue; // a packed name ipmitool prints as garbage, or a shared record
            QVERIFY2(ourLines.contains(line), qPrintable(line + QStringLiteral("\n--- ours:\n") + ours.out));
            ++same;
        }
        QVERIFY2(same >= 30, qPrintable(QString::number(same)));
    }

    // The desktop's sweep (what the sensors page, the poller and the fleet show) and the
    // history have the same sensors, from the BMC and then from the cache.
    void modelSweepAndHistoryShowEverySensor()
    {
        QTemporaryDir dir;
        const sim::SimBmc target = m_sims->bmc(0);
        ServerRegistry registry;
        SessionPool pool{2};
        Fleet fleet{&registry, &pool};
        ServerEntry entry;
        entry.name = QStringLiteral("edge");
        entry.address = target.host;
        entry.port = target.port;
        entry.userName = m_user;
        const QUuid server = registry.addServer(entry);
        fleet.setCredentials(server, {ipmi::SecretBytes(m_password.toStdString()), {}});

        HistoryService history;
        bool opened = false;
        history.open(dir.filePath(QStringLiteral("history.db")), this, [&](const QString &e) { opened = e.isEmpty(); });
        QTRY_VERIFY(opened);
        const QString cache = dir.filePath(QStringLiteral("sdr"));
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        for (int run = 0; run < 2; ++run) { // the second monitor takes the SDR from the cache
            SensorMonitor monitor(&fleet, &history, cache);
            SensorTableModel table(&monitor);
            table.setServer(server);
            std::optional<ipmi::Result<ServerStatus::Health>> outcome;
            monitor.sweep(server, [&](ipmi::Result<ServerStatus::Health> result) { outcome = std::move(result); });
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
            QVERIFY2(*outcome, outcome->ok() ? "" : outcome->error().message.c_str());
            QStringList names;
            for (int row = 0; row < table.rowCount(); ++row)
                names << QString::fromStdString(table.sensorAt(row)->name);
            QCOMPARE(names, m_expected);
            QVERIFY(monitor.sdrWarnings(server).isEmpty());
            QTRY_COMPARE(QDir(cache).entryList(QDir::Files).size(), 1);
        }

        bool answered = false;
        QList<std::optional<HistorySeriesData>> data;
        history.query({{server, QStringLiteral("P12V")}, {server, QStringLiteral("1.05")}}, startMs,
                      QDateTime::currentMSecsSinceEpoch() + 1000, 1000, this,
                      [&](QList<std::optional<HistorySeriesData>> found) {
                          data = found;
                          answered = true;
                      });
        QTRY_VERIFY(answered);
        QCOMPARE(data.size(), 2);
        for (const auto &series : data) {
            QVERIFY(series.has_value());
            QCOMPARE(series->points.size(), 2);
        }
        QVERIFY(std::abs(data[0]->points.first().value - 12.1) < 0.1);
        QVERIFY(std::abs(data[1]->points.first().value - 1.05) < 0.01);
    }

    // A blade (profile b2u) that keeps every sensor, discrete ones too, in a full record
    // with a 6-bit packed name: every record lists under its name, in record order (the
    // failed drive with its two states, as ipmitool shows a discrete sensor), and
    // FreeIPMI, which cannot decode the names, reads the same number of sensors.
    void fullRecordsOnlyBladeListsEverySensor()
    {
        const QJsonObject blade = sim::SimResources::profileSummary().value(QStringLiteral("b2u")).toObject();
        QVERIFY(blade.value(QStringLiteral("fullRecordsOnly")).toBool());
        QVERIFY(blade.value(QStringLiteral("packedNames")).toBool());
        QCOMPARE(blade.value(QStringLiteral("compactRecords")).toInt(), 0);
        QStringList expected;
        for (const QJsonValue &name : blade.value(QStringLiteral("sensorNames")).toArray())
            expected << name.toString();
        QVERIFY(expected.contains(QStringLiteral("DRIVE2")));

        sim::IpmiSimOptions options;
        options.profiles = {QStringLiteral("b2u")};
        sim::IpmiSimFixture sims(options);
        QVERIFY2(sims.start(), qPrintable(sims.errorString()));
        QString password;
        const QStringList connection = clitest::adminConnection(sims.bmc(0), &password);
        QTemporaryDir cacheHome;
        const Run listed = clitest::run(QStringLiteral(BMCPILOT_CLI_PATH), connection + QStringList{"--json", "sdr", "list"},
                                        password, 120000, cacheHome.path());
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(!listed.err.contains(QStringLiteral("warning")), qPrintable(listed.err));
        QCOMPARE(jsonNames(listed.out), expected);
        const Run sensors = clitest::run(QStringLiteral(BMCPILOT_CLI_PATH), connection + QStringList{"sensor", "list"},
                                         password, 120000, cacheHome.path());
        QVERIFY2(sensors.exitCode == 0, qPrintable(sensors.err));
        QVERIFY2(sensors.out.contains(QRegularExpression(QStringLiteral("^DRIVE2 +\\| 0x3 +\\| discrete +\\| 0x0300\\|"),
                                                         QRegularExpression::MultilineOption)),
                 qPrintable(sensors.out));

        const QString ipmiSensors = QStandardPaths::findExecutable(QStringLiteral("ipmi-sensors"));
        if (ipmiSensors.isEmpty())
            QSKIP("FreeIPMI is not installed");
        const sim::SimBmc bmc = sims.bmc(0);
        const Run theirs = clitest::run(ipmiSensors,
                                        {QStringLiteral("-h"), bmc.host + u':' + QString::number(bmc.port), QStringLiteral("-u"),
                                         bmc.account(ipmi::Privilege::Administrator)->user, QStringLiteral("-p"), password, QStringLiteral("-W"), QStringLiteral("opensesspriv"),
                                         QStringLiteral("-l"), QStringLiteral("ADMIN"), QStringLiteral("--shared-sensors"),
                                         QStringLiteral("--sdr-cache-directory=") + cacheHome.path(), QStringLiteral("--quiet-cache"),
                                         QStringLiteral("--no-header-output")},
                                        QString(), 120000, cacheHome.path());
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QCOMPARE(theirs.out.split(u'\n', Qt::SkipEmptyParts).size(), expected.size());
    }

private:
    Run cli(const QStringList &command)
    {
        return clitest::run(QStringLiteral(BMCPILOT_CLI_PATH), m_connection + command, m_password, 120000,
                            m_cacheHome.path());
    }

    sim::IpmiSimOptions m_options;
    std::unique_ptr<sim::IpmiSimFixture> m_sims;
    QTemporaryDir m_cacheHome;
    QStringList m_expected;
    int m_eventOnly = 0;
    QString m_password;
    QString m_user;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestPackedNames)
#include "tst_packednames.moc"
