// SPDX-License-Identifier: GPL-3.0-or-later
// mc info, lan print, channel info, user list and audit against pyghmi's BMC (python3-pyghmi,
// cipher suite 3 only). pyghmi answers Get Device ID, the chassis commands and the
// session commands; everything else, including Get LAN Configuration Parameters, Get
// Channel Info and Get User Access, gets C1h (invalid command). Where ipmitool gets an
// answer the outputs must be equal; where it does not, bmcpilot-cli must fail (exit 1,
// no crash, no hang) with a sentence naming the command and saying the BMC does not
// support it, and the audit must still give its report, listing what it could not check.
#include "demo/pyghmifixture.h"
#include "toolrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

using clitest::Run;

Run run(const QString &program, const QStringList &arguments, const QString &password)
{
    return clitest::run(program, arguments, password, 30000);
}

const QStringList Lanplus{"-I", "lanplus", "-C", "3"};

} // namespace

class TestCliPyghmiUnsupported final : public QObject
{
    Q_OBJECT

private:
    Run ours(const QString &command, const QStringList &options = {})
    {
        return run(QStringLiteral(BMCPILOT_CLI_PATH), Lanplus + m_connection + options + command.split(u' '),
                   m_password);
    }
    Run theirs(const QString &command)
    {
        return run(m_ipmitool, Lanplus + m_connection + command.split(u' '), m_password);
    }

private slots:
    void initTestCase()
    {
        m_ipmitool = QStandardPaths::findExecutable(QStringLiteral("ipmitool"));
        if (m_ipmitool.isEmpty())
            QSKIP("ipmitool is not installed");
        QVERIFY2(m_bmc.start(), qPrintable(m_bmc.errorString()));
        m_connection = clitest::adminConnection(m_bmc.bmc(0), &m_password);
        QVERIFY(!m_connection.isEmpty());
    }

    void commands_data()
    {
        QTest::addColumn<QString>("command");
        // What the error must say when pyghmi refuses: the IPMI command and why.
        QTest::addColumn<QStringList>("expected");
        const QString unsupported = QStringLiteral("invalid or unsupported command (C1h)");
        // pyghmi answers Get Device ID: the output must be ipmitool's, byte for byte.
        QTest::newRow("mc info") << "mc info" << QStringList{"Get Device ID"};
        QTest::newRow("lan print 1") << "lan print 1"
                                     << QStringList{"Get LAN Configuration Parameters", "does not support LAN configuration"};
        // Without a channel the LAN channel is searched first (Get Channel Info on 0-11),
        // which pyghmi refuses: the error says so rather than "no 802.3 LAN channel".
        QTest::newRow("lan print") << "lan print"
                                   << QStringList{"did not answer Get Channel Info", "C1h",
                                                  "give the channel number"};
        QTest::newRow("channel info 1") << "channel info 1" << QStringList{"Get Channel Info", unsupported};
        QTest::newRow("channel info") << "channel info" << QStringList{"Get Channel Info", unsupported};
        QTest::newRow("user list 1") << "user list 1" << QStringList{"Get User Access", unsupported};
    }

    void commands()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, expected);
        const Run reference = theirs(command);
        const Run mine = ours(command);
        QVERIFY2(!mine.timedOut, qPrintable(command));
        QVERIFY2(mine.exitCode >= 0, "bmcpilot-cli crashed");
        if (reference.exitCode == 0 && !reference.out.isEmpty()) {
            // pyghmi answered ipmitool: we must print the same.
            QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
            QCOMPARE(mine.out, reference.out);
            return;
        }
        // Unsupported: a non-zero exit with a sentence naming the command and the reason.
        QCOMPARE(mine.exitCode, 1);
        for (const QString &words : expected)
            QVERIFY2(mine.err.contains(words), qPrintable(mine.err));
        QVERIFY2(mine.out.isEmpty(), qPrintable(mine.out));

        // The same through --json: still an error, no half-filled value.
        const Run json = ours(command, {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        QVERIFY2(json.err.contains(expected.first()), qPrintable(json.err));
        QVERIFY2(json.out.trimmed().isEmpty() || json.out.trimmed() == QLatin1String("null"), qPrintable(json.out));
    }

    void auditReportsWhatItCouldNotCheck()
    {
        const Run text = ours(QStringLiteral("audit"));
        QVERIFY2(!text.timedOut && text.exitCode >= 0, qPrintable(text.err));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Security audit of")), qPrintable(text.out));

        const Run json = ours(QStringLiteral("audit"), {QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY2(!report.isEmpty(), qPrintable(json.out));
        // The login probes ran (pyghmi offers suite 3 only, so the weak suites are refused).
        const QJsonArray probes = report[QStringLiteral("probes")].toArray();
        QVERIFY(!probes.isEmpty());
        for (const QJsonValue &probe : probes) {
            if (probe[QStringLiteral("probe")].toString().contains(QStringLiteral("suite")))
                QVERIFY2(!probe[QStringLiteral("accepted")].toBool(), qPrintable(probe[QStringLiteral("probe")].toString()));
        }
        // What pyghmi does not answer is listed, naming the commands.
        const QJsonArray notes = report[QStringLiteral("notes")].toArray();
        QString allNotes;
        for (const QJsonValue &note : notes)
            allNotes += note.toString() + u'\n';
        QVERIFY2(allNotes.contains(QStringLiteral("LAN")), qPrintable(allNotes));
        QVERIFY2(allNotes.contains(QStringLiteral("user"), Qt::CaseInsensitive), qPrintable(allNotes));
        for (const QString &note : allNotes.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(text.out.contains(note), qPrintable(note)); // the text report lists them too
    }

private:
    sim::PyghmiFixture m_bmc;
    QString m_ipmitool;
    QString m_password;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestCliPyghmiUnsupported)
#include "tst_cli_pyghmi_unsupported.moc"
