// SPDX-License-Identifier: GPL-3.0-or-later
// A second, independent BMC: QEMU's own ipmi-bmc-sim behind the guest's KCS interface.
// The guest starts without the IPMI driver, as a freshly installed machine does: the
// CLI names the modules, the modprobe line it gives brings up /dev/ipmi0, and then the
// basic commands print what ipmitool -I open prints. The device node as the kernel makes
// it (root only) is refused to another user with a sentence saying how to get access,
// and the access the package's udev rule grants (group read and write) is enough.
#include "vmguest.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

const QString Cli = QStringLiteral(BMCPILOT_CLI_PATH);
// nobody, with an arbitrary group standing for the package's group ipmi.
const QString AsNobody = QStringLiteral("HOME=/tmp setpriv --reuid=65534 --regid=65534 ");
const QString DeviceGroupId = QStringLiteral("4242");

} // namespace

class TestVmQemuBmc final : public QObject
{
    Q_OBJECT

private:
    vm::GuestRun ours(const QString &command, const QString &prefix = {})
    {
        return m_guest->run(prefix + vm::VmGuest::quoted(Cli) + QStringLiteral(" -I open ") + command);
    }
    vm::GuestRun theirs(const QString &command)
    {
        return m_guest->run(QStringLiteral("ipmitool -I open ") + command);
    }

private slots:
    void initTestCase()
    {
        const QString missing = vm::VmGuest::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        if (QStandardPaths::findExecutable(QStringLiteral("ipmitool")).isEmpty())
            QSKIP("ipmitool is not installed: run scripts/setup");
        vm::VmGuestOptions options;
        options.bmc = vm::GuestBmc::QemuSimulated;
        options.loadIpmiModules = false;
        m_guest = std::make_unique<vm::VmGuest>(options);
        QVERIFY2(m_guest->start(), qPrintable(m_guest->errorString()));
        qInfo("guest booted in %.1f s", m_guest->bootMilliseconds() / 1000.0);
    }

    void cleanupTestCase()
    {
        if (m_guest)
            m_guest->stop();
    }

    void theModprobeLineGivenBringsUpTheDevice()
    {
        const vm::GuestRun refused = ours(QStringLiteral("mc info"));
        QVERIFY(refused.exitCode != 0);
        const QString line = QStringLiteral("modprobe -a ipmi_msghandler ipmi_devintf ipmi_si");
        QVERIFY2(refused.err.contains(u'\'' + line + u'\''), qPrintable(refused.err));
        const vm::GuestRun modprobe = m_guest->run(line);
        QVERIFY2(modprobe.exitCode == 0, qPrintable(modprobe.err));
        QString error;
        QVERIFY2(m_guest->waitForDevice(&error), qPrintable(error));
    }

    void sameOutputAsIpmitool_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"mc info", "chassis status", "chassis power status", "sel info", "sdr list"})
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

    void deviceOnlyRootMayOpen()
    {
        QCOMPARE(m_guest->run(QStringLiteral("stat -c %a:%g /dev/ipmi0")).out, QStringLiteral("600:0\n"));
        const vm::GuestRun refused = ours(QStringLiteral("mc info"), AsNobody + QStringLiteral("--clear-groups "));
        QVERIFY(refused.exitCode != 0);
        for (const char *expected : {"permission denied opening /dev/ipmi0 (group root, mode 0600)",
                                     "only root may use it", "udev rule", "sudo usermod -aG ipmi nobody"})
            QVERIFY2(refused.err.contains(QLatin1String(expected)), qPrintable(refused.err));
    }

    // What packaging/60-bmcpilot-ipmi.rules does to the node (udev does not run here).
    void groupAccessIsEnough()
    {
        const vm::GuestRun granted =
            m_guest->run(QStringLiteral("chgrp %1 /dev/ipmi0 && chmod 0660 /dev/ipmi0").arg(DeviceGroupId));
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        const vm::GuestRun outsider = ours(QStringLiteral("mc info"), AsNobody + QStringLiteral("--clear-groups "));
        QVERIFY(outsider.exitCode != 0);
        const QString join = QStringLiteral("members of the group %1 may use it; join it with 'sudo usermod -aG %1 "
                                            "nobody'")
                                 .arg(DeviceGroupId);
        QVERIFY2(outsider.err.contains(join), qPrintable(outsider.err));

        const vm::GuestRun member = ours(QStringLiteral("mc info"), AsNobody + QStringLiteral("--groups %1 ").arg(DeviceGroupId));
        QVERIFY2(member.exitCode == 0, qPrintable(member.err));
        QCOMPARE(member.out, ours(QStringLiteral("mc info")).out);
    }

private:
    std::unique_ptr<vm::VmGuest> m_guest;
};

QTEST_GUILESS_MAIN(TestVmQemuBmc)
#include "tst_vm_qemu_bmc.moc"
