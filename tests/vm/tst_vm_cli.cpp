// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilot-cli -I open inside a QEMU guest, through the real Linux IPMI driver
// (ipmi_si, KCS) to an ipmi_sim that also answers on its LAN port: what the CLI prints
// is compared with ipmitool -I open in the same guest, and every change it makes is
// checked from outside, in ipmi_sim's state files and by logging in over LAN.
#include "sensortable.h"
#include "demo/ipmisimfixture.h"
#include "toolrun.h"
#include "vmguest.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

const QString Cli = QStringLiteral(BMCPILOT_CLI_PATH);
const QStringList Lanplus{QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"),
                          QStringLiteral("3")};

// A user slot ipmi_sim leaves empty (the fixture's accounts are 2 to 4).
constexpr int NewUserId = 5;
const QString NewUser = QStringLiteral("vmadmin");
const QString NewPassword = QStringLiteral("vm-local-pw-1");

} // namespace

class TestVmCli final : public QObject
{
    Q_OBJECT

private:
    vm::GuestRun ours(const QString &command)
    {
        return m_guest->run(vm::VmGuest::quoted(Cli) + QStringLiteral(" -I open ") + command);
    }
    vm::GuestRun theirs(const QString &command)
    {
        return m_guest->run(QStringLiteral("ipmitool -I open ") + command);
    }
    // The CLI on this machine, over LAN to the same simulated BMC.
    clitest::Run overLan(const QString &command, const QString &user, const QString &password)
    {
        const sim::SimBmc &bmc = m_sims->bmc(0);
        return clitest::run(Cli,
                            Lanplus + QStringList{QStringLiteral("-H"), bmc.host, QStringLiteral("-p"),
                                                  QString::number(bmc.port), QStringLiteral("-U"), user,
                                                  QStringLiteral("-E")} +
                                command.split(u' '),
                            password);
    }
    QString lanSetting(const char *key) const { return m_sims->lanSetting(0, QString::fromLatin1(key)); }
    // Requests the guest's KCS interface has completed (ipmi_si's own count).
    int kcsTransactions()
    {
        const vm::GuestRun count =
            m_guest->run(QStringLiteral("cat $(find /sys/devices -name complete_transactions | head -n 1)"));
        return count.exitCode == 0 ? count.out.trimmed().toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        const QString missing = vm::VmGuest::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        if (QStandardPaths::findExecutable(QStringLiteral("ipmitool")).isEmpty())
            QSKIP("ipmitool is not installed: run scripts/setup");
        sim::IpmiSimOptions options;
        options.kcsPort = vm::VmGuest::freeTcpPort();
        m_sims = std::make_unique<sim::IpmiSimFixture>(options);
        QVERIFY2(m_sims->start(), qPrintable(m_sims->errorString()));
        m_guest = std::make_unique<vm::VmGuest>(vm::VmGuestOptions{vm::GuestBmc::External, options.kcsPort});
        QVERIFY2(m_guest->start(), qPrintable(m_guest->errorString()));
        qInfo("guest booted in %.1f s", m_guest->bootMilliseconds() / 1000.0);
        QString error;
        QVERIFY2(m_guest->waitForDevice(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_guest)
            m_guest->stop();
        if (m_sims)
            m_sims->stop();
    }

    void sameOutputAsIpmitool_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"mc info", "lan print 1", "user list 1", "channel info 1", "channel getaccess 1 2",
                                    "chassis status", "chassis power status", "sel list", "fru print"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void sameOutputAsIpmitool()
    {
        QFETCH(QString, command);
        const vm::GuestRun mine = ours(command);
        const vm::GuestRun reference = theirs(command);
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        QVERIFY(!mine.out.isEmpty());
        QCOMPARE(mine.out, reference.out);
    }

    // Row by row where both print the row; shared records are one row in ipmitool and
    // one per sensor here (see tst_cli_sdr_vs_reference).
    void sensorTablesMatchIpmitool_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("sdr list") << QStringLiteral("sdr list");
        QTest::newRow("sensor list") << QStringLiteral("sensor list");
    }

    void sensorTablesMatchIpmitool()
    {
        QFETCH(QString, command);
        const vm::GuestRun mine = ours(command);
        const vm::GuestRun reference = theirs(command);
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        const auto ourRows = clitest::table(mine.out);
        const auto theirRows = clitest::table(reference.out);
        QVERIFY(theirRows.size() > 10);
        int exact = 0;
        for (const QStringList &row : theirRows) {
            const QStringList *match = clitest::findRow(ourRows, row[0]);
            exact += match != nullptr;
            if (!match)
                match = clitest::findSharedRow(ourRows, row[0]);
            QVERIFY2(match, qPrintable(QStringLiteral("no row %1 in:\n%2").arg(row[0], mine.out)));
            QCOMPARE(match->mid(1), row.mid(1));
        }
        QVERIFY(exact > theirRows.size() / 2);
        QVERIFY(ourRows.size() >= theirRows.size());
    }

    void lanChangesReachTheBmc()
    {
        struct Step
        {
            const char *command;
            const char *key;
            const char *expected;
        };
        const Step steps[] = {
            {"lan set 1 ipsrc dhcp", "ip_addr_src", "dhcp"},
            {"lan set 1 ipsrc static", "ip_addr_src", "static"},
            {"lan set 1 ipaddr 127.0.0.9", "ip_addr", "127.0.0.9"},
            {"lan set 1 netmask 255.255.255.0", "subnet_mask", "255.255.255.0"},
            {"lan set 1 defgw ipaddr 127.0.0.254", "default_gw_ip_addr", "127.0.0.254"},
        };
        for (const Step &step : steps) {
            const vm::GuestRun set = ours(QString::fromLatin1(step.command));
            QVERIFY2(set.exitCode == 0, qPrintable(set.err));
            QCOMPARE(lanSetting(step.key), QString::fromLatin1(step.expected));
        }
        // The guest's driver and a LAN session read the same configuration.
        const vm::GuestRun local = ours(QStringLiteral("lan print 1"));
        const clitest::Run lan = overLan(QStringLiteral("lan print 1"), QStringLiteral("admin"),
                                         sim::defaultIpmiSimAccounts().first().password);
        QVERIFY2(lan.exitCode == 0, qPrintable(lan.err));
        QCOMPARE(local.out, lan.out);
        QVERIFY(local.out.contains(QStringLiteral("IP Address              : 127.0.0.9\n")));
        // ipmitool confirms a change with the same line.
        QCOMPARE(ours(QStringLiteral("lan set 1 ipaddr 127.0.0.9")).out,
                 theirs(QStringLiteral("lan set 1 ipaddr 127.0.0.9")).out);
    }

    void badNetmaskIsRefusedBeforeAnythingIsSent()
    {
        const QString mask = lanSetting("subnet_mask");
        const int before = kcsTransactions();
        QVERIFY(before > 0);
        QCOMPARE(kcsTransactions(), before); // nothing else talks to the BMC meanwhile
        const vm::GuestRun refused = ours(QStringLiteral("lan set 1 netmask 255.0.255.0"));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("contiguous")), qPrintable(refused.err));
        QCOMPARE(kcsTransactions(), before);
        QCOMPARE(lanSetting("subnet_mask"), mask);
    }

    void newUserLogsInOverLan()
    {
        const QString id = QString::number(NewUserId);
        for (const QString &command :
             {QStringLiteral("user set name %1 %2").arg(id, NewUser),
              QStringLiteral("user set password %1 %2").arg(id, NewPassword),
              QStringLiteral("channel setaccess 1 %1 callin=on ipmi=on link=on privilege=4").arg(id),
              QStringLiteral("user enable %1").arg(id)}) {
            const vm::GuestRun step = ours(command);
            QVERIFY2(step.exitCode == 0, qPrintable(command + u'\n' + step.err));
        }
        const vm::GuestRun list = ours(QStringLiteral("user list 1"));
        QCOMPARE(list.out, theirs(QStringLiteral("user list 1")).out);
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("\\n5 +vmadmin +true +true +true +ADMINISTRATOR"))),
                 qPrintable(list.out));

        // From outside: the new account opens an RMCP+ session, a wrong password does not.
        const clitest::Run login = overLan(QStringLiteral("mc info"), NewUser, NewPassword);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QCOMPARE(login.out, ours(QStringLiteral("mc info")).out);
        const clitest::Run wrong = overLan(QStringLiteral("mc info"), NewUser, QStringLiteral("not-the-password"));
        QVERIFY(wrong.exitCode != 0);
    }

    void chassisPowerReachesTheBmc()
    {
        const vm::GuestRun off = ours(QStringLiteral("chassis power off"));
        QVERIFY2(off.exitCode == 0, qPrintable(off.err));
        QCOMPARE(off.out, QStringLiteral("Chassis Power Control: Down/Off\n"));
        QCOMPARE(m_sims->powerState(0), false);
        QCOMPARE(ours(QStringLiteral("chassis power status")).out, QStringLiteral("Chassis Power is off\n"));
        QCOMPARE(theirs(QStringLiteral("chassis power status")).out, QStringLiteral("Chassis Power is off\n"));

        const vm::GuestRun on = ours(QStringLiteral("chassis power on"));
        QVERIFY2(on.exitCode == 0, qPrintable(on.err));
        QCOMPARE(on.out, QStringLiteral("Chassis Power Control: Up/On\n"));
        QCOMPARE(m_sims->powerState(0), true);
        QCOMPARE(ours(QStringLiteral("chassis power status")).out, QStringLiteral("Chassis Power is on\n"));
    }

private:
    std::unique_ptr<sim::IpmiSimFixture> m_sims;
    std::unique_ptr<vm::VmGuest> m_guest;
};

QTEST_GUILESS_MAIN(TestVmCli)
#include "tst_vm_cli.moc"
