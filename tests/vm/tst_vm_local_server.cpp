// SPDX-License-Identifier: GPL-3.0-or-later
// A "Local" server managed by the model layer and the desktop application's pages
// inside a QEMU guest (guest/vm_local_server.cpp, offscreen), through the real Linux
// IPMI driver to an ipmi_sim: the sensors it shows are those a LAN client lists, and
// the static address and the user it sets are checked from outside, in ipmi_sim's
// state and by logging in over LAN with the new user.
#include "sensortable.h"
#include "demo/ipmisimfixture.h"
#include "demo/simresources.h"
#include "toolrun.h"
#include "vmguest.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

namespace {

const QString Cli = QStringLiteral(BMCPILOT_CLI_PATH);
const QString GuestProgram = QStringLiteral(BMCPILOT_VM_LOCAL_SERVER);
const QString Address = QStringLiteral("127.0.0.10");
const QString Netmask = QStringLiteral("255.255.0.0");
const QString Gateway = QStringLiteral("127.0.0.1");
const QString NewUser = QStringLiteral("localadmin");
const QString NewPassword = QStringLiteral("local-pw-2");

} // namespace

class TestVmLocalServer final : public QObject
{
    Q_OBJECT

private:
    clitest::Run overLan(const QString &command, const QString &user, const QString &password)
    {
        const sim::SimBmc &bmc = m_sims->bmc(0);
        return clitest::run(Cli,
                            QStringList{QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"), QStringLiteral("3"),
                             QStringLiteral("-H"), bmc.host, QStringLiteral("-p"), QString::number(bmc.port),
                             QStringLiteral("-U"), user, QStringLiteral("-E")} +
                                command.split(u' '),
                            password);
    }

private slots:
    void initTestCase()
    {
        const QString missing = vm::VmGuest::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
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

    void localServerManagedInTheGuest()
    {
        QCOMPARE(m_sims->lanSetting(0, QStringLiteral("ip_addr")), QStringLiteral("127.0.0.1"));
        const QString names = QStringLiteral("%1/sensor-names").arg(vm::VmGuest::GuestExchangeDir);
        const QString script = QStringLiteral("VM_SENSOR_NAMES=%1 VM_ADDRESS=%2 VM_NETMASK=%3 VM_GATEWAY=%4 "
                                              "VM_USER_ID=6 VM_USER=%5 VM_PASSWORD=%6 %7\n")
                                   .arg(names, Address, Netmask, Gateway, NewUser, NewPassword,
                                        vm::VmGuest::quoted(GuestProgram));
        const vm::GuestRun run = m_guest->run(script, std::chrono::seconds(150));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        // The sensors the guest's table showed are those the BMC lists over LAN.
        const QString password = sim::defaultIpmiSimAccounts().first().password;
        const clitest::Run sdr = overLan(QStringLiteral("sdr list"), QStringLiteral("admin"), password);
        QVERIFY2(sdr.exitCode == 0, qPrintable(sdr.err));
        QSet<QString> overLanNames;
        for (const QStringList &row : clitest::table(sdr.out))
            overLanNames << row.value(0);
        QFile file(m_guest->hostExchangeDir() + QStringLiteral("/sensor-names"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList shown = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        // sdr list leaves out the event-only sensors (no reading) that the table shows.
        const QSet<QString> shownNames(shown.begin(), shown.end());
        QVERIFY(shownNames.contains(overLanNames));
        const int eventOnly = sim::SimResources::profileSummary()[u"r2u"].toObject()[u"eventOnlySensors"].toInt();
        QCOMPARE(shownNames.size(), overLanNames.size() + eventOnly);

        // The network page's change, in ipmi_sim's LAN state.
        QCOMPARE(m_sims->lanSetting(0, QStringLiteral("ip_addr_src")), QStringLiteral("static"));
        QCOMPARE(m_sims->lanSetting(0, QStringLiteral("ip_addr")), Address);
        QCOMPARE(m_sims->lanSetting(0, QStringLiteral("subnet_mask")), Netmask);
        QCOMPARE(m_sims->lanSetting(0, QStringLiteral("default_gw_ip_addr")), Gateway);

        // The new user logs in over LAN; a wrong password does not.
        const clitest::Run login = overLan(QStringLiteral("user list 1"), NewUser, NewPassword);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY2(login.out.contains(QRegularExpression(QStringLiteral("\\n6 +%1 .* ADMINISTRATOR\\n").arg(NewUser))),
                 qPrintable(login.out));
        QVERIFY(overLan(QStringLiteral("mc info"), NewUser, QStringLiteral("wrong-password")).exitCode != 0);
    }

private:
    std::unique_ptr<sim::IpmiSimFixture> m_sims;
    std::unique_ptr<vm::VmGuest> m_guest;
};

QTEST_GUILESS_MAIN(TestVmLocalServer)
#include "tst_vm_local_server.moc"
