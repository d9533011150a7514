// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanchange.h"

#include "lanparameters.h"

#include <cstdint>

namespace ipmi::lan {

namespace {

std::uint32_t toU32(const Ipv4Address &address)
{
    return (std::uint32_t(address[0]) << 24) | (std::uint32_t(address[1]) << 16) | (std::uint32_t(address[2]) << 8)
           | address[3];
}

template<typename T>
std::optional<T> effective(const std::optional<T> &changed, const std::optional<T> &present)
{
    return changed ? changed : present;
}

void checkGateway(const char *which, const std::optional<Ipv4Address> &gateway, const std::optional<Ipv4Address> &ip,
                  const std::optional<Ipv4Address> &mask, LanValidation &result)
{
    if (!gateway || !ip || !mask || toU32(*gateway) == 0 || toU32(*ip) == 0 || !isContiguousNetmask(*mask)
        || toU32(*mask) == 0)
        return;
    if ((toU32(*gateway) & toU32(*mask)) != (toU32(*ip) & toU32(*mask)))
        result.warnings.push_back(std::string("The ") + which + " " + ipv4Text(*gateway) + " lies outside the subnet "
                                  + ipv4Text(*ip) + "/" + ipv4Text(*mask)
                                  + ": the BMC will not reach it unless the netmask or the gateway is changed too.");
}

} // namespace

bool LanChange::empty() const
{
    return !ipSource && !ipAddress && !subnetMask && !defaultGatewayIp && !defaultGatewayMac && !backupGatewayIp
           && !backupGatewayMac && !vlan && !vlanPriority && !community && !ipHeader && !arpControl
           && !gratuitousArpInterval && !authTypeEnables && !cipherSuitePrivileges;
}

std::string LanValidation::errorText() const
{
    std::string text;
    for (const std::string &error : errors)
        text += (text.empty() ? "" : " ") + error;
    return text;
}

bool isContiguousNetmask(const Ipv4Address &mask)
{
    const std::uint32_t value = toU32(mask);
    const std::uint32_t inverted = ~value;
    return (inverted & (inverted + 1)) == 0; // the host part is 0...01...1
}

LanValidation validateLanChange(const LanChange &change, const LanConfig *current)
{
    LanValidation result;
    const LanConfig none;
    const LanConfig &present = current ? *current : none;

    if (change.ipAddress) {
        const std::uint32_t ip = toU32(*change.ipAddress);
        const std::uint8_t first = (*change.ipAddress)[0];
        if (ip == 0 || ip == 0xffffffffu || first >= 224 || first == 0)
            result.errors.push_back(ipv4Text(*change.ipAddress)
                                    + " cannot be a BMC's address: it is unspecified, broadcast, multicast or "
                                      "reserved.");
        const std::optional<IpSource> source = effective(change.ipSource, present.ipSource);
        if (source && *source != IpSource::Static)
            result.errors.push_back("The IP address source is \"" + ipSourceName(*source)
                                    + "\", so a static address would be ignored or refused: set the source to static "
                                      "first (lan set <channel> ipsrc static), or in the same change.");
    }
    if (change.subnetMask && !isContiguousNetmask(*change.subnetMask))
        result.errors.push_back(ipv4Text(*change.subnetMask)
                                + " is not a valid netmask: its one bits must be contiguous from the left (like "
                                  "255.255.255.0).");
    if (change.subnetMask && toU32(*change.subnetMask) == 0)
        result.errors.push_back("A netmask of 0.0.0.0 leaves the BMC without a subnet.");

    const std::optional<Ipv4Address> ip = effective(change.ipAddress, present.ipAddress);
    const std::optional<Ipv4Address> mask = effective(change.subnetMask, present.subnetMask);
    if ((change.ipAddress || change.subnetMask) && ip && mask && isContiguousNetmask(*mask)) {
        const std::uint32_t host = toU32(*ip) & ~toU32(*mask);
        if (toU32(*mask) < 0xfffffffeu && toU32(*mask) != 0 && toU32(*ip) != 0
            && (host == 0 || host == ~toU32(*mask)))
            result.errors.push_back(ipv4Text(*ip) + " is the " + (host == 0 ? "network" : "broadcast")
                                    + " address of the subnet " + ipv4Text(*mask) + ", not a host address.");
    }
    if (change.ipAddress || change.subnetMask || change.defaultGatewayIp)
        checkGateway("default gateway", effective(change.defaultGatewayIp, present.defaultGatewayIp), ip, mask,
                     result);
    if (change.ipAddress || change.subnetMask || change.backupGatewayIp)
        checkGateway("backup gateway", effective(change.backupGatewayIp, present.backupGatewayIp), ip, mask, result);

    if (change.vlan && change.vlan->enabled && (change.vlan->id < 1 || change.vlan->id > 4094))
        result.errors.push_back("VLAN ID " + std::to_string(change.vlan->id)
                                + " is out of range: use 1-4094, or \"off\" to disable VLAN tagging.");
    if (change.vlanPriority && *change.vlanPriority > 7)
        result.errors.push_back("VLAN priority " + std::to_string(*change.vlanPriority) + " is out of range 0-7.");
    if (change.community && change.community->size() > 18)
        result.errors.push_back("The SNMP community string holds at most 18 characters.");
    if (change.ipSource && std::uint8_t(*change.ipSource) > 4)
        result.errors.push_back("The IP address source must be static, dhcp, bios or none.");
    if (change.cipherSuitePrivileges) {
        for (const std::uint8_t level : *change.cipherSuitePrivileges)
            if (level > 5) {
                result.errors.push_back("Cipher suite privilege levels are 0 (unused) to 5 (OEM).");
                break;
            }
    }
    return result;
}

std::vector<LanParameterWrite> lanChangeWrites(const LanChange &change)
{
    std::vector<LanParameterWrite> writes;
    auto add = [&writes](std::uint8_t parameter, Bytes data) { writes.push_back({parameter, std::move(data)}); };
    if (change.ipSource)
        add(param::IpSource, encodeIpSource(*change.ipSource));
    if (change.ipAddress)
        add(param::IpAddress, encodeIpv4(*change.ipAddress));
    if (change.subnetMask)
        add(param::SubnetMask, encodeIpv4(*change.subnetMask));
    if (change.defaultGatewayIp)
        add(param::DefaultGatewayIp, encodeIpv4(*change.defaultGatewayIp));
    if (change.defaultGatewayMac)
        add(param::DefaultGatewayMac, encodeMac(*change.defaultGatewayMac));
    if (change.backupGatewayIp)
        add(param::BackupGatewayIp, encodeIpv4(*change.backupGatewayIp));
    if (change.backupGatewayMac)
        add(param::BackupGatewayMac, encodeMac(*change.backupGatewayMac));
    if (change.vlan)
        add(param::VlanId, encodeVlan(*change.vlan));
    if (change.vlanPriority)
        add(param::VlanPriority, Bytes{*change.vlanPriority});
    if (change.community)
        add(param::CommunityString, encodeCommunity(*change.community));
    if (change.ipHeader)
        add(param::IpHeader, encodeIpHeader(*change.ipHeader));
    if (change.arpControl)
        add(param::ArpControl, encodeArpControl(*change.arpControl));
    if (change.gratuitousArpInterval)
        add(param::GratuitousArpInterval, Bytes{*change.gratuitousArpInterval});
    if (change.authTypeEnables)
        add(param::AuthTypeEnables, encodeAuthTypeEnables(*change.authTypeEnables));
    if (change.cipherSuitePrivileges)
        add(param::CipherSuitePrivileges, encodeCipherSuitePrivileges(*change.cipherSuitePrivileges));
    return writes;
}

} // namespace ipmi::lan
