// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilot-cli `sdr info`, `sdr list` and `sdr elist` against OpenIPMI ipmi_sim, compared
// field by field with ipmitool (-I lanplus -C 3) and FreeIPMI's ipmi-sensors, and the
// on-disk SDR cache: created by a cold run, used by the next one, and a tampered file
// discarded with a warning.
//
// Recorded disagreements (the spec wins):
// - Shared compact records (IPMI 2.0 section 43.2, share count > 1) stand for several
//   sensors. ipmitool 1.8.19 prints one line per record, named by the bare ID string,
//   with the first sensor's reading; bmcpilot-cli lists every sensor the record shares,
//   named with its instance modifier, as ipmi-sensors --shared-sensors does (which puts a
//   space between the ID string and the modifier; the spec appends it as it is).
// - Get SDR Repository Info time stamps: ipmitool 1.8.19 prints "NA" for every value;
//   bmcpilot-cli prints the date the BMC sent (checked against the raw answer).
#include "model/sdrcachestore.h"
#include "sensortable.h"
#include "demo/ipmisimfixture.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using clitest::findRow;
using clitest::findSharedRow;
using clitest::table;

struct Run
{
    QString out;
    QString err;
    int exitCode = -1;
};

Run run(const QString &program, const QStringList &arguments, const QString &password,
        const QString &cacheHome = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IPMI_PASSWORD"), password);
    environment.remove(QStringLiteral("IPMITOOL_PASSWORD"));
    if (!cacheHome.isEmpty())
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString withoutSpaces(QString text)
{
    return text.remove(u' ');
}

// "41 degrees C" -> 41; nothing for text.
std::optional<double> leadingNumber(const QString &value)
{
    bool ok = false;
    const double number = value.section(u' ', 0, 0).toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

} // namespace

class TestCliSdrVsReference final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_ipmitool = QStandardPaths::findExecutable(QStringLiteral("ipmitool"));
        m_ipmiSensors = QStandardPaths::findExecutable(QStringLiteral("ipmi-sensors"),
                                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (m_ipmitool.isEmpty())
            QSKIP("ipmitool is not installed");
        QVERIFY(m_cacheHome.isValid());
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        const sim::SimBmc &bmc = m_fixture.bmc(0);
        const auto admin = bmc.account(ipmi::Privilege::Administrator);
        QVERIFY(admin.has_value());
        m_password = admin->password;
        m_user = admin->user;
        m_connection = {QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                        QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), QString::number(bmc.port),
                        QStringLiteral("-U"), admin->user, QStringLiteral("-E")};
    }

    void sdrInfoMatchesIpmitool()
    {
        const Run ours = cli({"sdr", "info"});
        const Run theirs = run(m_ipmitool, m_connection + QStringList{"sdr", "info"}, m_password);
        const Run raw = run(m_ipmitool, m_connection + QStringList{"raw", "0x0a", "0x20"}, m_password);
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
        const QStringList ourLines = ours.out.split(u'\n');
        const QStringList theirLines = theirs.out.split(u'\n');
        QCOMPARE(ourLines.size(), theirLines.size());
        // Bytes after the completion code: version, count (2), free (2), addition (4),
        // erase (4), support.
        const QStringList bytes = raw.out.simplified().split(u' ');
        QCOMPARE(bytes.size(), 14);
        const auto stamp = [&](int first) {
            quint32 value = 0;
            for (int i = 3; i >= 0; --i)
                value = (value << 8) | bytes[first + i].toUInt(nullptr, 16);
            return value;
        };
        const auto expectedText = [](quint32 value) {
            if (value == 0)
                return QStringLiteral("NA");
            if (value == 0xFFFFFFFFu)
                return QStringLiteral("Unspecified");
            if (value <= 0x20000000u)
                return QStringLiteral("Pre-Init %1 s").arg(value);
            return QDateTime::fromSecsSinceEpoch(value, Qt::UTC).toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"));
        };
        for (qsizetype i = 0; i < ourLines.size(); ++i) {
            const QString label = theirLines[i].section(u':', 0, 0);
            if (label.startsWith(QStringLiteral("Most recent Addition"))) {
                QCOMPARE(ourLines[i], label + QStringLiteral(": ") + expectedText(stamp(5)));
            } else if (label.startsWith(QStringLiteral("Most recent Erase"))) {
                QCOMPARE(ourLines[i], label + QStringLiteral(": ") + expectedText(stamp(9)));
            } else {
                QCOMPARE(ourLines[i], theirLines[i]);
            }
        }
    }

    // Runs first: a cold cache. Times the cold run and the cached one.
    void listMatchesIpmitool_data()
    {
        QTest::addColumn<bool>("extended");
        QTest::newRow("list") << false;
        QTest::newRow("elist") << true;
    }

    void listMatchesIpmitool()
    {
        QFETCH(bool, extended);
        const QString verb = extended ? QStringLiteral("elist") : QStringLiteral("list");
        const Run ours = cli({"sdr", verb});
        const Run theirs = run(m_ipmitool, m_connection + QStringList{"sdr", verb}, m_password);
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QVERIFY2(!ours.err.contains(QStringLiteral("warning")), qPrintable(ours.err));
        const auto ourRows = table(ours.out);
        const auto theirRows = table(theirs.out);
        QVERIFY(!theirRows.isEmpty());
        int shared = 0;
        for (const QStringList &row : theirRows) {
            const QStringList *mine = findRow(ourRows, row[0]);
            if (!mine) {
                // A shared record: ipmitool's bare name, ours with instance modifiers.
                mine = findSharedRow(ourRows, row[0]);
                QVERIFY2(mine, qPrintable(QStringLiteral("no sensor %1 in ours:\n%2").arg(row[0], ours.out)));
                ++shared;
            }
            QCOMPARE(mine->size(), row.size());
            for (qsizetype column = 1; column < row.size(); ++column)
                QCOMPARE((*mine)[column], row[column]);
        }
        QVERIFY(ourRows.size() >= theirRows.size());
        if (shared > 0)
            QVERIFY(ourRows.size() > theirRows.size());
    }

    void listMatchesIpmiSensors()
    {
        if (m_ipmiSensors.isEmpty())
            QSKIP("FreeIPMI ipmi-sensors is not installed");
        const sim::SimBmc &bmc = m_fixture.bmc(0);
        QTemporaryDir freeIpmiCache;
        const Run theirs = run(m_ipmiSensors,
                               {QStringLiteral("-h"), QStringLiteral("%1:%2").arg(bmc.host).arg(bmc.port),
                                QStringLiteral("-u"), m_user, QStringLiteral("-p"), m_password,
                                QStringLiteral("--driver-type=LAN_2_0"), QStringLiteral("-W"),
                                QStringLiteral("opensesspriv"),
                                QStringLiteral("--sdr-cache-directory=") + freeIpmiCache.path(),
                                QStringLiteral("--quiet-cache"), QStringLiteral("--comma-separated-output"),
                                QStringLiteral("--no-header-output"), QStringLiteral("--non-abbreviated-units"),
                                QStringLiteral("--shared-sensors")},
                               QString());
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err + theirs.out));
        const Run ours = cli({"--json", "sdr", "list"});
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        const auto ourRows = table(cli({"sdr", "list"}).out);
        // ID,Name,Type,Reading,Units,Event
        const auto theirRows = table(theirs.out, u',');
        QVERIFY(!theirRows.isEmpty());
        int compared = 0;
        for (const QStringList &row : theirRows) {
            QCOMPARE(row.size(), 6);
            const QStringList *mine = findRow(ourRows, row[1]);
            for (qsizetype i = 0; !mine && i < ourRows.size(); ++i) {
                if (withoutSpaces(ourRows[i][0]) == withoutSpaces(row[1]))
                    mine = &ourRows[i];
            }
            QVERIFY2(mine, qPrintable(QStringLiteral("ipmi-sensors' %1 is not in ours:\n%2").arg(row[1], ours.out)));
            const auto ourValue = leadingNumber((*mine)[1]);
            bool numeric = false;
            const double theirValue = row[3].toDouble(&numeric);
            if (numeric) {
                QVERIFY2(ourValue && std::abs(*ourValue - theirValue) < 0.006,
                         qPrintable(row.join(u',') + QStringLiteral(" vs ") + mine->join(u'|')));
                QCOMPARE((*mine)[1].section(u' ', 1), row[4]);
                const QString event = row[5];
                const QString status = (*mine)[2];
                if (event == QStringLiteral("'OK'"))
                    QCOMPARE(status, QStringLiteral("ok"));
                else if (event.contains(QStringLiteral("Non-Recoverable")))
                    QCOMPARE(status, QStringLiteral("nr"));
                else if (event.contains(QStringLiteral("Non-Critical")))
                    QCOMPARE(status, QStringLiteral("nc"));
                else if (event.contains(QStringLiteral("Critical")))
                    QCOMPARE(status, QStringLiteral("cr"));
                ++compared;
            }
        }
        QVERIFY(compared > 0);
    }

    void cacheIsUsedAndTamperingDetected()
    {
        const QString cacheDir = m_cacheHome.path() + QStringLiteral("/bmcpilot/sdr");
        QDir(cacheDir).removeRecursively();
        QElapsedTimer timer;
        timer.start();
        const Run cold = cli({"sdr", "list"});
        const qint64 coldMs = timer.elapsed();
        QVERIFY2(cold.exitCode == 0, qPrintable(cold.err));
        const QStringList files = QDir(cacheDir).entryList({QStringLiteral("*.sdr")}, QDir::Files);
        QCOMPARE(files.size(), 1);

        timer.restart();
        const Run cached = cli({"sdr", "list"});
        const qint64 cachedMs = timer.elapsed();
        QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
        QCOMPARE(cached.out, cold.out);
        qInfo("sdr list: cold %lld ms, cached %lld ms", coldMs, cachedMs);

        // Proof the cache is read: a valid cache with one sensor renamed shows the new
        // name, which the BMC does not have.
        const QString key = files.first().chopped(4);
        SdrCacheStore store(cacheDir);
        auto cache = store.load(key);
        QVERIFY(cache.has_value());
        ipmi::sdr::SdrRepository altered;
        altered.identity = cache->identity;
        altered.info = cache->info;
        altered.rawRecords = cache->rawRecords;
        bool renamed = false;
        for (ipmi::Bytes &raw : altered.rawRecords) {
            if (raw.size() > 5 && raw[3] == 0x01 && !renamed) { // full sensor: last byte of its name
                raw.back() = 'Q';
                renamed = true;
            }
        }
        QVERIFY(renamed);
        QVERIFY(store.save(key, altered));
        const Run fromCache = cli({"sdr", "list"});
        QVERIFY2(fromCache.exitCode == 0, qPrintable(fromCache.err));
        QVERIFY(fromCache.out != cold.out);
        QVERIFY(fromCache.out.contains(u'Q'));

        // A corrupt file: warning, discarded, and the right answer read from the BMC.
        QFile file(store.filePath(key));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5A);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
        file.close();
        const Run tampered = cli({"sdr", "list"});
        QVERIFY2(tampered.exitCode == 0, qPrintable(tampered.err));
        QVERIFY2(tampered.err.contains(QStringLiteral("warning: SDR cache for")), qPrintable(tampered.err));
        QVERIFY(tampered.err.contains(QStringLiteral("was corrupt and has been discarded")));
        QCOMPARE(tampered.out, cold.out);
        // Rewritten clean.
        QVERIFY(store.load(key).has_value());
    }

    void dumpWritesRawRecords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sdr.bin"));
        const Run ours = cli({"sdr", "dump", path});
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        QCOMPARE(ours.out, QStringLiteral("Dumping Sensor Data Repository to '%1'\n").arg(path));
        const QString theirPath = dir.filePath(QStringLiteral("ipmitool.bin"));
        const Run theirs = run(m_ipmitool, m_connection + QStringList{"sdr", "dump", theirPath}, m_password);
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QFile a(path), b(theirPath);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

private:
    Run cli(const QStringList &command)
    {
        return run(QStringLiteral(BMCPILOT_CLI_PATH), m_connection + command, m_password, m_cacheHome.path());
    }

    sim::IpmiSimFixture m_fixture;
    QTemporaryDir m_cacheHome;
    QString m_ipmitool;
    QString m_ipmiSensors;
    QString m_password;
    QString m_user;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestCliSdrVsReference)
#include "tst_cli_sdr_vs_reference.moc"
