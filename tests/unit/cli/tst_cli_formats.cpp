// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/chassissubcommands.h"
#include "cli/mcsubcommands.h"
#include "cli/rawsubcommands.h"

#include "ipmi/cmd/app.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ipmi::cmd;

namespace {

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

DeviceId simDeviceId()
{
    // The ipmi_sim fixture of tst_cmd_app: 00 03 09 08 02 9f 7c 2a 00 02 0f 00 00 00 00.
    return parseDeviceId(ipmi::Response{0, *ipmi::fromHex("0003090802 9f7c2a00020f 00000000")}).value();
}

} // namespace

class TestCliFormats final : public QObject
{
    Q_OBJECT

private slots:
    void mcInfoMatchesIpmitool()
    {
        // ipmitool 1.8.19 `mc info` against the same ipmi_sim, byte for byte.
        const QString expected = "Device ID                 : 0\n"
                                 "Device Revision           : 3\n"
                                 "Firmware Revision         : 9.08\n"
                                 "IPMI Version              : 2.0\n"
                                 "Manufacturer ID           : 10876\n"
                                 "Manufacturer Name         : Super Micro Computer Inc.\n"
                                 "Product ID                : 3842 (0x0f02)\n"
                                 "Product Name              : Unknown (0xF02)\n"
                                 "Device Available          : yes\n"
                                 "Provides Device SDRs      : no\n"
                                 "Additional Device Support :\n"
                                 "    Sensor Device\n"
                                 "    SDR Repository Device\n"
                                 "    SEL Device\n"
                                 "    FRU Inventory Device\n"
                                 "    IPMB Event Receiver\n"
                                 "    Chassis Device\n"
                                 "Aux Firmware Rev Info     : \n"
                                 "    0x00\n"
                                 "    0x00\n"
                                 "    0x00\n"
                                 "    0x00\n";
        QCOMPARE(mcInfoOutput(simDeviceId(), std::nullopt).text, expected);
    }

    void mcInfoJson()
    {
        DeviceGuid guid;
        guid.wire = {0xa1, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xa1, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};
        const QJsonObject json = mcInfoOutput(simDeviceId(), guid).json.toObject();
        QCOMPARE(json["device_id"].toInt(), 0);
        QCOMPARE(json["device_revision"].toInt(), 3);
        QCOMPARE(json["firmware_revision"].toString(), QString("9.08"));
        QCOMPARE(json["ipmi_version"].toString(), QString("2.0"));
        QVERIFY(json["manufacturer_id"].isDouble());
        QCOMPARE(json["manufacturer_id"].toInteger(), 10876);
        QCOMPARE(json["manufacturer_name"].toString(), QString("Super Micro Computer Inc."));
        QCOMPARE(json["product_id"].toInt(), 3842);
        QCOMPARE(json["guid"].toString(), QString("efcdab89-6745-23a1-efcd-ab89674523a1"));
        QCOMPARE(json["additional_device_support"].toArray().size(), 6);

        DeviceId unknown = simDeviceId();
        unknown.manufacturerId = 0xfffffd; // in no registry (0FFFFFh is ipmitool's "Unspecified")
        unknown.auxFirmware.reset();
        const CommandOutput output = mcInfoOutput(unknown, std::nullopt);
        QVERIFY(output.json.toObject()["guid"].isNull());
        QVERIFY(output.json.toObject()["manufacturer_name"].isNull());
        QVERIFY(output.text.contains("Manufacturer Name         : Unknown\n"));
        QVERIFY(!output.text.contains("Aux Firmware"));
    }

    void mcGuidMatchesIpmitool()
    {
        DeviceGuid guid;
        guid.wire = {0xa1, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xa1, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};
        QCOMPARE(mcGuidOutput(guid).text, QString("System GUID   : efcdab89-6745-23a1-efcd-ab89674523a1\n"
                                                  "GUID Encoding : IPMI\n"
                                                  "GUID Version  : DCE Security with POSIX UIDs (not for IPMI)\n"));
        QCOMPARE(compact(mcGuidOutput(guid).json), QString(R"({"guid":"efcdab89-6745-23a1-efcd-ab89674523a1","version":2})"));
    }

    void chassisStatusMatchesIpmitool()
    {
        const auto status = parseChassisStatus(ipmi::Response{0, {0x00, 0x00, 0x00}}).value();
        const QString expected = "System Power         : off\n"
                                 "Power Overload       : false\n"
                                 "Power Interlock      : inactive\n"
                                 "Main Power Fault     : false\n"
                                 "Power Control Fault  : false\n"
                                 "Power Restore Policy : always-off\n"
                                 "Last Power Event     : \n"
                                 "Chassis Intrusion    : inactive\n"
                                 "Front-Panel Lockout  : inactive\n"
                                 "Drive Fault          : false\n"
                                 "Cooling/Fan Fault    : false\n";
        QCOMPARE(chassisStatusOutput(status).text, expected);
        QCOMPARE(compact(chassisStatusOutput(status).json),
                 QString(R"({"cooling_fault":false,"drive_fault":false,"front_panel":null,"front_panel_lockout":false,)"
                         R"("intrusion":false,"last_power_event":[],"main_power_fault":false,"power":"off",)"
                         R"("power_control_fault":false,"power_interlock":false,"power_overload":false,)"
                         R"("power_restore_policy":"always-off"})"));
    }

    void chassisStatusEverything()
    {
        const auto status = parseChassisStatus(ipmi::Response{0, {0x5f, 0x1b, 0x0f, 0xf5}}).value();
        const QString text = chassisStatusOutput(status).text;
        QVERIFY(text.startsWith("System Power         : on\nPower Overload       : true\n"
                                "Power Interlock      : active\n"));
        QVERIFY(text.contains("Power Restore Policy : always-on\n"));
        QVERIFY(text.contains("Last Power Event     : ac-failed overload fault command\n"));
        QVERIFY(text.contains("Chassis Intrusion    : active\nFront-Panel Lockout  : active\n"
                              "Drive Fault          : true\nCooling/Fan Fault    : true\n"));
        QVERIFY(text.endsWith("Sleep Button Disable : allowed\n"
                              "Diag Button Disable  : allowed\n"
                              "Reset Button Disable : allowed\n"
                              "Power Button Disable : allowed\n"
                              "Sleep Button Disabled: false\n"
                              "Diag Button Disabled : true\n"
                              "Reset Button Disabled: false\n"
                              "Power Button Disabled: true\n"));
        const QJsonObject json = chassisStatusOutput(status).json.toObject();
        QCOMPARE(json["power"].toString(), QString("on"));
        QCOMPARE(json["last_power_event"].toArray(),
                 (QJsonArray{"ac-failed", "overload", "fault", "command"}));
        QVERIFY(json["intrusion"].toBool());
        QVERIFY(json["front_panel"].toObject()["power_disabled"].toBool());

        const auto noPanel = parseChassisStatus(ipmi::Response{0, {0x00, 0x01, 0x00, 0x00}}).value();
        QVERIFY(chassisStatusOutput(noPanel).text.endsWith("Last Power Event     : ac-failed \n"
                                                           "Chassis Intrusion    : inactive\n"
                                                           "Front-Panel Lockout  : inactive\n"
                                                           "Drive Fault          : false\n"
                                                           "Cooling/Fan Fault    : false\n"
                                                           "Front Panel Control  : none\n"));
    }

    void powerLines()
    {
        QCOMPARE(powerStatusOutput(true).text, QString("Chassis Power is on\n"));
        QCOMPARE(powerStatusOutput(false).text, QString("Chassis Power is off\n"));
        QCOMPARE(compact(powerStatusOutput(true).json), QString(R"({"power":"on"})"));
        QCOMPARE(powerControlOutput(ChassisControl::PowerUp).text, QString("Chassis Power Control: Up/On\n"));
        QCOMPARE(powerControlOutput(ChassisControl::PowerDown).text, QString("Chassis Power Control: Down/Off\n"));
        QCOMPARE(powerControlOutput(ChassisControl::SoftShutdown).text, QString("Chassis Power Control: Soft\n"));
        QCOMPARE(compact(powerControlOutput(ChassisControl::PowerCycle).json), QString(R"({"power_control":"cycle"})"));
    }

    void otherChassisLines()
    {
        QCOMPARE(restartCauseOutput(RestartCause{1, 0}).text, QString("System restart cause: chassis power control command\n"));
        QCOMPARE(compact(restartCauseOutput(RestartCause{6, 1}).json),
                 QString(R"({"cause_code":6,"channel":1,"restart_cause":"power-up due to always-restore power policy"})"));
        QCOMPARE(policyListOutput(SupportedRestorePolicies{true, true, true}).text,
                 QString("Supported chassis power policy:  always-off always-on previous\n"));
        QCOMPARE(policyListOutput(SupportedRestorePolicies{true, false, true}).text,
                 QString("Supported chassis power policy:  always-off always-on \n"));
        QCOMPARE(compact(policyListOutput(SupportedRestorePolicies{false, true, false}).json),
                 QString(R"({"supported_policies":["previous"]})"));
        QCOMPARE(policySetOutput(PowerRestorePolicy::Previous).text,
                 QString("Set chassis power restore policy to previous\n"));
        QCOMPARE(identifyOutput(std::nullopt, false).text, QString("Chassis identify interval: default (15 seconds)\n"));
        QCOMPARE(identifyOutput(0, false).text, QString("Chassis identify interval: off\n"));
        QCOMPARE(identifyOutput(42, false).text, QString("Chassis identify interval: 42 seconds\n"));
        QCOMPARE(identifyOutput(std::nullopt, true).text, QString("Chassis identify interval: indefinite\n"));
        QCOMPARE(compact(identifyOutput(std::nullopt, true).json), QString(R"({"force":true,"identify_seconds":null})"));
    }

    void rawLikeIpmitool()
    {
        QCOMPARE(rawOutput(*ipmi::fromHex("0003090802")).text, QString(" 00 03 09 08 02\n"));
        ipmi::Bytes seventeen(17, 0xab);
        QCOMPARE(rawOutput(seventeen).text,
                 QString(" ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab\n ab\n"));
        QCOMPARE(rawOutput({}).text, QString("\n"));
        QCOMPARE(compact(rawOutput({0x01, 0xff}).json), QString(R"({"data":[1,255]})"));
    }

    void byteArguments()
    {
        QCOMPARE(parseByteArgument("0x06").value(), std::uint8_t(6));
        QCOMPARE(parseByteArgument("10").value(), std::uint8_t(10));
        QCOMPARE(parseByteArgument("010").value(), std::uint8_t(8)); // octal, as strtoul base 0
        QVERIFY(!parseByteArgument("0x100"));
        QVERIFY(!parseByteArgument("zz"));
        QVERIFY(!parseByteArgument("-1"));
    }
};

QTEST_GUILESS_MAIN(TestCliFormats)
#include "tst_cli_formats.moc"
