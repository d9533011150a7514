// SPDX-License-Identifier: GPL-3.0-or-later
// lan print/set and channel info/getaccess/setaccess against ipmi_sim, compared with
// ipmitool; LAN changes are checked in the fixture's LAN state (lan_control.sh). The
// fixture is this test's own, since the writes change it.
#include "demo/ipmisimfixture.h"
#include "toolrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

using clitest::Run;
using clitest::run;

const QStringList Lanplus{"-I", "lanplus", "-C", "3"};

} // namespace

class TestCliLanVsIpmitool final : public QObject
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
    QJsonObject oursJson(const QString &command)
    {
        const Run result = ours(command, {QStringLiteral("--json")});
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
        QTest::newRow("lan print 1") << "lan print 1";
        QTest::newRow("channel info") << "channel info";
        QTest::newRow("channel info 1") << "channel info 1";
        QTest::newRow("channel getaccess 1") << "channel getaccess 1";
        QTest::newRow("channel getaccess 1 2") << "channel getaccess 1 2";
    }

    void sameOutputAsIpmitool()
    {
        QFETCH(QString, command);
        compare(command);
    }

    void lanChannelFoundAutomatically()
    {
        const Run automatic = ours(QStringLiteral("lan print"));
        QVERIFY2(automatic.exitCode == 0, qPrintable(automatic.err));
        QCOMPARE(automatic.out, ours(QStringLiteral("lan print 1")).out);
        QCOMPARE(oursJson(QStringLiteral("lan print"))["channel"].toInt(), 1);
    }

    void printJsonFollowsTheFixture()
    {
        m_fixture.setLanSetting(0, QStringLiteral("subnet_mask"), QStringLiteral("255.255.255.0"));
        m_fixture.setLanSetting(0, QStringLiteral("default_gw_ip_addr"), QStringLiteral("127.0.0.254"));
        const QJsonObject json = oursJson(QStringLiteral("lan print 1"));
        for (const char *key : {"ip_source", "ip_address", "subnet_mask", "mac_address", "default_gateway_ip",
                                "default_gateway_mac", "backup_gateway_ip", "vlan_id", "cipher_suites",
                                "cipher_suite_privileges", "auth_type_enables"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json["ip_address"].toString(), m_fixture.lanSetting(0, QStringLiteral("ip_addr")));
        QCOMPARE(json["ip_source"].toString(), QStringLiteral("static"));
        QCOMPARE(json["subnet_mask"].toString(), QStringLiteral("255.255.255.0"));
        QCOMPARE(json["default_gateway_ip"].toString(), QStringLiteral("127.0.0.254"));
        QVERIFY(json["vlan_id"].isNull());
        QVERIFY(!json["cipher_suites"].toArray().isEmpty());
        QCOMPARE(json["cipher_suite_privileges"].toString().size(), 15);
        QVERIFY(json["auth_type_enables"].toObject()["admin"].toArray().contains(QStringLiteral("MD5")));
    }

    void setWritesAreObservable()
    {
        struct Step
        {
            const char *command;
            const char *key;
            const char *expected;
        };
        // ipmi_sim's hook stores MACs without leading zeros in each byte.
        const Step steps[] = {
            {"lan set 1 ipsrc static", "ip_addr_src", "static"},
            {"lan set 1 netmask 255.255.255.0", "subnet_mask", "255.255.255.0"},
            {"lan set 1 ipaddr 127.0.0.9", "ip_addr", "127.0.0.9"},
            {"lan set 1 defgw ipaddr 127.0.0.254", "default_gw_ip_addr", "127.0.0.254"},
            {"lan set 1 defgw macaddr 02:11:22:33:44:55", "default_gw_mac_addr", "2:11:22:33:44:55"},
            {"lan set 1 bakgw ipaddr 127.0.0.253", "backup_gw_ip_addr", "127.0.0.253"},
            {"lan set 1 bakgw macaddr 02:11:22:33:44:56", "backup_gw_mac_addr", "2:11:22:33:44:56"},
        };
        for (const Step &step : steps) {
            const Run mine = ours(QString::fromLatin1(step.command));
            QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
            QCOMPARE(m_fixture.lanSetting(0, QString::fromLatin1(step.key)), QString::fromLatin1(step.expected));
        }
        // The confirmation lines are ipmitool's; ipmitool writes the same value again.
        const Run mine = ours(QStringLiteral("lan set 1 ipaddr 127.0.0.9"));
        const Run reference = theirs(QStringLiteral("lan set 1 ipaddr 127.0.0.9"));
        QCOMPARE(mine.out, reference.out);
        QCOMPARE(mine.out, QStringLiteral("Setting LAN IP Address to 127.0.0.9\n"));
        // After the writes, both tools read the same configuration.
        compare(QStringLiteral("lan print 1"));
        // The writes went through set in progress and ended with set complete.
        QCOMPARE(oursJson(QStringLiteral("lan print 1"))["set_in_progress"].toString(), QStringLiteral("complete"));
    }

    void vlanAndCipherPrivileges()
    {
        QVERIFY(ours(QStringLiteral("lan set 1 vlan id 100")).exitCode == 0);
        QCOMPARE(oursJson(QStringLiteral("lan print 1"))["vlan_id"].toInt(), 100);
        QVERIFY(theirs(QStringLiteral("lan print 1")).out.contains(QStringLiteral("802.1q VLAN ID          : 100\n")));
        QVERIFY(ours(QStringLiteral("lan set 1 vlan id off")).exitCode == 0);
        QVERIFY(oursJson(QStringLiteral("lan print 1"))["vlan_id"].isNull());

        const QString before = oursJson(QStringLiteral("lan print 1"))["cipher_suite_privileges"].toString();
        QVERIFY(ours(QStringLiteral("lan set 1 cipher_privs XaaaXXaaaXXaaXX")).exitCode == 0);
        QCOMPARE(oursJson(QStringLiteral("lan print 1"))["cipher_suite_privileges"].toString(),
                 QStringLiteral("XaaaXXaaaXXaaXX"));
        QVERIFY(theirs(QStringLiteral("lan print 1")).out.contains(QStringLiteral(": XaaaXXaaaXXaaXX\n")));
        QVERIFY(ours(QStringLiteral("lan set 1 cipher_privs ") + before).exitCode == 0);
        compare(QStringLiteral("lan print 1"));
    }

    void accessOnMatchesIpmitool()
    {
        compare(QStringLiteral("lan set 1 access on"));
    }

    void invalidValuesAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("message");
        QTest::newRow("netmask") << "lan set 1 netmask 255.0.255.0" << "contiguous";
        QTest::newRow("address") << "lan set 1 ipaddr 127.0.0" << "not an IPv4 address";
        QTest::newRow("multicast") << "lan set 1 ipaddr 224.0.0.1" << "multicast";
        QTest::newRow("vlan") << "lan set 1 vlan id 5000" << "1-4094";
        QTest::newRow("mac") << "lan set 1 defgw macaddr 00:11:22" << "not a MAC address";
        QTest::newRow("privs") << "lan set 1 cipher_privs aaaa" << "15 letters";
    }

    void invalidValuesAreRefusedBeforeSending()
    {
        QFETCH(QString, command);
        QFETCH(QString, message);
        const QString address = m_fixture.lanSetting(0, QStringLiteral("ip_addr"));
        const Run mine = ours(command);
        QVERIFY(mine.exitCode != 0);
        QVERIFY2(mine.err.contains(message), qPrintable(mine.err));
        QCOMPARE(m_fixture.lanSetting(0, QStringLiteral("ip_addr")), address);
    }

    void staticAddressNeedsStaticSource()
    {
        m_fixture.setLanSetting(0, QStringLiteral("ip_addr_src"), QStringLiteral("dhcp"));
        const QString address = m_fixture.lanSetting(0, QStringLiteral("ip_addr"));
        const Run refused = ours(QStringLiteral("lan set 1 ipaddr 127.0.0.8"));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("ipsrc static")), qPrintable(refused.err));
        QCOMPARE(m_fixture.lanSetting(0, QStringLiteral("ip_addr")), address);
        QVERIFY(ours(QStringLiteral("lan set 1 ipsrc static")).exitCode == 0);
        QCOMPARE(m_fixture.lanSetting(0, QStringLiteral("ip_addr_src")), QStringLiteral("static"));
        QVERIFY(ours(QStringLiteral("lan set 1 ipaddr 127.0.0.8")).exitCode == 0);
        QCOMPARE(m_fixture.lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.8"));
    }

    void gatewayOutsideSubnetWarns()
    {
        QVERIFY(ours(QStringLiteral("lan set 1 netmask 255.255.255.0")).exitCode == 0);
        const Run warned = ours(QStringLiteral("lan set 1 defgw ipaddr 127.0.1.1"));
        QVERIFY2(warned.exitCode == 0, qPrintable(warned.err));
        QVERIFY2(warned.err.contains(QStringLiteral("outside the subnet")), qPrintable(warned.err));
        QCOMPARE(m_fixture.lanSetting(0, QStringLiteral("default_gw_ip_addr")), QStringLiteral("127.0.1.1"));
    }

    void channelSetAccessMatchesIpmitool()
    {
        compare(QStringLiteral("channel setaccess 1 3 callin=on ipmi=on link=off privilege=3"));
        const Run mine = ours(QStringLiteral("channel setaccess 1 3 link=on"));
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        QVERIFY(theirs(QStringLiteral("channel getaccess 1 3")).out.contains(
            QStringLiteral("Link Authentication  : enabled\n")));
        compare(QStringLiteral("channel getaccess 1 3"));
        QVERIFY(ours(QStringLiteral("channel setaccess 1 3 link=off")).exitCode == 0);
    }

    void channelInfoJson()
    {
        const QJsonObject json = oursJson(QStringLiteral("channel info 1"));
        QCOMPARE(json["medium_type"].toString(), QStringLiteral("802.3 LAN"));
        QCOMPARE(json["volatile"].toObject()["access_mode"].toString(), QStringLiteral("always available"));
        const Run missing = ours(QStringLiteral("channel info 7"));
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("no such channel")), qPrintable(missing.err));
    }

private:
    sim::IpmiSimFixture m_fixture;
    QString m_ipmitool;
    QString m_password;
    QStringList m_connection;
};

QTEST_GUILESS_MAIN(TestCliLanVsIpmitool)
#include "tst_cli_lan_vs_ipmitool.moc"
