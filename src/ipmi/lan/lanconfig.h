// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The LAN configuration parameters of one channel, typed. Every field is optional:
// absent means the BMC does not support the parameter (or it was not read).
namespace ipmi::lan {

using Ipv4Address = std::array<std::uint8_t, 4>;
using MacAddress = std::array<std::uint8_t, 6>;

enum class IpSource : std::uint8_t
{
    Unspecified = 0,
    Static = 1,
    Dhcp = 2,
    Bios = 3,  // loaded by the BIOS or system software
    Other = 4, // another address assignment protocol
};

// Auth type bits (bit 0 none, 1 MD2, 2 MD5, 4 straight password, 5 OEM) per privilege.
struct AuthTypeEnables
{
    std::uint8_t callback = 0;
    std::uint8_t user = 0;
    std::uint8_t operatorLevel = 0;
    std::uint8_t admin = 0;
    std::uint8_t oem = 0;
};

struct IpHeader
{
    std::uint8_t ttl = 0;
    std::uint8_t flags = 0;         // bits 7:5
    std::uint8_t precedenceTos = 0; // precedence bits 7:5, type of service bits 4:1
};

struct ArpControl
{
    bool responses = false;  // the BMC answers ARP requests
    bool gratuitous = false; // the BMC sends gratuitous ARPs
};

struct Vlan
{
    bool enabled = false;
    std::uint16_t id = 0; // 1-4094 when enabled
};

struct BadPasswordThreshold
{
    bool generateEvent = false;
    std::uint8_t threshold = 0;
    std::uint16_t resetInterval = 0; // in 10 s units
    std::uint16_t lockoutInterval = 0; // in 10 s units
};

// Privilege levels of the cipher suite entries (param 24): 0 = unused ('X'), 1 callback,
// 2 user, 3 operator, 4 administrator, 5 OEM.
using CipherSuitePrivileges = std::array<std::uint8_t, 16>;

struct LanConfig
{
    std::optional<std::uint8_t> setInProgress; // SetState value
    std::optional<std::uint8_t> authTypeSupport;
    std::optional<AuthTypeEnables> authTypeEnables;
    std::optional<Ipv4Address> ipAddress;
    std::optional<IpSource> ipSource;
    std::optional<MacAddress> macAddress;
    std::optional<Ipv4Address> subnetMask;
    std::optional<IpHeader> ipHeader;
    std::optional<ArpControl> arpControl;
    std::optional<std::uint8_t> gratuitousArpInterval; // in 500 ms units
    std::optional<Ipv4Address> defaultGatewayIp;
    std::optional<MacAddress> defaultGatewayMac;
    std::optional<Ipv4Address> backupGatewayIp;
    std::optional<MacAddress> backupGatewayMac;
    std::optional<std::string> community;
    std::optional<Vlan> vlan;
    std::optional<std::uint8_t> vlanPriority;
    std::optional<std::uint8_t> cipherSuiteCount;
    std::optional<std::vector<std::uint8_t>> cipherSuites; // suite IDs, cipherSuiteCount of them
    std::optional<CipherSuitePrivileges> cipherSuitePrivileges;
    std::optional<BadPasswordThreshold> badPasswordThreshold;
};

// The parameters a full read asks for, in the order ipmitool prints them.
const std::vector<std::uint8_t> &lanConfigParameters();

// Stores the data of one parameter (after the revision byte) in config. Parameters this
// struct does not model are ignored; a block too short for its parameter is an error.
Result<void> decodeLanParameter(std::uint8_t parameter, ByteView data, LanConfig &config);

// Parameter data blocks for Set LAN Configuration Parameters.
Bytes encodeIpv4(const Ipv4Address &address);
Bytes encodeMac(const MacAddress &address);
Bytes encodeIpSource(IpSource source);
Bytes encodeVlan(const Vlan &vlan);
Bytes encodeCipherSuitePrivileges(const CipherSuitePrivileges &privileges);
Bytes encodeCommunity(std::string_view community); // 18 bytes, NUL padded
Bytes encodeArpControl(const ArpControl &control);
Bytes encodeIpHeader(const IpHeader &header);
Bytes encodeAuthTypeEnables(const AuthTypeEnables &enables);

// Text forms, as ipmitool prints and reads them.
std::string ipv4Text(const Ipv4Address &address);  // "192.168.0.1"
std::string macText(const MacAddress &address);    // "00:1a:2b:3c:4d:5e"
std::string ipSourceName(IpSource source);         // "Static Address", "DHCP Address", ...
std::string authTypeNames(std::uint8_t bits);       // "MD5 PASSWORD " (ipmitool's form)
char cipherPrivilegeLetter(std::uint8_t level);      // 'X', 'c', 'u', 'o', 'a', 'O'
std::string cipherPrivilegeText(const CipherSuitePrivileges &privileges); // 15 letters
Result<Ipv4Address> parseIpv4(std::string_view text);
Result<MacAddress> parseMac(std::string_view text);
// 15 letters of X, c, u, o, a, O for suites 0-14; suite 15 keeps `keep` (default unused).
Result<CipherSuitePrivileges> parseCipherPrivileges(std::string_view text, std::uint8_t suite15 = 0);

} // namespace ipmi::lan
