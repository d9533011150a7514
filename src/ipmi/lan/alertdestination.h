// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanconfig.h"
#include "ipmi/op/parameterwriter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// LAN alert destinations (IPMI 2.0 table 23-4, parameters 17-19): where the BMC sends
// its PEF alerts, typically SNMP traps (PET) to a management station. Destination 0 is
// the volatile one; parameter 17 counts the others.
namespace ipmi::lan {

namespace destinationtype {
inline constexpr std::uint8_t PetTrap = 0;
inline constexpr std::uint8_t Oem1 = 6;
inline constexpr std::uint8_t Oem2 = 7;
} // namespace destinationtype

struct AlertDestination
{
    std::uint8_t number = 0;        // the set selector
    // Parameter 18 (Destination Type).
    bool acknowledge = false;       // byte 2 bit 7: the alert is acknowledged (PET: no)
    std::uint8_t type = destinationtype::PetTrap; // byte 2 bits 2:0
    std::uint8_t timeoutSeconds = 0; // byte 3: ack timeout, or retry interval when unacknowledged
    std::uint8_t retries = 0;       // byte 4 bits 2:0
    // Parameter 19 (Destination Addresses).
    std::uint8_t addressFormat = 0; // byte 2 bits 7:4: 0 = IPv4 and MAC
    bool backupGateway = false;     // byte 3 bit 0
    Ipv4Address ipAddress{};
    MacAddress macAddress{};
};

// The count in parameter 17's data (bits 3:0), without the volatile destination 0.
Result<std::uint8_t> decodeAlertDestinationCount(ByteView data);
// data: parameter 18 or 19 after the revision byte, set selector first.
Result<void> decodeAlertDestinationType(ByteView data, AlertDestination &destination);
Result<void> decodeAlertDestinationAddress(ByteView data, AlertDestination &destination);
Bytes encodeAlertDestinationType(const AlertDestination &destination); // selector first, for Set
Bytes encodeAlertDestinationAddress(const AlertDestination &destination);

// "PET Trap", "OEM 1", "OEM 2", "Unknown", as ipmitool names them.
std::string_view destinationTypeName(std::uint8_t type);

// A requested change of one destination; unset fields stay as they are.
struct AlertDestinationChange
{
    std::optional<Ipv4Address> ipAddress;
    std::optional<MacAddress> macAddress;
    std::optional<bool> backupGateway;
    std::optional<bool> acknowledge;
    std::optional<std::uint8_t> type;           // destinationtype::
    std::optional<std::uint8_t> timeoutSeconds;
    std::optional<std::uint8_t> retries;        // 0..7

    bool empty() const;
};

// Empty when the values can be sent, else why not (a type other than PET/OEM 1/OEM 2,
// more than 7 retries).
std::string validateAlertDestinationChange(const AlertDestinationChange &change);
// The writes of the change to destination present.number: parameter 18 and/or 19, each
// whole, the settings the change leaves alone taken from present.
std::vector<op::ParameterWrite> alertDestinationWrites(const AlertDestinationChange &change,
                                                       const AlertDestination &present);
// The settings of the change that readBack does not show, by name ("IP address"): empty
// when the read-back confirms the change.
std::vector<std::string> alertDestinationMismatches(const AlertDestinationChange &change,
                                                    const AlertDestination &readBack);

} // namespace ipmi::lan
