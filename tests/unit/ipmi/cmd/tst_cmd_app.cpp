// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/cmd/app.h"
#include "ipmi/cmd/netfn.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::cmd;

namespace {

Response ok(const std::string &hex)
{
    return Response{0x00, *fromHex(hex)};
}

} // namespace

class TestCmdApp final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("netFn");
        QTest::addColumn<int>("cmd");
        QTest::addColumn<QString>("data");
        QTest::newRow("get device id") << 0 << 0x06 << 0x01 << "";
        QTest::newRow("cold reset") << 1 << 0x06 << 0x02 << "";
        QTest::newRow("warm reset") << 2 << 0x06 << 0x03 << "";
        QTest::newRow("get guid") << 3 << 0x06 << 0x37 << "";
        QTest::newRow("get global enables") << 4 << 0x06 << 0x2f << "";
        QTest::newRow("set global enables") << 5 << 0x06 << 0x2e << "0d";
    }

    void requestsAreByteExact()
    {
        QFETCH(int, index);
        QFETCH(int, netFn);
        QFETCH(int, cmd);
        QFETCH(QString, data);
        // Bit 4 is reserved: 0x1d must go out as 0x0d.
        const Request requests[] = {getDeviceIdRequest(), coldResetRequest(), warmResetRequest(),
                                    getDeviceGuidRequest(), getGlobalEnablesRequest(),
                                    setGlobalEnablesRequest(GlobalEnables{0x1d})};
        const Request &r = requests[index];
        QCOMPARE(int(r.netFn), netFn);
        QCOMPARE(int(r.cmd), cmd);
        QCOMPARE(QString::fromStdString(toHex(r.data)), data);
        QCOMPARE(int(r.lun), 0);
    }

    void deviceIdFromIpmiSim()
    {
        // Captured from OpenIPMI's ipmi_sim: mc_add 0x20 0 no-device-sdrs 0x23 9 8 0x9f
        // 0x2a7c 0xf02, answered to ipmitool raw 0x06 0x01.
        const auto id = parseDeviceId(ok("00 03 09 08 02 9f 7c 2a 00 02 0f 00 00 00 00"));
        QVERIFY(id.ok());
        QCOMPARE(int(id->deviceId), 0);
        QCOMPARE(int(id->deviceRevision), 3);
        QVERIFY(!id->providesDeviceSdrs);
        QVERIFY(id->deviceAvailable);
        QCOMPARE(firmwareRevisionText(*id), std::string("9.08"));
        QCOMPARE(ipmiVersionText(*id), std::string("2.0"));
        QCOMPARE(id->manufacturerId, 10876u);
        QCOMPARE(id->productId, std::uint16_t(0x0f02));
        QVERIFY(id->auxFirmware.has_value());
        QCOMPARE(manufacturerName(id->manufacturerId).value_or(""), std::string_view("Super Micro Computer Inc."));
        const auto names = additionalDeviceSupportNames(id->additionalDeviceSupport);
        const std::vector<std::string_view> expected{"Sensor Device", "SDR Repository Device", "SEL Device",
                                                     "FRU Inventory Device", "IPMB Event Receiver",
                                                     "Chassis Device"};
        QCOMPARE(names, expected);
    }

    void deviceIdFlagsAndBcd()
    {
        // SDRs provided (rev bit 7), update in progress (fw bit 7), minor 0x12 BCD = "12",
        // IPMI 1.5 (0x51), manufacturer with reserved top nibble set, no aux bytes.
        const auto id = parseDeviceId(ok("20 81 85 12 51 00 57 01 f0 34 12"));
        QVERIFY(id.ok());
        QCOMPARE(int(id->deviceId), 0x20);
        QCOMPARE(int(id->deviceRevision), 1);
        QVERIFY(id->providesDeviceSdrs);
        QVERIFY(!id->deviceAvailable);
        QCOMPARE(firmwareRevisionText(*id), std::string("5.12"));
        QCOMPARE(ipmiVersionText(*id), std::string("1.5"));
        QCOMPARE(id->manufacturerId, 343u); // 0x000157: the reserved nibble is dropped
        QCOMPARE(id->productId, std::uint16_t(0x1234));
        QVERIFY(!id->auxFirmware.has_value());
    }

    void deviceIdErrors()
    {
        const auto busy = parseDeviceId(Response{0xc0, {}});
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().kind, ErrorKind::CompletionCode);
        QCOMPARE(int(busy.error().completionCode), 0xc0);
        QCOMPARE(busy.error().message, std::string("Get Device ID failed: node busy (C0h)"));

        const auto shortAnswer = parseDeviceId(ok("00 03 09 08 02 9f 7c 2a 00 02"));
        QVERIFY(!shortAnswer.ok());
        QCOMPARE(shortAnswer.error().kind, ErrorKind::MalformedResponse);
        QCOMPARE(shortAnswer.error().message,
                 std::string("Get Device ID returned 10 data bytes where at least 11 are required."));
    }

    void manufacturerTable_data()
    {
        QTest::addColumn<uint>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("intel") << 343u << "Intel Corporation";
        QTest::newRow("dell") << 674u << "Dell Inc.";
        QTest::newRow("hp") << 11u << "Hewlett-Packard";
        QTest::newRow("hpe") << 47196u << "Hewlett Packard Enterprise";
        QTest::newRow("ibm") << 2u << "IBM";
        QTest::newRow("lenovo") << 19046u << "Lenovo Enterprise Business Group";
        QTest::newRow("quanta") << 7244u << "Quanta Computer Inc.";
        QTest::newRow("asrock rack") << 49622u << "ASRock Rack Incorporation";
        QTest::newRow("openbmc") << 49871u << "OpenBMC Project";
        QTest::newRow("ami") << 20974u << "American Megatrends, Inc";
        QTest::newRow("last entry") << 61878u << "New H3C Technologies Co., Ltd";
        QTest::newRow("unknown") << 12345u << "";
        QTest::newRow("brocade is not asrock") << 8244u << "";
    }

    void manufacturerTable()
    {
        QFETCH(uint, id);
        QFETCH(QString, name);
        const auto found = manufacturerName(id);
        QCOMPARE(found.has_value(), !name.isEmpty());
        if (found)
            QCOMPARE(QString::fromUtf8(found->data(), qsizetype(found->size())), name);
    }

    void guidMatchesIpmitool()
    {
        // ipmi_sim "guid a123456789abcdefa123456789abcdef"; ipmitool mc guid prints
        // efcdab89-6745-23a1-efcd-ab89674523a1 for these bytes.
        const auto guid = parseDeviceGuid(ok("a1 23 45 67 89 ab cd ef a1 23 45 67 89 ab cd ef"));
        QVERIFY(guid.ok());
        QCOMPARE(guid->text(), std::string("efcdab89-6745-23a1-efcd-ab89674523a1"));
        QCOMPARE(guid->version(), 2);
        QCOMPARE(guidVersionName(2), std::string_view("DCE Security with POSIX UIDs (not for IPMI)"));
        QCOMPARE(guidVersionName(9), std::string_view("Unknown/unsupported"));
    }

    void guidErrors()
    {
        const auto unsupported = parseDeviceGuid(Response{0xc1, {}});
        QVERIFY(!unsupported.ok());
        QCOMPARE(unsupported.error().message,
                 std::string("Get Device GUID failed: invalid or unsupported command (C1h)"));
        const auto shortAnswer = parseDeviceGuid(ok("01 02 03"));
        QVERIFY(!shortAnswer.ok());
        QCOMPARE(shortAnswer.error().kind, ErrorKind::MalformedResponse);
    }

    void resetsAndGlobalEnables()
    {
        QVERIFY(parseColdReset(Response{0, {}}).ok());
        const auto refused = parseWarmReset(Response{0xd4, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, std::string("Warm Reset failed: insufficient privilege level (D4h)"));

        const auto enables = parseGlobalEnables(ok("0c"));
        QVERIFY(enables.ok());
        QVERIFY(enables->has(GlobalEnables::EventMessageBuffer));
        QVERIFY(enables->has(GlobalEnables::SystemEventLogging));
        QVERIFY(!enables->has(GlobalEnables::ReceiveMessageQueueInterrupt));
        QVERIFY(!parseGlobalEnables(ok("")).ok());
        QVERIFY(parseSetGlobalEnables(Response{0, {}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestCmdApp)
#include "tst_cmd_app.moc"
