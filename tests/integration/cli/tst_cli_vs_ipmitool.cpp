// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ipmisimfixture.h"
#include "toolrun.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Run
{
    QString out;
    QString err;
    int exitCode = -1;
};

// The password goes through the environment (-E), as both tools support it.
Run run(const QString &program, const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IPMI_PASSWORD"), password);
    environment.remove(QStringLiteral("IPMITOOL_PASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
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

} // namespace

class TestCliVsIpmitool final : public QObject
{
    Q_OBJECT

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
        QTest::addColumn<QStringList>("interface");
        QTest::addColumn<QStringList>("ipmitoolExtra");
        QTest::addColumn<QString>("command");
        const QStringList lanplus{"-I", "lanplus", "-C", "3"};
        const QStringList lan{"-I", "lan"};
        QTest::newRow("lanplus mc info") << lanplus << QStringList{} << "mc info";
        QTest::newRow("lanplus chassis status") << lanplus << QStringList{} << "chassis status";
        QTest::newRow("lanplus power status") << lanplus << QStringList{} << "chassis power status";
        // IPMI 1.5 with MD5, which ipmitool is told explicitly.
        QTest::newRow("lan mc info") << lan << QStringList{"-A", "MD5"} << "mc info";
        QTest::newRow("lan power status") << lan << QStringList{"-A", "MD5"} << "chassis power status";
    }

    void sameOutputAsIpmitool()
    {
        QFETCH(QStringList, interface);
        QFETCH(QStringList, ipmitoolExtra);
        QFETCH(QString, command);
        const QStringList commandWords = command.split(u' ');
        const Run ours = run(QStringLiteral(BMCPILOT_CLI_PATH), interface + m_connection + commandWords, m_password);
        const Run theirs = run(m_ipmitool, interface + ipmitoolExtra + m_connection + commandWords, m_password);
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        QCOMPARE(ours.out, theirs.out);
    }

    void powerOnAndOff()
    {
        const QStringList lanplus{"-I", "lanplus", "-C", "3"};
        for (const bool on : {true, false}) {
            const QString verb = on ? QStringLiteral("on") : QStringLiteral("off");
            const Run control = run(QStringLiteral(BMCPILOT_CLI_PATH),
                                    lanplus + m_connection + QStringList{"chassis", "power", verb}, m_password);
            QVERIFY2(control.exitCode == 0, qPrintable(control.err));
            QCOMPARE(control.out, on ? QString("Chassis Power Control: Up/On\n") : QString("Chassis Power Control: Down/Off\n"));
            QCOMPARE(m_fixture.powerState(0), on);

            const QStringList status = lanplus + m_connection + QStringList{"power", "status"};
            const Run ours = run(QStringLiteral(BMCPILOT_CLI_PATH), status, m_password);
            const Run theirs = run(m_ipmitool, lanplus + m_connection + QStringList{"chassis", "power", "status"},
                                   m_password);
            QCOMPARE(ours.out, on ? QString("Chassis Power is on\n") : QString("Chassis Power is off\n"));
            QCOMPARE(ours.out, theirs.out);
        }
    }

    void passwordNeverPrinted()
    {
        // A wrong password must fail with a sentence that does not quote it.
        QStringList arguments{"-I", "lanplus", "-C", "3", "-H", m_fixture.bmc(0).host, "-p",
                              QString::number(m_fixture.bmc(0).port), "-U", "admin", "-P", "not-the-password",
                              "-N", "1", "-R", "0", "mc", "info"};
        const Run wrong = run(QStringLiteral(BMCPILOT_CLI_PATH), arguments, QString());
        QVERIFY(wrong.exitCode != 0);
        QVERIFY(!wrong.err.isEmpty());
        QVERIFY(!wrong.err.contains("not-the-password"));
        QVERIFY(!wrong.out.contains("not-the-password"));
    }

private:
    sim::IpmiSimFixture m_fixture;
    QString m_ipmitool;
    QString m_password;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestCliVsIpmitool)
#include "tst_cli_vs_ipmitool.moc"
