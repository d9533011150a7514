// SPDX-License-Identifier: GPL-3.0-or-later
// What an administrator meets on a machine without a BMC, reproduced in a QEMU guest
// with no IPMI device: no /dev/ipmi0 before the driver is loaded, modprobe ipmi_si
// answering "No such device", and ipmi_si kept loaded with nothing found. Each time
// bmcpilot-cli -I open says what is missing and what to do.
#include "vmguest.h"

#include <QTest>

#include <memory>

namespace {

const QString Cli = QStringLiteral(BMCPILOT_CLI_PATH);

} // namespace

class TestVmDriverErrors final : public QObject
{
    Q_OBJECT

private:
    vm::GuestRun ours(const QString &command)
    {
        return m_guest->run(vm::VmGuest::quoted(Cli) + QStringLiteral(" -I open ") + command);
    }

private slots:
    void initTestCase()
    {
        const QString missing = vm::VmGuest::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        vm::VmGuestOptions options;
        options.bmc = vm::GuestBmc::None;
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

    void modulesNotLoadedAreNamed()
    {
        const vm::GuestRun refused = ours(QStringLiteral("mc info"));
        QVERIFY(refused.exitCode != 0);
        for (const char *expected :
             {"no IPMI device (/dev/ipmi0, /dev/ipmi/0, /dev/ipmidev/0)",
              "the kernel modules ipmi_msghandler, ipmi_devintf, ipmi_si are not loaded",
              "'modprobe -a ipmi_msghandler ipmi_devintf ipmi_si'"})
            QVERIFY2(refused.err.contains(QLatin1String(expected)), qPrintable(refused.err));
        // What ipmitool says in the same place, for the record.
        const vm::GuestRun ipmitool = m_guest->run(QStringLiteral("ipmitool -I open mc info"));
        QVERIFY(ipmitool.exitCode != 0);
        QVERIFY2(ipmitool.err.contains(QStringLiteral("Could not open device at /dev/ipmi0 or /dev/ipmi/0 or "
                                                      "/dev/ipmidev/0")),
                 qPrintable(ipmitool.err));
    }

    // The command the message gives, on a machine without a BMC.
    void modprobeFindsNoBmc()
    {
        const vm::GuestRun modprobe = m_guest->run(QStringLiteral("modprobe -a ipmi_msghandler ipmi_devintf ipmi_si"));
        QVERIFY(modprobe.exitCode != 0);
        QVERIFY2(modprobe.err.contains(QStringLiteral("No such device")), qPrintable(modprobe.err));
        const vm::GuestRun loaded = m_guest->run(QStringLiteral("ls /sys/module"));
        QVERIFY(loaded.out.contains(QStringLiteral("ipmi_devintf\n")));
        QVERIFY(!loaded.out.contains(QStringLiteral("ipmi_si\n")));

        const vm::GuestRun refused = ours(QStringLiteral("mc info"));
        QVERIFY(refused.exitCode != 0);
        for (const char *expected : {"the kernel module ipmi_si, which finds the BMC, is not loaded",
                                     "'modprobe ipmi_si'", "answers \"No such device\", the kernel found no BMC",
                                     "-I lanplus"})
            QVERIFY2(refused.err.contains(QLatin1String(expected)), qPrintable(refused.err));
    }

    // ipmi_si kept loaded (unload_when_empty=0, as for hot-added interfaces) with no BMC.
    void loadedDriverWithoutBmc()
    {
        const vm::GuestRun modprobe = m_guest->run(QStringLiteral("modprobe ipmi_si unload_when_empty=0"));
        QVERIFY2(modprobe.exitCode == 0, qPrintable(modprobe.err));
        QCOMPARE(m_guest->run(QStringLiteral("[ -e /dev/ipmi0 ]")).exitCode, 1);
        const vm::GuestRun refused = ours(QStringLiteral("mc info"));
        QVERIFY(refused.exitCode != 0);
        for (const char *expected : {"is loaded but found no BMC", "dmesg | grep -i ipmi", "modprobe ipmi_ssif"})
            QVERIFY2(refused.err.contains(QLatin1String(expected)), qPrintable(refused.err));
    }

private:
    std::unique_ptr<vm::VmGuest> m_guest;
};

QTEST_GUILESS_MAIN(TestVmDriverErrors)
#include "tst_vm_driver_errors.moc"
