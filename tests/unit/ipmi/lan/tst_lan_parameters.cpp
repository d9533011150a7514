// SPDX-License-Identifier: GPL-3.0-or-later
// Byte vectors computed by hand from IPMI 2.0 section 23.1-23.2 and table 23-4.
#include "ipmi/lan/lanchange.h"
#include "ipmi/lan/lanconfig.h"
#include "ipmi/lan/lanparameters.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::lan;

namespace {

QString hexOf(const Request &request)
{
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

QString hexOf(const Bytes &bytes)
{
    return QString::fromStdString(toHex(bytes));
}

Bytes bytes(const char *hex)
{
    return *fromHex(hex);
}

// Decodes one parameter's data (without the revision byte) into a fresh config.
LanConfig decoded(std::uint8_t parameter, const char *hex)
{
    LanConfig config;
    const auto result = decodeLanParameter(parameter, bytes(hex), config);
    if (!result)
        qWarning("%s", result.error().message.c_str());
    return config;
}

} // namespace

class TestLanParameters final : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("get ip") << hexOf(getLanParameterRequest(1, param::IpAddress)) << "0c02:01030000";
        QTest::newRow("get channel masked") << hexOf(getLanParameterRequest(0x13, param::MacAddress)) << "0c02:03050000";
        QTest::newRow("set ip") << hexOf(setLanParameterRequest(1, param::IpAddress, bytes("c0a8010a")))
                                << "0c01:0103c0a8010a";
        QTest::newRow("set in progress") << hexOf(setInProgressRequest(2, SetState::SetInProgress)) << "0c01:020001";
        QTest::newRow("commit write") << hexOf(setInProgressRequest(2, SetState::CommitWrite)) << "0c01:020002";
        QTest::newRow("set complete") << hexOf(setInProgressRequest(2, SetState::SetComplete)) << "0c01:020000";
        QTest::newRow("ipsrc dhcp") << hexOf(encodeIpSource(IpSource::Dhcp)) << "02";
        QTest::newRow("vlan 100 on") << hexOf(encodeVlan({true, 100})) << "6480";
        QTest::newRow("vlan 4094 on") << hexOf(encodeVlan({true, 4094})) << "fe8f";
        QTest::newRow("vlan off") << hexOf(encodeVlan({false, 0})) << "0000";
        QTest::newRow("mac") << hexOf(encodeMac(*parseMac("00:1a:2B:3c:4d:5e"))) << "001a2b3c4d5e";
        QTest::newRow("community") << hexOf(encodeCommunity("public")) << "7075626c6963000000000000000000000000";
        QTest::newRow("arp") << hexOf(encodeArpControl({true, false})) << "02";
        // Suite 0 unused, 1-3 admin, 4-5 unused, 6 user, ..., 14 operator; nibble n of
        // entry i sits in byte 2 + i/2, low nibble first.
        QTest::newRow("cipher privs")
            << hexOf(encodeCipherSuitePrivileges(*parseCipherPrivileges("XaaaXXuaaXXaaXo")))
            << "00" "40" "44" "00" "42" "04" "40" "04" "03";
    }

    void requestsAreByteExact()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void getAnswerDropsTheRevision()
    {
        const auto data = parseGetLanParameter(param::IpAddress, Response{0, bytes("11c0a8010a")});
        QVERIFY(data.ok());
        QCOMPARE(hexOf(data.value()), QString("c0a8010a"));
    }

    void getRefusalsAreExplained()
    {
        const auto missing = parseGetLanParameter(param::ArpControl, Response{0x80, {}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Unsupported);
        QVERIFY(QString::fromStdString(missing.error().message).contains("BMC ARP Control"));
        QVERIFY(!parseGetLanParameter(param::IpAddress, Response{0, {}}).ok()); // no revision byte
        const auto busy = parseSetLanParameter(param::IpAddress, Response{0x81, {}});
        QVERIFY(QString::fromStdString(busy.error().message).contains("another client"));
        QCOMPARE(parseSetLanParameter(param::IpAddress, Response{0x82, {}}).error().completionCode, 0x82);
    }

    void decodesEveryParameter()
    {
        QCOMPARE(*decoded(param::SetInProgress, "01").setInProgress, 1);
        QCOMPARE(*decoded(param::AuthTypeSupport, "15").authTypeSupport, 0x15);
        const auto enables = *decoded(param::AuthTypeEnables, "14 14 04 14 00").authTypeEnables;
        QCOMPARE(enables.callback, 0x14);
        QCOMPARE(enables.operatorLevel, 0x04);
        QCOMPARE(enables.oem, 0x00);
        QCOMPARE(ipv4Text(*decoded(param::IpAddress, "7f000001").ipAddress), std::string("127.0.0.1"));
        QCOMPARE(*decoded(param::IpSource, "02").ipSource, IpSource::Dhcp);
        QCOMPARE(macText(*decoded(param::MacAddress, "001a2b3c4d5e").macAddress), std::string("00:1a:2b:3c:4d:5e"));
        QCOMPARE(ipv4Text(*decoded(param::SubnetMask, "ffffff00").subnetMask), std::string("255.255.255.0"));
        const auto header = *decoded(param::IpHeader, "40 40 10").ipHeader;
        QCOMPARE(header.ttl, 0x40);
        QCOMPARE(header.precedenceTos, 0x10);
        const auto arp = *decoded(param::ArpControl, "02").arpControl;
        QVERIFY(arp.responses && !arp.gratuitous);
        QCOMPARE(*decoded(param::GratuitousArpInterval, "04").gratuitousArpInterval, 4);
        QCOMPARE(ipv4Text(*decoded(param::DefaultGatewayIp, "c0a80101").defaultGatewayIp), std::string("192.168.1.1"));
        QCOMPARE(macText(*decoded(param::DefaultGatewayMac, "0a0b0c0d0e0f").defaultGatewayMac),
                 std::string("0a:0b:0c:0d:0e:0f"));
        QCOMPARE(ipv4Text(*decoded(param::BackupGatewayIp, "0a000001").backupGatewayIp), std::string("10.0.0.1"));
        QCOMPARE(macText(*decoded(param::BackupGatewayMac, "010203040506").backupGatewayMac),
                 std::string("01:02:03:04:05:06"));
        QCOMPARE(*decoded(param::CommunityString, "7075626c6963000000000000000000000000").community,
                 std::string("public"));
        const auto vlan = *decoded(param::VlanId, "fe8f").vlan;
        QVERIFY(vlan.enabled);
        QCOMPARE(vlan.id, 4094);
        QVERIFY(!decoded(param::VlanId, "6400").vlan->enabled);
        QCOMPARE(*decoded(param::VlanPriority, "05").vlanPriority, 5);
        QCOMPARE(*decoded(param::CipherSuiteSupport, "04").cipherSuiteCount, 4);
        const auto privileges = *decoded(param::CipherSuitePrivileges, "00 40 44 00 42 04 40 04 03").cipherSuitePrivileges;
        QCOMPARE(cipherPrivilegeText(privileges), std::string("XaaaXXuaaXXaaXo"));
        const auto bad = *decoded(param::BadPasswordThreshold, "01 03 06 00 0c 00").badPasswordThreshold;
        QVERIFY(bad.generateEvent);
        QCOMPARE(bad.threshold, 3);
        QCOMPARE(bad.resetInterval, 6);
        QCOMPARE(bad.lockoutInterval, 12);
    }

    void cipherSuiteEntriesUseTheCount()
    {
        LanConfig config;
        QVERIFY(decodeLanParameter(param::CipherSuiteSupport, bytes("03"), config).ok());
        QVERIFY(decodeLanParameter(param::CipherSuiteEntries, bytes("00 03 11 11 00 00"), config).ok());
        QCOMPARE(*config.cipherSuites, (std::vector<std::uint8_t>{0x03, 0x11, 0x11}));
        LanConfig uncounted;
        QVERIFY(decodeLanParameter(param::CipherSuiteEntries, bytes("00 01 02"), uncounted).ok());
        QCOMPARE(uncounted.cipherSuites->size(), std::size_t(2));
    }

    void shortBlocksAreErrors_data()
    {
        QTest::addColumn<int>("parameter");
        QTest::addColumn<QString>("hex");
        QTest::newRow("ip") << int(param::IpAddress) << "7f0000";
        QTest::newRow("mac") << int(param::MacAddress) << "0011223344";
        QTest::newRow("enables") << int(param::AuthTypeEnables) << "14141414";
        QTest::newRow("vlan") << int(param::VlanId) << "01";
        QTest::newRow("privileges") << int(param::CipherSuitePrivileges) << "0044444444444444";
        QTest::newRow("empty source") << int(param::IpSource) << "";
    }

    void shortBlocksAreErrors()
    {
        QFETCH(int, parameter);
        QFETCH(QString, hex);
        LanConfig config;
        const auto result = decodeLanParameter(std::uint8_t(parameter), *fromHex(hex.toStdString()), config);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::MalformedResponse);
    }

    void textForms()
    {
        QVERIFY(parseIpv4("10.1.2.3").ok());
        QVERIFY(!parseIpv4("10.1.2").ok());
        QVERIFY(!parseIpv4("10.1.2.256").ok());
        QVERIFY(!parseIpv4("10.1.2.3.4").ok());
        QVERIFY(!parseIpv4("10..2.3").ok());
        QVERIFY(!parseIpv4("a.b.c.d").ok());
        QVERIFY(!parseMac("00:11:22:33:44").ok());
        QVERIFY(!parseMac("00:11:22:33:44:5g").ok());
        QVERIFY(!parseMac("00:11:22:33:44:555").ok());
        QVERIFY(!parseCipherPrivileges("aaaa").ok());
        QVERIFY(!parseCipherPrivileges("aaaaaaaaaaaaaaz").ok());
        QCOMPARE(authTypeNames(0x1f), std::string("NONE MD2 MD5 PASSWORD "));
        QCOMPARE(ipSourceName(IpSource::Bios), std::string("BIOS Assigned Address"));
    }

    void netmasks()
    {
        QVERIFY(isContiguousNetmask(*parseIpv4("255.255.255.0")));
        QVERIFY(isContiguousNetmask(*parseIpv4("255.255.240.0")));
        QVERIFY(isContiguousNetmask(*parseIpv4("255.255.255.255")));
        QVERIFY(!isContiguousNetmask(*parseIpv4("255.0.255.0")));
        QVERIFY(!isContiguousNetmask(*parseIpv4("255.255.255.1")));
    }

    void validation()
    {
        LanConfig present;
        present.ipSource = IpSource::Dhcp;
        present.ipAddress = *parseIpv4("10.0.0.5");
        present.subnetMask = *parseIpv4("255.255.255.0");
        present.defaultGatewayIp = *parseIpv4("10.0.0.1");

        LanChange address;
        address.ipAddress = *parseIpv4("10.0.0.9");
        LanValidation result = validateLanChange(address, &present);
        QVERIFY(!result.ok());
        QVERIFY(QString::fromStdString(result.errorText()).contains("ipsrc static"));
        address.ipSource = IpSource::Static;
        QVERIFY(validateLanChange(address, &present).ok());
        QVERIFY(validateLanChange(address, &present).warnings.empty());

        LanChange moved = address;
        moved.ipAddress = *parseIpv4("10.0.1.9"); // the gateway 10.0.0.1 stays behind
        result = validateLanChange(moved, &present);
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(result.warnings[0]).contains("outside the subnet"));

        LanChange broadcast = address;
        broadcast.ipAddress = *parseIpv4("10.0.0.255");
        QVERIFY(!validateLanChange(broadcast, &present).ok());
        LanChange multicast = address;
        multicast.ipAddress = *parseIpv4("224.0.0.1");
        QVERIFY(!validateLanChange(multicast, &present).ok());

        LanChange mask;
        mask.subnetMask = *parseIpv4("255.0.255.0");
        QVERIFY(QString::fromStdString(validateLanChange(mask).errorText()).contains("contiguous"));

        LanChange vlan;
        vlan.vlan = Vlan{true, 4095};
        QVERIFY(!validateLanChange(vlan).ok());
        vlan.vlan = Vlan{true, 0};
        QVERIFY(!validateLanChange(vlan).ok());
        vlan.vlan = Vlan{true, 4094};
        QVERIFY(validateLanChange(vlan).ok());
        vlan.vlan = Vlan{false, 0};
        QVERIFY(validateLanChange(vlan).ok());
        vlan.vlanPriority = 8;
        QVERIFY(!validateLanChange(vlan).ok());

        LanChange community;
        community.community = std::string(19, 'c');
        QVERIFY(!validateLanChange(community).ok());
    }

    void writesPutTheSourceFirst()
    {
        LanChange change;
        change.subnetMask = *parseIpv4("255.255.255.0");
        change.ipAddress = *parseIpv4("127.0.0.9");
        change.ipSource = IpSource::Static;
        const auto writes = lanChangeWrites(change);
        QCOMPARE(writes.size(), std::size_t(3));
        QCOMPARE(writes[0].parameter, param::IpSource);
        QCOMPARE(hexOf(writes[0].data), QString("01"));
        QCOMPARE(writes[1].parameter, param::IpAddress);
        QCOMPARE(hexOf(writes[1].data), QString("7f000009"));
        QCOMPARE(writes[2].parameter, param::SubnetMask);
        QVERIFY(lanChangeWrites(LanChange{}).empty());
        QVERIFY(LanChange{}.empty());
    }
};

QTEST_APPLESS_MAIN(TestLanParameters)
#include "tst_lan_parameters.moc"
