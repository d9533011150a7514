// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanprint.h"

#include "cli/channelsubcommands.h"
#include "cli/terminaltext.h"
#include "cli/operationtask.h"

#include "ipmi/lan/lanparameters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace ipmi::lan;

namespace {

// The strings of every lan file share the "LanCommands" context; a holder per file
// because lupdate must see it from the file that calls LanText::tr().
struct LanText
{
    Q_DECLARE_TR_FUNCTIONS(LanCommands)
};

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("%1: %2\n").arg(label, -24).arg(value);
}

QString hex2(unsigned value)
{
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

QString sourceKey(IpSource source)
{
    switch (source) {
    case IpSource::Static: return QStringLiteral("static");
    case IpSource::Dhcp: return QStringLiteral("dhcp");
    case IpSource::Bios: return QStringLiteral("bios");
    case IpSource::Other: return QStringLiteral("other");
    case IpSource::Unspecified: break;
    }
    return QStringLiteral("unspecified");
}

QJsonArray authNames(std::uint8_t bits)
{
    QJsonArray names;
    for (const QString &name : bmcText(authTypeNames(bits)).split(u' ', Qt::SkipEmptyParts))
        names.append(name);
    return names;
}

template<typename T, typename F>
QJsonValue optionalJson(const std::optional<T> &value, F convert)
{
    return value ? QJsonValue(convert(*value)) : QJsonValue();
}

QString setStateText(std::uint8_t state)
{
    switch (state) {
    case 0: return LanText::tr("Set Complete");
    case 1: return LanText::tr("Set In Progress");
    case 2: return LanText::tr("Commit Write");
    default: break;
    }
    return LanText::tr("Reserved");
}

} // namespace

CommandOutput lanPrintOutput(std::uint8_t channel, const LanConfigRead &read)
{
    const LanConfig &config = read.config;
    QString text;
    QJsonObject json{{"channel", channel}};
    auto ipJson = [](const Ipv4Address &address) { return jsonText(ipv4Text(address)); };
    auto macJson = [](const MacAddress &address) { return jsonText(macText(address)); };

    if (config.setInProgress)
        text += field(LanText::tr("Set in Progress"), setStateText(*config.setInProgress));
    json.insert("set_in_progress", optionalJson(config.setInProgress, [](std::uint8_t state) {
                    return state == 0 ? QStringLiteral("complete") : state == 1 ? QStringLiteral("in_progress")
                                                                    : QStringLiteral("commit_write");
                }));
    if (config.authTypeSupport)
        text += field(LanText::tr("Auth Type Support"), bmcText(authTypeNames(*config.authTypeSupport)));
    json.insert("auth_type_support", optionalJson(config.authTypeSupport, authNames));
    if (config.authTypeEnables) {
        const AuthTypeEnables &enables = *config.authTypeEnables;
        text += field(LanText::tr("Auth Type Enable"), QStringLiteral("Callback : ") + bmcText(authTypeNames(enables.callback)));
        text += field(QString(), QStringLiteral("User     : ") + bmcText(authTypeNames(enables.user)));
        text += field(QString(), QStringLiteral("Operator : ") + bmcText(authTypeNames(enables.operatorLevel)));
        text += field(QString(), QStringLiteral("Admin    : ") + bmcText(authTypeNames(enables.admin)));
        text += field(QString(), QStringLiteral("OEM      : ") + bmcText(authTypeNames(enables.oem)));
        json.insert("auth_type_enables", QJsonObject{{"callback", authNames(enables.callback)},
                                                     {"user", authNames(enables.user)},
                                                     {"operator", authNames(enables.operatorLevel)},
                                                     {"admin", authNames(enables.admin)},
                                                     {"oem", authNames(enables.oem)}});
    } else {
        json.insert("auth_type_enables", QJsonValue());
    }
    if (config.ipSource)
        text += field(LanText::tr("IP Address Source"), bmcText(ipSourceName(*config.ipSource)));
    json.insert("ip_source", optionalJson(config.ipSource, sourceKey));
    if (config.ipAddress)
        text += field(LanText::tr("IP Address"), ipJson(*config.ipAddress));
    json.insert("ip_address", optionalJson(config.ipAddress, ipJson));
    if (config.subnetMask)
        text += field(LanText::tr("Subnet Mask"), ipJson(*config.subnetMask));
    json.insert("subnet_mask", optionalJson(config.subnetMask, ipJson));
    if (config.macAddress)
        text += field(LanText::tr("MAC Address"), macJson(*config.macAddress));
    json.insert("mac_address", optionalJson(config.macAddress, macJson));
    if (config.community)
        text += field(LanText::tr("SNMP Community String"), bmcText(*config.community));
    json.insert("snmp_community", optionalJson(config.community, jsonText));
    if (config.ipHeader) {
        const IpHeader &header = *config.ipHeader;
        text += field(LanText::tr("IP Header"), QStringLiteral("TTL=%1 Flags=%2 Precedence=%3 TOS=%4")
                                           .arg(hex2(header.ttl), hex2(header.flags & 0xe0u),
                                                hex2(header.precedenceTos & 0xe0u), hex2(header.precedenceTos & 0x1eu)));
        json.insert("ip_header", QJsonObject{{"ttl", header.ttl},
                                             {"flags", header.flags >> 5},
                                             {"precedence", header.precedenceTos >> 5},
                                             {"tos", (header.precedenceTos >> 1) & 0x0f}});
    }
    if (config.arpControl) {
        text += field(LanText::tr("BMC ARP Control"),
                      LanText::tr("ARP Responses %1, Gratuitous ARP %2")
                          .arg(config.arpControl->responses ? LanText::tr("Enabled") : LanText::tr("Disabled"),
                               config.arpControl->gratuitous ? LanText::tr("Enabled") : LanText::tr("Disabled")));
        json.insert("arp_responses", config.arpControl->responses);
        json.insert("gratuitous_arp", config.arpControl->gratuitous);
    }
    if (config.gratuitousArpInterval) {
        const double seconds = (*config.gratuitousArpInterval + 1) / 2.0;
        text += field(LanText::tr("Gratituous ARP Intrvl"), LanText::tr("%1 seconds").arg(seconds, 0, 'f', 1));
        json.insert("gratuitous_arp_interval_ms", *config.gratuitousArpInterval * 500);
    }
    if (config.defaultGatewayIp)
        text += field(LanText::tr("Default Gateway IP"), ipJson(*config.defaultGatewayIp));
    json.insert("default_gateway_ip", optionalJson(config.defaultGatewayIp, ipJson));
    if (config.defaultGatewayMac)
        text += field(LanText::tr("Default Gateway MAC"), macJson(*config.defaultGatewayMac));
    json.insert("default_gateway_mac", optionalJson(config.defaultGatewayMac, macJson));
    if (config.backupGatewayIp)
        text += field(LanText::tr("Backup Gateway IP"), ipJson(*config.backupGatewayIp));
    json.insert("backup_gateway_ip", optionalJson(config.backupGatewayIp, ipJson));
    if (config.backupGatewayMac)
        text += field(LanText::tr("Backup Gateway MAC"), macJson(*config.backupGatewayMac));
    json.insert("backup_gateway_mac", optionalJson(config.backupGatewayMac, macJson));
    if (config.vlan)
        text += field(LanText::tr("802.1q VLAN ID"), config.vlan->enabled ? QString::number(config.vlan->id) : LanText::tr("Disabled"));
    // null when tagging is off (or the parameter is missing), else the ID.
    json.insert("vlan_id", config.vlan && config.vlan->enabled ? QJsonValue(config.vlan->id) : QJsonValue());
    if (config.vlanPriority)
        text += field(LanText::tr("802.1q VLAN Priority"), QString::number(*config.vlanPriority));
    json.insert("vlan_priority", optionalJson(config.vlanPriority, [](std::uint8_t p) { return int(p); }));
    QJsonArray suites;
    if (config.cipherSuites) {
        QStringList numbers;
        for (const std::uint8_t suite : *config.cipherSuites) {
            numbers.append(QString::number(suite));
            suites.append(suite);
        }
        text += field(LanText::tr("RMCP+ Cipher Suites"), numbers.join(u','));
    }
    json.insert("cipher_suites", config.cipherSuites ? QJsonValue(suites) : QJsonValue());
    if (config.cipherSuitePrivileges) {
        text += field(LanText::tr("Cipher Suite Priv Max"), bmcText(cipherPrivilegeText(*config.cipherSuitePrivileges)));
        for (const char *legend : {"    X=Cipher Suite Unused", "    c=CALLBACK", "    u=USER", "    o=OPERATOR",
                                   "    a=ADMIN", "    O=OEM"})
            text += field(QString(), QString::fromLatin1(legend));
        QJsonArray levels;
        for (const std::uint8_t level : *config.cipherSuitePrivileges)
            levels.append(level);
        json.insert("cipher_suite_privileges", jsonText(cipherPrivilegeText(*config.cipherSuitePrivileges)));
        json.insert("cipher_suite_privilege_levels", levels);
    } else {
        json.insert("cipher_suite_privileges", QJsonValue());
    }
    if (config.badPasswordThreshold) {
        const BadPasswordThreshold &bad = *config.badPasswordThreshold;
        text += field(LanText::tr("Bad Password Threshold"), QString::number(bad.threshold));
        text += field(LanText::tr("Invalid password disable"), bad.generateEvent ? LanText::tr("yes") : LanText::tr("no"));
        text += field(LanText::tr("Attempt Count Reset Int."), QString::number(bad.resetInterval * 10));
        text += field(LanText::tr("User Lockout Interval"), QString::number(bad.lockoutInterval * 10));
        json.insert("bad_password_threshold", bad.threshold);
    } else {
        text += field(LanText::tr("Bad Password Threshold"), LanText::tr("Not Available"));
    }
    QJsonArray unsupported;
    for (const std::uint8_t parameter : read.unsupported)
        unsupported.append(parameter);
    json.insert("unsupported_parameters", unsupported);
    return CommandOutput{text, json};
}

HostTask lanPrintTask(std::optional<std::uint8_t> channel)
{
    return [channel](HostSession &session, TaskDone done) {
        withLanChannel(session, channel, done, [&session, done](std::uint8_t lanChannel) {
            runOperation(session, ipmi::op::OperationPtr<LanConfigRead>(std::make_shared<LanConfigReader>(lanChannel)),
                         done, [done, lanChannel](LanConfigRead read) {
                             // A BMC without LAN configuration (pyghmi's answers C1h) refuses every
                             // parameter: an empty listing would pass for success.
                             if (read.unsupported.size() >= lanConfigParameters().size()) {
                                 done(ipmi::makeError(
                                     ipmi::ErrorKind::Unsupported,
                                     LanText::tr("Get LAN Configuration Parameters failed for every parameter of channel %1: "
                                        "this BMC does not support LAN configuration on that channel.")
                                         .arg(lanChannel)
                                         .toStdString()));
                                 return;
                             }
                             done(lanPrintOutput(lanChannel, read));
                         });
        });
    };
}
