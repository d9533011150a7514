// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanconfig.h"

#include "lanparameters.h"

#include "ipmi/cmd/commandsupport.h"

#include <charconv>
#include <cstdio>

namespace ipmi::lan {

namespace {

constexpr std::size_t CommunityBytes = 18;

template<std::size_t N>
std::array<std::uint8_t, N> take(ByteView data)
{
    std::array<std::uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = data[i];
    return out;
}

Error shortParameter(std::uint8_t parameter, std::size_t expected, std::size_t received)
{
    return cmd::shortResponseError("Get LAN parameter \"" + std::string(parameterName(parameter)) + "\"",
                                   expected + 1, received + 1);
}

std::size_t requiredBytes(std::uint8_t parameter)
{
    switch (parameter) {
    case param::SetInProgress:
    case param::AuthTypeSupport:
    case param::IpSource:
    case param::ArpControl:
    case param::GratuitousArpInterval:
    case param::VlanPriority:
    case param::CipherSuiteSupport: return 1;
    case param::AuthTypeEnables: return 5;
    case param::IpAddress:
    case param::SubnetMask:
    case param::DefaultGatewayIp:
    case param::BackupGatewayIp: return 4;
    case param::MacAddress:
    case param::DefaultGatewayMac:
    case param::BackupGatewayMac: return 6;
    case param::IpHeader: return 3;
    case param::CommunityString: return 1;
    case param::VlanId: return 2;
    case param::CipherSuiteEntries: return 1;
    case param::CipherSuitePrivileges: return 9;
    case param::BadPasswordThreshold: return 6;
    default: break;
    }
    return 0;
}

// The error for text that is not the address it should be: "\"<text>\" <what>".
Error invalidText(std::string_view text, std::string_view what)
{
    std::string message;
    message.reserve(text.size() + what.size() + 3);
    message += '"';
    message += text;
    message += "\" ";
    message += what;
    return makeError(ErrorKind::InvalidArgument, std::move(message));
}

} // namespace

const std::vector<std::uint8_t> &lanConfigParameters()
{
    static const std::vector<std::uint8_t> parameters{
        param::SetInProgress, param::AuthTypeSupport, param::AuthTypeEnables, param::IpSource,
        param::IpAddress, param::SubnetMask, param::MacAddress, param::CommunityString, param::IpHeader,
        param::ArpControl, param::GratuitousArpInterval, param::DefaultGatewayIp, param::DefaultGatewayMac,
        param::BackupGatewayIp, param::BackupGatewayMac, param::VlanId, param::VlanPriority,
        param::CipherSuiteSupport, param::CipherSuiteEntries, param::CipherSuitePrivileges,
        param::BadPasswordThreshold};
    return parameters;
}

Result<void> decodeLanParameter(std::uint8_t parameter, ByteView data, LanConfig &config)
{
    const std::size_t required = requiredBytes(parameter);
    if (data.size() < required)
        return shortParameter(parameter, required, data.size());
    switch (parameter) {
    case param::SetInProgress: config.setInProgress = std::uint8_t(data[0] & 0x03); break;
    case param::AuthTypeSupport: config.authTypeSupport = std::uint8_t(data[0] & 0x3f); break;
    case param::AuthTypeEnables:
        config.authTypeEnables = AuthTypeEnables{std::uint8_t(data[0] & 0x3f), std::uint8_t(data[1] & 0x3f),
                                                 std::uint8_t(data[2] & 0x3f), std::uint8_t(data[3] & 0x3f),
                                                 std::uint8_t(data[4] & 0x3f)};
        break;
    case param::IpAddress: config.ipAddress = take<4>(data); break;
    case param::IpSource: config.ipSource = IpSource(data[0] & 0x0f); break;
    case param::MacAddress: config.macAddress = take<6>(data); break;
    case param::SubnetMask: config.subnetMask = take<4>(data); break;
    case param::IpHeader: config.ipHeader = IpHeader{data[0], data[1], data[2]}; break;
    case param::ArpControl: config.arpControl = ArpControl{(data[0] & 0x02) != 0, (data[0] & 0x01) != 0}; break;
    case param::GratuitousArpInterval: config.gratuitousArpInterval = data[0]; break;
    case param::DefaultGatewayIp: config.defaultGatewayIp = take<4>(data); break;
    case param::DefaultGatewayMac: config.defaultGatewayMac = take<6>(data); break;
    case param::BackupGatewayIp: config.backupGatewayIp = take<4>(data); break;
    case param::BackupGatewayMac: config.backupGatewayMac = take<6>(data); break;
    case param::CommunityString: {
        std::string text;
        for (std::size_t i = 0; i < data.size() && i < CommunityBytes && data[i] != 0; ++i)
            text.push_back(char(data[i]));
        config.community = text;
        break;
    }
    case param::VlanId:
        config.vlan = Vlan{(data[1] & 0x80) != 0, std::uint16_t(data[0] | ((data[1] & 0x0f) << 8))};
        break;
    case param::VlanPriority: config.vlanPriority = std::uint8_t(data[0] & 0x07); break;
    case param::CipherSuiteSupport: config.cipherSuiteCount = std::uint8_t(data[0] & 0x1f); break;
    case param::CipherSuiteEntries: {
        // Byte 1 is reserved; the entries follow. The count comes from parameter 22 when
        // it was read first, else every byte present counts.
        const std::size_t available = data.size() - 1;
        const std::size_t count = config.cipherSuiteCount ? std::min<std::size_t>(*config.cipherSuiteCount, available)
                                                          : available;
        config.cipherSuites = std::vector<std::uint8_t>(data.begin() + 1, data.begin() + 1 + std::ptrdiff_t(count));
        break;
    }
    case param::CipherSuitePrivileges: {
        CipherSuitePrivileges privileges{};
        for (std::size_t i = 0; i < privileges.size(); ++i)
            privileges[i] = std::uint8_t((data[1 + i / 2] >> (i % 2 ? 4 : 0)) & 0x0f);
        config.cipherSuitePrivileges = privileges;
        break;
    }
    case param::BadPasswordThreshold:
        config.badPasswordThreshold = BadPasswordThreshold{(data[0] & 0x01) != 0, data[1],
                                                           std::uint16_t(data[2] | (data[3] << 8)),
                                                           std::uint16_t(data[4] | (data[5] << 8))};
        break;
    default: break;
    }
    return {};
}

Bytes encodeIpv4(const Ipv4Address &address)
{
    return Bytes(address.begin(), address.end());
}

Bytes encodeMac(const MacAddress &address)
{
    return Bytes(address.begin(), address.end());
}

Bytes encodeIpSource(IpSource source)
{
    return Bytes{std::uint8_t(source)};
}

Bytes encodeVlan(const Vlan &vlan)
{
    return Bytes{std::uint8_t(vlan.id & 0xff), std::uint8_t(((vlan.id >> 8) & 0x0f) | (vlan.enabled ? 0x80 : 0))};
}

Bytes encodeCipherSuitePrivileges(const CipherSuitePrivileges &privileges)
{
    Bytes data(9, 0);
    for (std::size_t i = 0; i < privileges.size(); ++i)
        data[1 + i / 2] |= std::uint8_t((privileges[i] & 0x0f) << (i % 2 ? 4 : 0));
    return data;
}

Bytes encodeCommunity(std::string_view community)
{
    Bytes data(CommunityBytes, 0);
    for (std::size_t i = 0; i < community.size() && i < CommunityBytes; ++i)
        data[i] = std::uint8_t(community[i]);
    return data;
}

Bytes encodeArpControl(const ArpControl &control)
{
    return Bytes{std::uint8_t((control.responses ? 0x02 : 0) | (control.gratuitous ? 0x01 : 0))};
}

Bytes encodeIpHeader(const IpHeader &header)
{
    return Bytes{header.ttl, header.flags, header.precedenceTos};
}

Bytes encodeAuthTypeEnables(const AuthTypeEnables &enables)
{
    return Bytes{enables.callback, enables.user, enables.operatorLevel, enables.admin, enables.oem};
}

std::string ipv4Text(const Ipv4Address &address)
{
    return std::to_string(address[0]) + '.' + std::to_string(address[1]) + '.' + std::to_string(address[2]) + '.'
           + std::to_string(address[3]);
}

std::string macText(const MacAddress &address)
{
    char text[18];
    std::snprintf(text, sizeof text, "%02x:%02x:%02x:%02x:%02x:%02x", address[0], address[1], address[2],
                  address[3], address[4], address[5]);
    return text;
}

std::string ipSourceName(IpSource source)
{
    switch (source) {
    case IpSource::Unspecified: return "Unspecified";
    case IpSource::Static: return "Static Address";
    case IpSource::Dhcp: return "DHCP Address";
    case IpSource::Bios: return "BIOS Assigned Address";
    case IpSource::Other: return "Other";
    }
    return "Unknown";
}

std::string authTypeNames(std::uint8_t bits)
{
    std::string text;
    if (bits & 0x01)
        text += "NONE ";
    if (bits & 0x02)
        text += "MD2 ";
    if (bits & 0x04)
        text += "MD5 ";
    if (bits & 0x10)
        text += "PASSWORD ";
    if (bits & 0x20)
        text += "OEM ";
    return text;
}

char cipherPrivilegeLetter(std::uint8_t level)
{
    switch (level) {
    case 0: return 'X';
    case 1: return 'c';
    case 2: return 'u';
    case 3: return 'o';
    case 4: return 'a';
    case 5: return 'O';
    default: break;
    }
    return '?';
}

std::string cipherPrivilegeText(const CipherSuitePrivileges &privileges)
{
    std::string text;
    for (std::size_t i = 0; i < 15; ++i)
        text.push_back(cipherPrivilegeLetter(privileges[i]));
    return text;
}

Result<Ipv4Address> parseIpv4(std::string_view text)
{
    static constexpr std::string_view NotIpv4 =
        "is not an IPv4 address (four numbers 0-255 with dots, like 192.168.1.10).";
    Ipv4Address address{};
    std::size_t position = 0;
    for (std::size_t octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (position >= text.size() || text[position] != '.')
                break;
            ++position;
        }
        const char *begin = text.data() + position;
        const char *end = text.data() + text.size();
        unsigned value = 0;
        const auto [next, error] = std::from_chars(begin, end, value);
        if (error != std::errc() || next == begin || next - begin > 3 || value > 255)
            return invalidText(text, NotIpv4);
        address[octet] = std::uint8_t(value);
        position = std::size_t(next - text.data());
        if (octet == 3 && position == text.size())
            return address;
    }
    return invalidText(text, NotIpv4);
}

Result<MacAddress> parseMac(std::string_view text)
{
    MacAddress address{};
    const Error error = invalidText(text, "is not a MAC address (six hex bytes with colons, like 00:1a:2b:3c:4d:5e).");
    std::size_t position = 0;
    for (std::size_t octet = 0; octet < 6; ++octet) {
        if (octet > 0) {
            if (position >= text.size() || text[position] != ':')
                return error;
            ++position;
        }
        const char *begin = text.data() + position;
        unsigned value = 0;
        const auto [next, failure] = std::from_chars(begin, text.data() + text.size(), value, 16);
        if (failure != std::errc() || next == begin || next - begin > 2)
            return error;
        address[octet] = std::uint8_t(value);
        position = std::size_t(next - text.data());
    }
    if (position != text.size())
        return error;
    return address;
}

Result<CipherSuitePrivileges> parseCipherPrivileges(std::string_view text, std::uint8_t suite15)
{
    if (text.size() != 15)
        return makeError(ErrorKind::InvalidArgument,
                         "The cipher suite privileges need exactly 15 letters, one per suite 0-14 (X unused, "
                         "c callback, u user, o operator, a administrator, O OEM), like XaaaXXaaaXXaaXX; \""
                             + std::string(text) + "\" has " + std::to_string(text.size()) + ".");
    CipherSuitePrivileges privileges{};
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::uint8_t level = 0xff;
        for (std::uint8_t candidate = 0; candidate <= 5; ++candidate)
            if (cipherPrivilegeLetter(candidate) == text[i])
                level = candidate;
        if (level == 0xff)
            return makeError(ErrorKind::InvalidArgument,
                             std::string("'") + text[i] + "' (suite " + std::to_string(i)
                                 + ") is not a privilege letter: use X unused, c callback, u user, o operator, "
                                   "a administrator or O OEM.");
        privileges[i] = level;
    }
    privileges[15] = suite15;
    return privileges;
}

} // namespace ipmi::lan
