// SPDX-License-Identifier: GPL-3.0-or-later
// mc getenables/setenables/watchdog, sol info/set, pef info/status/filter list/policy
// list, pef filter/policy enable/disable, lan alert print/set, sensor thresh --force and
// chassis policy list against ipmi_sim, compared with ipmitool. The fixture is this
// test's own (with a SOL serial port), since the writes change it.
#include "demo/ipmisimfixture.h"
#include "toolrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {

using clitest::Run;
using clitest::run;

const QStringList Lanplus{"-I", "lanplus", "-C", "3"};

sim::IpmiSimOptions withSerialOverLan()
{
    sim::IpmiSimOptions options;
    options.serialOverLan = true;
    return options;
}

// ipmi_sim 2.0.33 answers Get Watchdog Timer without the present countdown, and
// ipmitool prints whatever its buffer held there.
QString withoutPresentCountdown(const QString &text)
{
    QStringList lines = text.split(u'\n');
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("Present Countdown:")); });
    return lines.join(u'\n');
}

} // namespace

class TestCliSettingsVsIpmitool final : public QObject
{
    Q_OBJECT

private:
    Run ours(const QStringList &command, const QStringList &options = {})
    {
        return run(QStringLiteral(BMCPILOT_CLI_PATH), Lanplus + m_connection + options + command, m_password);
    }
    Run ours(const QString &command) { return ours(command.split(u' ')); }
    Run theirs(const QStringList &command) { return run(m_ipmitool, Lanplus + m_connection + command, m_password); }
    Run theirs(const QString &command) { return theirs(command.split(u' ')); }
    QJsonObject oursJson(const QString &command)
    {
        const Run result = ours(command.split(u' '), {QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }
    void compare(const QString &command)
    {
        const Run mine = ours(command);
        const Run reference = theirs(command);
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        QCOMPARE(mine.out, reference.out);
    }

private slots:
    void initTestCase()
    {
        m_ipmitool = QStandardPaths::findExecutable(QStringLiteral("ipmitool"));
        if (m_ipmitool.isEmpty())
            QSKIP("ipmitool is not installed");
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_connection = clitest::adminConnection(m_fixture.bmc(0), &m_password);
        QVERIFY(!m_connection.isEmpty());
    }

    void sameOutputAsIpmitool_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("mc getenables") << "mc getenables";
        QTest::newRow("sol info 1") << "sol info 1";
        QTest::newRow("sol info") << "sol info";
        QTest::newRow("pef info") << "pef info";
        // ipmi_sim counts 16 filters and refuses the 16th: both list 15 and warn.
        QTest::newRow("pef filter list") << "pef filter list";
        QTest::newRow("pef policy list") << "pef policy list";
        // ipmi_sim counts no alert destinations and refuses the volatile one (80h): both
        // print nothing; ours says why on standard error.
        QTest::newRow("lan alert print") << "lan alert print";
        QTest::newRow("lan alert print 1") << "lan alert print 1";
    }

    void sameOutputAsIpmitool()
    {
        QFETCH(QString, command);
        compare(command);
    }

    // The new commands run on many hosts at once like every other: each line carries its
    // host, and the same answers come back for each (here one BMC under two names).
    void newCommandsOnSeveralHosts()
    {
        QStringList connection = m_connection;
        const qsizetype host = connection.indexOf(QStringLiteral("-H"));
        QVERIFY(host >= 0);
        const qsizetype port = connection.indexOf(QStringLiteral("-p"));
        const QString number = port >= 0 ? connection[port + 1] : QStringLiteral("623");
        connection[host + 1] = QStringLiteral("127.0.0.1:%1,localhost:%1").arg(number);
        if (port >= 0)
            connection.remove(port, 2);
        for (const QString &command : {QStringLiteral("mc getenables"), QStringLiteral("pef info"),
                                       QStringLiteral("sol info 1"), QStringLiteral("mc watchdog get")}) {
            const Run both = run(QStringLiteral(BMCPILOT_CLI_PATH), Lanplus + connection + command.split(u' '), m_password);
            QVERIFY2(both.exitCode == 0, qPrintable(command + QStringLiteral(": ") + both.err));
            QStringList first, second;
            for (const QString &line : both.out.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.startsWith(QStringLiteral("127.0.0.1:")))
                    first << line.section(u' ', 1);
                else if (line.startsWith(QStringLiteral("localhost:")))
                    second << line.section(u' ', 1);
                else
                    QFAIL(qPrintable(command + QStringLiteral(": a line without its host: ") + line));
            }
            QVERIFY2(!first.isEmpty(), qPrintable(command));
            QCOMPARE(first, second);
        }
    }

    void getenablesJson()
    {
        const QJsonObject json = oursJson(QStringLiteral("mc getenables"));
        QCOMPARE(json["system_event_logging"].toBool(), true);
        QCOMPARE(json["receive_message_queue_interrupt"].toBool(), false);
        QCOMPARE(json.size(), 7);
    }

    void setenablesRefusedChangesNothing()
    {
        // ipmi_sim allows Set BMC Global Enables only from the system interface.
        const QString before = ours(QStringLiteral("mc getenables")).out;
        const Run refused = ours(QStringLiteral("mc setenables event_msg=on"));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("Set BMC Global Enables failed")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("(D4h)")), qPrintable(refused.err));
        QCOMPARE(ours(QStringLiteral("mc getenables")).out, before);
        const Run unchanged = ours(QStringLiteral("mc setenables system_event_log=on"));
        QVERIFY2(unchanged.exitCode == 0, qPrintable(unchanged.err));
        QVERIFY(unchanged.out.startsWith(QStringLiteral("Nothing to change.\n")));
        const Run misspelt = ours(QStringLiteral("mc setenables event_msgs=on"));
        QVERIFY(misspelt.exitCode != 0);
        QVERIFY2(misspelt.err.contains(QStringLiteral("Unknown option")), qPrintable(misspelt.err));
    }

    void watchdog()
    {
        // Never set: both refuse to restart it.
        const Run neverSet = ours(QStringLiteral("mc watchdog reset"));
        QVERIFY(neverSet.exitCode != 0);
        QVERIFY2(neverSet.err.contains(QStringLiteral("Reset Watchdog Timer failed")), qPrintable(neverSet.err));
        QVERIFY(neverSet.err.contains(QStringLiteral("(80h)")));
        QVERIFY(theirs(QStringLiteral("mc watchdog reset")).exitCode != 0);

        const Run off = ours(QStringLiteral("mc watchdog off"));
        QVERIFY2(off.exitCode == 0, qPrintable(off.err));
        QCOMPARE(off.out, QStringLiteral("Watchdog Timer Shutoff successful -- timer stopped\n"));
        const Run mine = ours(QStringLiteral("mc watchdog get"));
        const Run reference = theirs(QStringLiteral("mc watchdog get"));
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        QVERIFY(mine.out.contains(QStringLiteral("Watchdog Timer Is:      Stopped\n")));
        QCOMPARE(withoutPresentCountdown(mine.out), withoutPresentCountdown(reference.out));
        compare(QStringLiteral("mc watchdog reset"));
        QCOMPARE(oursJson(QStringLiteral("mc watchdog get"))["action"].toString(), QStringLiteral("No action"));
    }

    void solSetIsReadBack()
    {
        const Run set = ours(QStringLiteral("sol set volatile-bit-rate 38.4 1"));
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(set.out, theirs(QStringLiteral("sol set non-volatile-bit-rate 57.6 1")).out); // both silent
        QVERIFY(theirs(QStringLiteral("sol info 1")).out.contains(QStringLiteral("Volatile Bit Rate (kbps)        : 38.4\n")));
        QVERIFY(ours(QStringLiteral("sol set enabled false 1")).exitCode == 0);
        QCOMPARE(oursJson(QStringLiteral("sol info 1"))["enabled"].toBool(), false);
        QVERIFY(ours(QStringLiteral("sol set enabled true 1")).exitCode == 0);
        const QJsonObject json = oursJson(QStringLiteral("sol info 1"));
        QCOMPARE(json["enabled"].toBool(), true);
        QCOMPARE(json["setInProgress"].toString(), QStringLiteral("set-complete"));
        compare(QStringLiteral("sol info 1"));
    }

    void solSetRefusedChangesNothing()
    {
        // ipmi_sim lacks parameter 2 (authentication, which holds the privilege level).
        const QString before = ours(QStringLiteral("sol info 1")).out;
        const Run refused = ours(QStringLiteral("sol set privilege-level admin 1"));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("\"Authentication\" (80h)")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(ours(QStringLiteral("sol info 1")).out, before);
        const Run invalid = ours(QStringLiteral("sol set retry-count 9 1"));
        QVERIFY(invalid.exitCode != 0);
        QVERIFY2(invalid.err.contains(QStringLiteral("0-7")), qPrintable(invalid.err));
    }

    void pefFiltersAsIpmitoolShowsThem()
    {
        // A threshold filter (temperature, OK, <LNC >LNC >UNR <UNR, alert to policy 1)
        // and a sensor-specific one (voltage, sensor 48, power off), written raw.
        QVERIFY(theirs(QStringLiteral("raw 0x04 0x12 0x06 0x03 0x80 0x01 0x01 0x04 0xff 0xff 0x01 0x01 0x01 0x03 "
                                      "0x0c 0 0 0 0 0 0 0 0 0"))
                    .exitCode == 0);
        QVERIFY(theirs(QStringLiteral("raw 0x04 0x12 0x06 0x04 0x80 0x02 0x03 0x02 0xff 0xff 0x02 0x30 0x6f 0x02 "
                                      "0x00 0 0 0 0 0 0 0 0 0"))
                    .exitCode == 0);
        compare(QStringLiteral("pef filter list"));
        const Run mine = ours(QStringLiteral("pef filter list"));
        QVERIFY(mine.out.contains(
            QStringLiteral(" 3 | enabled, configurable | Temperature | 1 | OK | Threshold | "
                           "(0x01/0x0c03),<LNC,>LNC,>UNR,<UNR | Alert | 1\n")));
        QVERIFY2(mine.err.contains(QStringLiteral("Event Filter Table entry 16")), qPrintable(mine.err));
    }

    void pefFilterAndPolicySwitches()
    {
        const Run enabled = ours(QStringLiteral("pef filter enable 5"));
        QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.err));
        QCOMPARE(enabled.out, QStringLiteral("PEF Filter ID 5 is enabled now.\n"));
        QVERIFY(theirs(QStringLiteral("pef filter list")).out.contains(QStringLiteral("\n 5 | enabled, configurable |")));
        QVERIFY(ours(QStringLiteral("pef filter disable 5")).exitCode == 0);
        QVERIFY(theirs(QStringLiteral("pef filter list")).out.contains(QStringLiteral("\n 5 | disabled, configurable\n")));
        const Run beyond = ours(QStringLiteral("pef filter enable 99"));
        QVERIFY(beyond.exitCode != 0);
        QVERIFY2(beyond.err.contains(QStringLiteral("out of range")), qPrintable(beyond.err));

        // The policy sentences are ipmitool's.
        compare(QStringLiteral("pef policy enable 2"));
        QVERIFY(ours(QStringLiteral("pef policy list")).out.contains(QStringLiteral("\n 2 | 0 | enabled |")));
        compare(QStringLiteral("pef policy disable 2"));
        compare(QStringLiteral("pef policy list"));
    }

    void pefStatusWithoutLastProcessed()
    {
        // ipmi_sim refuses Get Last Processed Event ID (ipmitool then fails entirely);
        // the rest is shown and the refusal named.
        const Run status = ours(QStringLiteral("pef status"));
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY(status.out.contains(QStringLiteral("PEF status               : disabled\n")));
        QVERIFY2(status.err.contains(QStringLiteral("Get Last Processed Event ID failed")), qPrintable(status.err));
    }

    void lanAlertRefusals()
    {
        const Run all = ours(QStringLiteral("lan alert print 1"));
        QVERIFY2(all.err.contains(QStringLiteral("Alert destination 0: Get LAN parameter \"Destination Type\"")),
                 qPrintable(all.err));
        // Both fail for a destination beyond the count and for a channel that is not LAN.
        for (const QString &command : {QStringLiteral("lan alert print 1 1"), QStringLiteral("lan alert print 2"),
                                      QStringLiteral("lan alert print 1 0")}) {
            const Run mine = ours(command);
            const Run reference = theirs(command);
            QVERIFY2(mine.exitCode != 0 && reference.exitCode != 0, qPrintable(command));
            QCOMPARE(mine.out, reference.out);
        }
        QVERIFY(ours(QStringLiteral("lan alert print 1 1")).err.startsWith(QStringLiteral("Alert 1 is not a valid destination")));
        QVERIFY(ours(QStringLiteral("lan alert print 2")).err.startsWith(QStringLiteral("Channel 2 is not a LAN channel.")));
        // ipmitool reports success for a write the BMC refused; ours fails, changing nothing.
        const Run set = ours(QStringLiteral("lan alert set 1 0 ipaddr 10.0.0.5"));
        QVERIFY(set.exitCode != 0);
        QVERIFY2(set.err.contains(QStringLiteral("(80h)")) && set.err.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(set.err));
    }

    void thresholdNotSettableNeedsForce()
    {
        const Run refused = ours(QStringList{"sensor", "thresh", "Exhaust Temp", "lnc", "10"});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("Nothing was sent")));
        // Forced, the request reaches the BMC, which answers as it answers ipmitool.
        const Run forced = ours(QStringList{"sensor", "thresh", "--force", "Exhaust Temp", "lnc", "10"});
        const Run reference = theirs(QStringList{"sensor", "thresh", "Exhaust Temp", "lnc", "10"});
        QCOMPARE(forced.exitCode != 0, reference.exitCode != 0);
        QVERIFY2(forced.err.contains(QStringLiteral("Set Sensor Thresholds")), qPrintable(forced.err));
    }

    void policyListFailureNamesTheListing()
    {
        const Run list = ours(QStringLiteral("chassis policy list"));
        QVERIFY(list.exitCode != 0);
        QVERIFY2(list.err.startsWith(QStringLiteral("Reading the supported power restore policies")),
                 qPrintable(list.err));
    }

private:
    sim::IpmiSimFixture m_fixture{withSerialOverLan()};
    QString m_ipmitool;
    QString m_password;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestCliSettingsVsIpmitool)
#include "tst_cli_settings_vs_ipmitool.moc"
