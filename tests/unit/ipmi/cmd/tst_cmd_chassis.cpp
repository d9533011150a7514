// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/cmd/chassis.h"
#include "ipmi/cmd/raw.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::cmd;

namespace {

Response ok(const std::string &hex)
{
    return Response{0x00, *fromHex(hex)};
}

QString hexOf(const Request &request)
{
    // "netfn cmd : data", so one string pins all three.
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

} // namespace

class TestCmdChassis final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status") << hexOf(getChassisStatusRequest()) << "0001:";
        QTest::newRow("power down") << hexOf(chassisControlRequest(ChassisControl::PowerDown)) << "0002:00";
        QTest::newRow("power up") << hexOf(chassisControlRequest(ChassisControl::PowerUp)) << "0002:01";
        QTest::newRow("cycle") << hexOf(chassisControlRequest(ChassisControl::PowerCycle)) << "0002:02";
        QTest::newRow("hard reset") << hexOf(chassisControlRequest(ChassisControl::HardReset)) << "0002:03";
        QTest::newRow("diag") << hexOf(chassisControlRequest(ChassisControl::DiagnosticInterrupt)) << "0002:04";
        QTest::newRow("soft") << hexOf(chassisControlRequest(ChassisControl::SoftShutdown)) << "0002:05";
        QTest::newRow("identify default") << hexOf(chassisIdentifyRequest()) << "0004:";
        QTest::newRow("identify 30 s") << hexOf(chassisIdentifyRequest(30)) << "0004:1e";
        QTest::newRow("identify off") << hexOf(chassisIdentifyRequest(0)) << "0004:00";
        QTest::newRow("identify force") << hexOf(chassisIdentifyRequest(std::nullopt, true)) << "0004:0001";
        QTest::newRow("policy always-on")
            << hexOf(setPowerRestorePolicyRequest(PowerRestorePolicy::AlwaysOn)) << "0006:02";
        QTest::newRow("policy list")
            << hexOf(setPowerRestorePolicyRequest(PowerRestorePolicy::Unknown)) << "0006:03";
        QTest::newRow("restart cause") << hexOf(getSystemRestartCauseRequest()) << "0007:";
        QTest::newRow("set in progress")
            << hexOf(setBootInProgressRequest(SetInProgress::SetInProgress)) << "0008:0001";
        QTest::newRow("commit write") << hexOf(setBootInProgressRequest(SetInProgress::CommitWrite)) << "0008:0002";
        QTest::newRow("clear bios ack") << hexOf(clearBootInfoAcknowledgeRequest(0x01)) << "0008:040101";
        QTest::newRow("reserved ack bits dropped")
            << hexOf(clearBootInfoAcknowledgeRequest(0xff)) << "0008:041f1f";
        QTest::newRow("get boot flags") << hexOf(getBootOptionRequest(bootparam::BootFlags)) << "0009:050000";
        QTest::newRow("raw") << hexOf(rawRequest(0x2e, 0x10, Bytes{1, 2})) << "2e10:0102";
    }

    void requestsAreByteExact()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    // What `ipmitool chassis bootdev <dev> [options=...]` puts in parameter 5.
    void bootFlagsMatchIpmitool_data()
    {
        QTest::addColumn<int>("device");
        QTest::addColumn<bool>("persistent");
        QTest::addColumn<bool>("efi");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << int(BootDevice::NoOverride) << false << false << "05" "8000000000";
        QTest::newRow("pxe") << int(BootDevice::Pxe) << false << false << "05" "8004000000";
        QTest::newRow("disk") << int(BootDevice::Disk) << false << false << "05" "8008000000";
        QTest::newRow("safe") << int(BootDevice::Safe) << false << false << "05" "800c000000";
        QTest::newRow("diag") << int(BootDevice::Diag) << false << false << "05" "8010000000";
        QTest::newRow("cdrom") << int(BootDevice::Cdrom) << false << false << "05" "8014000000";
        QTest::newRow("bios") << int(BootDevice::Bios) << false << false << "05" "8018000000";
        QTest::newRow("floppy") << int(BootDevice::Floppy) << false << false << "05" "803c000000";
        QTest::newRow("pxe persistent") << int(BootDevice::Pxe) << true << false << "05" "c004000000";
        QTest::newRow("disk efiboot") << int(BootDevice::Disk) << false << true << "05" "a008000000";
        QTest::newRow("both") << int(BootDevice::Cdrom) << true << true << "05" "e014000000";
    }

    void bootFlagsMatchIpmitool()
    {
        QFETCH(int, device);
        QFETCH(bool, persistent);
        QFETCH(bool, efi);
        QFETCH(QString, expected);
        BootFlags flags;
        flags.device = BootDevice(device);
        flags.persistent = persistent;
        flags.efi = efi;
        const Request request = setBootFlagsRequest(flags);
        QCOMPARE(int(request.netFn), 0x00);
        QCOMPARE(int(request.cmd), 0x08);
        QCOMPARE(QString::fromStdString(toHex(request.data)), expected);
    }

    void chassisStatusFromIpmiSim()
    {
        // ipmi_sim, power off, no optional byte: "00 00 00".
        const auto status = parseChassisStatus(ok("00 00 00"));
        QVERIFY(status.ok());
        QVERIFY(!status->powerOn);
        QCOMPARE(status->restorePolicy, PowerRestorePolicy::AlwaysOff);
        QVERIFY(!status->frontPanel.has_value());
    }

    void chassisStatusEveryBit()
    {
        // power on, overload, interlock, main fault, control fault, policy previous (01b);
        // events ac-failed + command; intrusion, lockout, drive and fan fault; panel 0xa5.
        const auto status = parseChassisStatus(ok("3f 11 0f a5"));
        QVERIFY(status.ok());
        QVERIFY(status->powerOn && status->powerOverload && status->powerInterlock);
        QVERIFY(status->mainPowerFault && status->powerControlFault);
        QCOMPARE(status->restorePolicy, PowerRestorePolicy::Previous);
        QVERIFY(status->lastEvent.acFailed && status->lastEvent.command);
        QVERIFY(!status->lastEvent.overload && !status->lastEvent.interlock && !status->lastEvent.fault);
        QVERIFY(status->intrusion && status->frontPanelLockout && status->driveFault && status->coolingFault);
        QVERIFY(status->frontPanel.has_value());
        const auto panel = *status->frontPanel;
        QVERIFY(panel.sleepDisableAllowed() && !panel.diagDisableAllowed());
        QVERIFY(panel.resetDisableAllowed() && !panel.powerDisableAllowed());
        QVERIFY(!panel.sleepDisabled() && panel.diagDisabled() && !panel.resetDisabled() && panel.powerDisabled());

        QCOMPARE(parseChassisStatus(ok("40 00 00"))->restorePolicy, PowerRestorePolicy::AlwaysOn);
        QCOMPARE(parseChassisStatus(ok("60 00 00"))->restorePolicy, PowerRestorePolicy::Unknown);
        QCOMPARE(powerRestorePolicyName(PowerRestorePolicy::Unknown), std::string_view("unknown"));
    }

    void chassisStatusErrors()
    {
        const auto cc = parseChassisStatus(Response{0xc1, {}});
        QVERIFY(!cc.ok());
        QCOMPARE(cc.error().message, std::string("Get Chassis Status failed: invalid or unsupported command (C1h)"));
        const auto shortAnswer = parseChassisStatus(ok("01 00"));
        QVERIFY(!shortAnswer.ok());
        QCOMPARE(shortAnswer.error().message,
                 std::string("Get Chassis Status returned 2 data bytes where at least 3 are required."));
    }

    void controlAndIdentifyAnswers()
    {
        QVERIFY(parseChassisControl(Response{0, {}}).ok());
        const auto refused = parseChassisControl(Response{0xcc, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, std::string("Chassis Control failed: invalid data field in request (CCh)"));
        QVERIFY(!parseChassisIdentify(Response{0xc7, {}}).ok());
    }

    void restorePolicySupport()
    {
        const auto supported = parseSetPowerRestorePolicy(ok("05"));
        QVERIFY(supported.ok());
        QVERIFY(supported->alwaysOff && !supported->previous && supported->alwaysOn);
        QVERIFY(!parseSetPowerRestorePolicy(ok("")).ok());
        QVERIFY(!parseSetPowerRestorePolicy(Response{0xc1, {}}).ok());
        // Listing is a no-change Set; its failure names the listing, not a change.
        const auto listRefused = parseSupportedRestorePolicies(Response{0xc1, {}});
        QVERIFY(!listRefused.ok());
        QCOMPARE(listRefused.error().message,
                 std::string("Reading the supported power restore policies (Set Power Restore Policy, no change) "
                             "failed: invalid or unsupported command (C1h)"));
        QVERIFY(parseSupportedRestorePolicies(ok("05"))->alwaysOn);
    }

    void restartCause()
    {
        const auto cause = parseSystemRestartCause(ok("f7 01"));
        QVERIFY(cause.ok());
        QCOMPARE(int(cause->cause), 7); // the reserved high nibble is ignored
        QCOMPARE(int(cause->channel), 1);
        QCOMPARE(restartCauseText(cause->cause), std::string_view("power-up due to restore-previous power policy"));
        QCOMPARE(restartCauseText(1), std::string_view("chassis power control command"));
        QCOMPARE(restartCauseText(0x0b), std::string_view("power-up via RTC wakeup"));
        QCOMPARE(restartCauseText(0x0c), std::string_view("invalid"));
        QVERIFY(!parseSystemRestartCause(ok("01")).ok());
    }

    void bootOptions()
    {
        const auto option = parseGetBootOption(ok("01 05 e0 14 00 00 00"));
        QVERIFY(option.ok());
        QCOMPARE(int(option->version), 1);
        QCOMPARE(int(option->parameter), 5);
        QVERIFY(!option->invalidOrLocked);
        const auto flags = decodeBootFlags(*option);
        QVERIFY(flags.ok());
        QVERIFY(flags->valid && flags->persistent && flags->efi);
        QCOMPARE(flags->device, BootDevice::Cdrom);

        const auto locked = parseGetBootOption(ok("01 85 00 00 00 00 00"));
        QVERIFY(locked->invalidOrLocked);
        const auto wrongParameter = decodeBootFlags(*parseGetBootOption(ok("01 04 00 00")));
        QVERIFY(!wrongParameter.ok());
        QVERIFY(!decodeBootFlags(*parseGetBootOption(ok("01 05 80 04"))).ok());

        const auto unsupported = parseGetBootOption(Response{0x80, {}});
        QCOMPARE(unsupported.error().message,
                 std::string("Get System Boot Options failed: the BMC does not support this parameter (80h)"));
        const auto busy = parseSetBootOption(Response{0x81, {}});
        QCOMPARE(int(busy.error().completionCode), 0x81);
        QCOMPARE(parseSetBootOption(Response{0xcc, {}}).error().message,
                 std::string("Set System Boot Options failed: invalid data field in request (CCh)"));
        QVERIFY(parseSetBootOption(Response{0, {}}).ok());
    }

    void rawResponse()
    {
        const Request request = rawRequest(0x06, 0x01, {});
        const auto data = parseRawResponse(request, ok("00 03"));
        QVERIFY(data.ok());
        QCOMPARE(data->size(), std::size_t(2));
        const auto failed = parseRawResponse(request, Response{0xc1, {}});
        QCOMPARE(failed.error().message,
                 std::string("Raw command (netfn 06h, cmd 01h) failed: invalid or unsupported command (C1h)"));
    }
};

QTEST_GUILESS_MAIN(TestCmdChassis)
#include "tst_cmd_chassis.moc"
