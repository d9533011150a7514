// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanconfig.h"
#include "ipmi/op/parameterwriter.h"

#include <optional>
#include <string>
#include <vector>

// A requested change of LAN parameters, its validation (before anything is sent) and
// the parameter writes it turns into.
namespace ipmi::lan {

struct LanChange
{
    std::optional<IpSource> ipSource;
    std::optional<Ipv4Address> ipAddress;
    std::optional<Ipv4Address> subnetMask;
    std::optional<Ipv4Address> defaultGatewayIp;
    std::optional<MacAddress> defaultGatewayMac;
    std::optional<Ipv4Address> backupGatewayIp;
    std::optional<MacAddress> backupGatewayMac;
    std::optional<Vlan> vlan;
    std::optional<std::uint8_t> vlanPriority;
    std::optional<std::string> community;
    std::optional<IpHeader> ipHeader;
    std::optional<ArpControl> arpControl;
    std::optional<std::uint8_t> gratuitousArpInterval;
    std::optional<AuthTypeEnables> authTypeEnables;
    std::optional<CipherSuitePrivileges> cipherSuitePrivileges;

    bool empty() const;
};

struct LanValidation
{
    std::vector<std::string> errors;   // the change must not be sent
    std::vector<std::string> warnings; // sent, but the user should know
    bool ok() const { return errors.empty(); }
    std::string errorText() const; // the errors joined into one message
};

// Checks the change alone (current == nullptr) or against the channel's present
// settings: well-formed addresses, a contiguous netmask, a host address that is neither
// the network nor the broadcast address, a static address only with a static source, a
// gateway inside the subnet (a warning), VLAN 1-4094, priority 0-7, community <= 18 bytes.
LanValidation validateLanChange(const LanChange &change, const LanConfig *current = nullptr);

bool isContiguousNetmask(const Ipv4Address &mask);

// A LAN parameter write: for an alert destination (parameters 18, 19) the data starts
// with the destination's set selector, and setSelector picks it for the read-back.
using LanParameterWrite = op::ParameterWrite;

// The writes of the change, the address source first (a BMC refuses a static address
// while DHCP owns it).
std::vector<LanParameterWrite> lanChangeWrites(const LanChange &change);

} // namespace ipmi::lan
