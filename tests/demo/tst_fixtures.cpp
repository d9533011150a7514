// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated BMCs, checked with clients nobody here wrote (ipmitool, FreeIPMI):
// every later test trusts these fixtures, so they must be right first. Nothing is
// skipped: a missing tool fails with the package to install.

#include "demo/ipmisimfixture.h"
#include "demo/pyghmifixture.h"
#include "demo/simresources.h"
#include "simtools.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sim;
using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

// Two servers of different models, each also listening on 127.0.0.2.
IpmiSimOptions twoServers()
{
    IpmiSimOptions options;
    options.count = 2;
    options.profiles = {u"r2u"_s, u"r1u"_s};
    options.extraHosts = {u"127.0.0.2"_s};
    return options;
}

PyghmiOptions pyghmi(const QString &prefix, bool sha256)
{
    PyghmiOptions options;
    options.namePrefix = prefix;
    options.sha256 = sha256;
    return options;
}

bool matches(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ipmiSimServesAServer();
    void ipmiSimAccounts();
    void ipmiSimMd5Login();
    void ipmiSimExtraAddress();
    void ipmiSimPowerIsObservable();
    void ipmiSimLanSettingIsObservable();
    void ipmiSimFreeIpmiSensors();
    void pyghmiServesSuite3();
    void sha256PeerServesSuite17();
    void sha256PeerEnforcesPrivileges();

private:
    ToolRun ipmitool(const SimBmc &bmc, const Account &account, const QString &command,
                     int suite = 3) const
    {
        return runTool(m_ipmitool, lanplusArgs(bmc, account, suite, command));
    }

    QString m_ipmitool;
    QString m_ipmiSensors;
    IpmiSimFixture m_sims{twoServers()};
    PyghmiFixture m_pyghmi{pyghmi(u"pyghmi"_s, false)};
    PyghmiFixture m_peer{pyghmi(u"peer"_s, true)};
    QTemporaryDir m_cacheDir;
};

void TestFixtures::initTestCase()
{
    QString error;
    m_ipmitool =
        SimResources::findProgram(u"ipmitool"_s, "BMCPILOT_IPMITOOL", {}, u"ipmitool"_s, &error);
    QVERIFY2(!m_ipmitool.isEmpty(), qPrintable(error));
    m_ipmiSensors = SimResources::findProgram(u"ipmi-sensors"_s, "BMCPILOT_IPMI_SENSORS", {},
                                              u"freeipmi-tools"_s, &error);
    QVERIFY2(!m_ipmiSensors.isEmpty(), qPrintable(error));
    QVERIFY(m_cacheDir.isValid());

    QElapsedTimer clock;
    clock.start();
    QVERIFY2(startAll({&m_sims, &m_pyghmi, &m_peer}, &error), qPrintable(error));
    qInfo("2 ipmi_sim and 2 pyghmi BMCs answered after %lld ms", clock.elapsed());
}

void TestFixtures::cleanupTestCase()
{
    QList<qint64> pids;
    for (const SimFixture *fixture :
         {static_cast<SimFixture *>(&m_sims), static_cast<SimFixture *>(&m_pyghmi),
          static_cast<SimFixture *>(&m_peer)}) {
        for (const SimBmc &bmc : fixture->bmcs())
            pids << bmc.pid;
    }
    m_sims.stop();
    m_pyghmi.stop();
    m_peer.stop();
    for (qint64 pid : pids)
        QVERIFY2(!processAlive(pid), qPrintable(u"pid %1 survived stop()"_s.arg(pid)));
}

void TestFixtures::ipmiSimServesAServer()
{
    const SimBmc bmc = m_sims.bmc(0);
    const Account admin = *bmc.account(ipmi::Privilege::Administrator);
    const QJsonObject summary = SimResources::profileSummary().value(bmc.profile).toObject();

    ToolRun r = ipmitool(bmc, admin, u"mc info"_s);
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"IPMI Version              : 2.0"_s),
             qPrintable(r.text()));
    QVERIFY2(r.out.contains(u"Firmware Revision         : 2.41"_s), qPrintable(r.out));
    r = ipmitool(bmc, admin, u"chassis power status"_s);
    QVERIFY2(r.out.contains(u"Chassis Power is on"_s), qPrintable(r.text()));

    // sdr list prints one line per full or compact sensor record.
    r = ipmitool(bmc, admin, u"sdr list"_s);
    const int lines = int(r.out.trimmed().split(u'\n').size());
    QVERIFY2(lines >= 40, qPrintable(r.text()));
    QCOMPARE(lines, summary[u"analogSensors"_s].toInt() + summary[u"compactRecords"_s].toInt());
    QVERIFY2(matches(r.out, u"CPU2 Temp +\\| 87 degrees C +\\| nc"_s),
             qPrintable(r.out)); // warning
    QVERIFY2(matches(r.out, u"Outside Air Temp +\\| -7 degrees C"_s),
             qPrintable(r.out)); // 1s compl.
    QVERIFY2(matches(r.out, u"Intake Duct Temp +\\| -3 degrees C"_s),
             qPrintable(r.out)); // 2s compl.
    QVERIFY2(matches(r.out, u"DIMM Zone1 Temp +\\| 41.50 degrees C"_s),
             qPrintable(r.out));                                               // M, B, R
    QVERIFY2(matches(r.out, u"CPU1 VCCIO +\\| 1 Volts"_s), qPrintable(r.out)); // B * 10^Bexp

    r = ipmitool(bmc, admin, u"sel info"_s);
    const QRegularExpressionMatch entries = QRegularExpression(u"Entries +: (\\d+)"_s).match(r.out);
    QVERIFY2(entries.hasMatch() && entries.captured(1).toInt() >= 100, qPrintable(r.text()));
    QCOMPARE(entries.captured(1).toInt(), summary[u"selEntries"_s].toInt());
    r = ipmitool(bmc, admin, u"sel list first 1"_s);
    QVERIFY2(r.out.contains(u"05/01/24 | 00:00:00 UTC"_s), qPrintable(r.text())); // a real date

    r = ipmitool(bmc, admin, u"fru print 0"_s);
    for (const QString &field :
         {u"Chassis Type          : Rack Mount Chassis"_s,
          u"Board Mfg Date        : Tue Nov 14 09:30:00 2023"_s,
          u"Board Product         : Pilot R240 Mainboard"_s,
          u"Product Name          : Pilot R240"_s, u"Product Serial        : R240-7Q3K9"_s})
        QVERIFY2(r.out.contains(field), qPrintable(field + u'\n' + r.text()));
}

void TestFixtures::ipmiSimAccounts()
{
    const SimBmc bmc = m_sims.bmc(0);
    ToolRun r = ipmitool(bmc, *bmc.account(ipmi::Privilege::Administrator), u"user list 1"_s);
    for (const Account &account : bmc.accounts) {
        const QString row =
            u"\\n\\d+ +%1 .* %2\\s"_s.arg(account.user, QString::fromStdString(ipmi::privilegeName(account.privilege)));
        QVERIFY2(matches(r.out, row), qPrintable(account.user + u'\n' + r.text()));
    }
    for (ipmi::Privilege privilege : {ipmi::Privilege::Operator, ipmi::Privilege::User}) {
        r = ipmitool(bmc, *bmc.account(privilege), u"chassis status"_s);
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"System Power         : on"_s),
                 qPrintable(r.text()));
    }
    Account wrong = *bmc.account(ipmi::Privilege::Administrator);
    wrong.password = u"not-the-password"_s;
    r = ipmitool(bmc, wrong, u"mc info"_s);
    QVERIFY2(r.exitCode != 0, qPrintable(r.text()));
}

void TestFixtures::ipmiSimMd5Login()
{
    const SimBmc bmc = m_sims.bmc(0);
    const Account admin = *bmc.account(ipmi::Privilege::Administrator);
    for (const QString &authType : {u"MD5"_s, u"PASSWORD"_s}) {
        const ToolRun r =
            runTool(m_ipmitool, {u"-I"_s, u"lan"_s, u"-A"_s, authType, u"-H"_s, bmc.host, u"-p"_s,
                                 QString::number(bmc.port), u"-U"_s, admin.user, u"-P"_s,
                                 admin.password, u"chassis"_s, u"power"_s, u"status"_s});
        QVERIFY2(r.out.contains(u"Chassis Power is on"_s), qPrintable(authType + u'\n' + r.text()));
    }
}

void TestFixtures::ipmiSimExtraAddress()
{
    SimBmc bmc = m_sims.bmc(1);
    QCOMPARE(bmc.extraHosts, QStringList{u"127.0.0.2"_s});
    bmc.host = bmc.extraHosts.first(); // LAN channel 2 of the same simulator
    const ToolRun r = ipmitool(bmc, *bmc.account(ipmi::Privilege::Administrator), u"fru print 0"_s);
    QVERIFY2(r.out.contains(u"Product Name          : Pilot R120"_s), qPrintable(r.text()));
    QCOMPARE(m_sims.lanSetting(1, u"ip_addr"_s, 2), u"127.0.0.2"_s);
}

void TestFixtures::ipmiSimPowerIsObservable()
{
    const SimBmc bmc = m_sims.bmc(0);
    const Account oper = *bmc.account(ipmi::Privilege::Operator);
    QVERIFY(m_sims.powerState(0));
    ToolRun r = ipmitool(bmc, oper, u"chassis power off"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(!m_sims.powerState(0));
    r = ipmitool(bmc, oper, u"chassis power on"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(m_sims.powerState(0));

    m_sims.setPowerState(0, false); // as a test simulating a tripped breaker would
    r = ipmitool(bmc, oper, u"chassis power status"_s);
    QVERIFY2(r.out.contains(u"Chassis Power is off"_s), qPrintable(r.text()));
    m_sims.setPowerState(0, true);

    r = ipmitool(bmc, oper, u"chassis bootdev pxe"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QCOMPARE(m_sims.bootDevice(0), u"pxe"_s);
    r = ipmitool(bmc, oper, u"chassis identify 20"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QCOMPARE(m_sims.identify(0), u"20 0"_s);
}

void TestFixtures::ipmiSimLanSettingIsObservable()
{
    const SimBmc bmc = m_sims.bmc(0);
    const Account admin = *bmc.account(ipmi::Privilege::Administrator);
    QCOMPARE(m_sims.lanSetting(0, u"ip_addr"_s), bmc.host);
    ToolRun r = ipmitool(bmc, admin, u"lan set 1 ipaddr 127.0.0.9"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QCOMPARE(m_sims.lanSetting(0, u"ip_addr"_s), u"127.0.0.9"_s);
    r = ipmitool(bmc, admin, u"lan print 1"_s);
    QVERIFY2(matches(r.out, u"IP Address +: 127\\.0\\.0\\.9"_s), qPrintable(r.text()));
    m_sims.setLanSetting(0, u"ip_addr"_s, bmc.host);
}

void TestFixtures::ipmiSimFreeIpmiSensors()
{
    // -W opensesspriv: ipmi_sim echoes the Open Session request's maximum privilege,
    // 0 ("highest") unless asked for a level, and FreeIPMI refuses a session that
    // grants 0 ("privilege level cannot be obtained for this user").
    const SimBmc bmc = m_sims.bmc(0);
    const Account admin = *bmc.account(ipmi::Privilege::Administrator);
    const ToolRun r = runTool(m_ipmiSensors,
                              {u"-h"_s, u"%1:%2"_s.arg(bmc.host).arg(bmc.port), u"-u"_s, admin.user,
                               u"-p"_s, admin.password, u"--driver-type=LAN_2_0"_s, u"-W"_s,
                               u"opensesspriv"_s, u"--sdr-cache-directory="_s + m_cacheDir.path(),
                               u"--quiet-cache"_s, u"--shared-sensors"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY2(matches(r.out, u"Outside Air Temp +\\| Temperature +\\| -7\\.00 "_s),
             qPrintable(r.out));
    // A compact record shared by eight drive slots, one of them faulty.
    QVERIFY2(matches(r.out, u"Drive 3 .*'Drive Fault'"_s), qPrintable(r.out));
    const int rows = int(r.out.trimmed().split(u'\n').size()) - 1; // minus the header
    QVERIFY2(rows >= 40, qPrintable(r.out));
}

void TestFixtures::pyghmiServesSuite3()
{
    const SimBmc bmc = m_pyghmi.bmc(0);
    QCOMPARE(bmc.kind, BmcKind::Pyghmi);
    const Account admin = *bmc.account(ipmi::Privilege::Administrator);
    ToolRun r = ipmitool(bmc, admin, u"mc info"_s);
    QVERIFY2(r.out.contains(u"Firmware Revision         : 1.05"_s), qPrintable(r.text()));
    const Account longPassword = bmc.accounts.last();
    QCOMPARE(longPassword.password.toUtf8().size(), 20);
    r = ipmitool(bmc, longPassword, u"chassis power off"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(!m_pyghmi.powerState(0));
    r = ipmitool(bmc, admin, u"chassis power status"_s);
    QVERIFY2(r.out.contains(u"Chassis Power is off"_s), qPrintable(r.text()));
    m_pyghmi.setPowerState(0, true);
    r = ipmitool(bmc, admin, u"chassis bootdev pxe"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QCOMPARE(m_pyghmi.bootDevice(0), u"network"_s); // pyghmi's name for PXE
    // Plain pyghmi knows suite 3 only: the SHA-256 peer is a separate mode.
    r = ipmitool(bmc, admin, u"mc info"_s, 17);
    QVERIFY2(r.exitCode != 0, qPrintable(r.text()));
}

void TestFixtures::sha256PeerServesSuite17()
{
    const SimBmc bmc = m_peer.bmc(0);
    QCOMPARE(bmc.kind, BmcKind::Sha256Peer);
    const Account admin = *bmc.account(ipmi::Privilege::Administrator);
    for (const Account &account : {admin, bmc.accounts.last()}) { // the last: 20-byte password
        for (int suite : {17, 16, 15, 3}) {
            const ToolRun r = ipmitool(bmc, account, u"chassis power status"_s, suite);
            QVERIFY2(r.out.contains(u"Chassis Power is on"_s),
                     qPrintable(u"suite %1, %2\n"_s.arg(suite).arg(account.user) + r.text()));
        }
    }
    ToolRun r = ipmitool(bmc, admin, u"mc info"_s, 17);
    QVERIFY2(r.out.contains(u"IPMI Version              : 2.0"_s), qPrintable(r.text()));
    // Without -C, ipmitool 1.8.19 reads Get Channel Cipher Suites and picks 17.
    QStringList args = lanplusArgs(bmc, admin, 3, u"-v chassis power status"_s);
    args.remove(2, 2); // drop "-C 3"
    r = runTool(m_ipmitool, args);
    QVERIFY2(r.text().contains(u"Using best available cipher suite 17"_s), qPrintable(r.text()));
}

void TestFixtures::sha256PeerEnforcesPrivileges()
{
    const SimBmc bmc = m_peer.bmc(0);
    const Account user = *bmc.account(ipmi::Privilege::User);
    ToolRun r = ipmitool(bmc, user, u"chassis power off"_s, 17);
    QVERIFY2(r.text().contains(u"Insufficient privilege level"_s), qPrintable(r.text()));
    QVERIFY(m_peer.powerState(0));
    Account overreaching = user;
    overreaching.privilege = ipmi::Privilege::Administrator;
    r = ipmitool(bmc, overreaching, u"-v mc info"_s, 17);
    QVERIFY2(r.exitCode != 0 && r.text().contains(u"unauthorized role"_s),
             qPrintable(r.text())); // RAKP2 status 0Ah
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
