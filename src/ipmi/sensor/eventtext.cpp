// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtext.h"

#include <array>
#include <span>

namespace ipmi::sensor {

namespace {

using Texts = std::span<const std::string_view>;

// Sensor type codes 00h-2Ch (table 42-3), as ipmitool prints them.
constexpr std::array<std::string_view, 0x2D> sensorTypeNames = {
    "reserved", "Temperature", "Voltage", "Current", "Fan", "Physical Security",
    "Platform Security", "Processor", "Power Supply", "Power Unit", "Cooling Device",
    "Other", "Memory", "Drive Slot / Bay", "POST Memory Resize", "System Firmwares",
    "Event Logging Disabled", "Watchdog1", "System Event", "Critical Interrupt", "Button",
    "Module / Board", "Microcontroller", "Add-in Card", "Chassis", "Chip Set", "Other FRU",
    "Cable / Interconnect", "Terminator", "System Boot Initiated", "Boot Error", "OS Boot",
    "OS Critical Stop", "Slot / Connector", "System ACPI Power State", "Watchdog2",
    "Platform Alert", "Entity Presence", "Monitor ASIC", "LAN", "Management Subsys Health",
    "Battery", "Session Audit", "Version Change", "FRU State"};

// Event/reading type 01h, offsets 0-11 (table 42-2).
constexpr std::string_view thresholdStates[] = {
    "Lower Non-critical going low", "Lower Non-critical going high",
    "Lower Critical going low", "Lower Critical going high",
    "Lower Non-recoverable going low", "Lower Non-recoverable going high",
    "Upper Non-critical going low", "Upper Non-critical going high",
    "Upper Critical going low", "Upper Critical going high",
    "Upper Non-recoverable going low", "Upper Non-recoverable going high"};

// Generic discrete event/reading types 02h-0Ch (table 42-2).
constexpr std::string_view usageStates[] = {"Transition to Idle", "Transition to Active",
                                            "Transition to Busy"};
constexpr std::string_view digitalStates[] = {"State Deasserted", "State Asserted"};
constexpr std::string_view predictiveStates[] = {"Predictive Failure Deasserted",
                                                 "Predictive Failure Asserted"};
constexpr std::string_view limitStates[] = {"Limit Not Exceeded", "Limit Exceeded"};
constexpr std::string_view performanceStates[] = {"Performance Met", "Performance Lags"};
constexpr std::string_view severityStates[] = {
    "Transition to OK", "Transition to Non-critical from OK",
    "Transition to Critical from less severe", "Transition to Non-recoverable from less severe",
    "Transition to Non-critical from more severe", "Transition to Critical from Non-recoverable",
    "Transition to Non-recoverable", "Monitor", "Informational"};
constexpr std::string_view presenceStates[] = {"Device Absent", "Device Present"};
constexpr std::string_view enableStates[] = {"Device Disabled", "Device Enabled"};
constexpr std::string_view availabilityStates[] = {
    "Transition to Running", "Transition to In Test", "Transition to Power Off",
    "Transition to On Line", "Transition to Off Line", "Transition to Off Duty",
    "Transition to Degraded", "Transition to Power Save", "Install Error"};
constexpr std::string_view redundancyStates[] = {
    "Fully Redundant", "Redundancy Lost", "Redundancy Degraded",
    "Non-Redundant: Sufficient from Redundant", "Non-Redundant: Sufficient from Insufficient",
    "Non-Redundant: Insufficient Resources", "Redundancy Degraded from Fully Redundant",
    "Redundancy Degraded from Non-Redundant"};
constexpr std::string_view acpiDeviceStates[] = {"D0 Power State", "D1 Power State",
                                                 "D2 Power State", "D3 Power State"};

constexpr std::array<Texts, 11> genericTables = {
    usageStates,  digitalStates,      predictiveStates, limitStates,
    performanceStates, severityStates, presenceStates,  enableStates,
    availabilityStates, redundancyStates, acpiDeviceStates};

// Sensor-specific offsets (event/reading type 6Fh, table 42-3), by sensor type.
constexpr std::string_view physicalSecurity[] = {
    "General Chassis intrusion", "Drive Bay intrusion", "I/O Card area intrusion",
    "Processor area intrusion", "System unplugged from LAN", "Unauthorized dock",
    "FAN area intrusion"};
constexpr std::string_view platformSecurity[] = {
    "Front Panel Lockout violation attempted", "Pre-boot password violation - user password",
    "Pre-boot password violation - setup password",
    "Pre-boot password violation - network boot password", "Other pre-boot password violation",
    "Out-of-band access password violation"};
constexpr std::string_view processor[] = {
    "IERR", "Thermal Trip", "FRB1/BIST failure", "FRB2/Hang in POST failure",
    "FRB3/Processor startup/init failure", "Configuration Error",
    "SM BIOS Uncorrectable CPU-complex Error", "Presence detected", "Disabled",
    "Terminator presence detected", "Throttled", "Uncorrectable machine check exception",
    "Correctable machine check error"};
constexpr std::string_view powerSupply[] = {
    "Presence detected", "Failure detected", "Predictive failure", "Power Supply AC lost",
    "AC lost or out-of-range", "AC out-of-range, but present", "Config Error",
    "Power Supply Inactive"};
constexpr std::string_view powerUnit[] = {
    "Power off/down", "Power cycle", "240VA power down", "Interlock power down", "AC lost",
    "Soft-power control failure", "Failure detected", "Predictive failure"};
constexpr std::string_view memory[] = {
    "Correctable ECC", "Uncorrectable ECC", "Parity", "Memory Scrub Failed",
    "Memory Device Disabled", "Correctable ECC logging limit reached", "Presence Detected",
    "Configuration Error", "Spare", "Throttled", "Critical Overtemperature"};
constexpr std::string_view driveSlot[] = {
    "Drive Present", "Drive Fault", "Predictive Failure", "Hot Spare",
    "Parity Check In Progress", "In Critical Array", "In Failed Array",
    "Rebuild In Progress", "Rebuild Aborted"};
constexpr std::string_view firmwareProgress[] = {
    "System Firmware Error", "System Firmware Hang", "System Firmware Progress"};
constexpr std::string_view eventLogging[] = {
    "Correctable memory error logging disabled", "Event logging disabled",
    "Log area reset/cleared", "All event logging disabled", "Log full", "Log almost full",
    "Correctable Machine Check Error logging disabled"};
constexpr std::string_view watchdog1[] = {
    "BIOS Reset", "OS Reset", "OS Shut Down", "OS Power Down", "OS Power Cycle",
    "OS NMI/Diag Interrupt", "OS Expired", "OS pre-timeout Interrupt"};
constexpr std::string_view systemEvent[] = {
    "System Reconfigured", "OEM System boot event", "Undetermined system hardware failure",
    "Entry added to auxiliary log", "PEF Action", "Timestamp Clock Sync"};
constexpr std::string_view criticalInterrupt[] = {
    "NMI/Diag Interrupt", "Bus Timeout", "I/O Channel check NMI", "Software NMI",
    "PCI PERR", "PCI SERR", "EISA failsafe timeout", "Bus Correctable error",
    "Bus Uncorrectable error", "Fatal NMI", "Bus Fatal Error", "Bus Degraded"};
constexpr std::string_view button[] = {"Power Button pressed", "Sleep Button pressed",
                                       "Reset Button pressed", "FRU Latch", "FRU Service"};
constexpr std::string_view chipSet[] = {"Soft Power Control Failure", "Thermal Trip"};
constexpr std::string_view cable[] = {"Connected", "Config Error"};
constexpr std::string_view bootInitiated[] = {
    "Initiated by power up", "Initiated by hard reset", "Initiated by warm reset",
    "User requested PXE boot", "Automatic boot to diagnostic", "OS initiated hard reset",
    "OS initiated warm reset", "System Restart"};
constexpr std::string_view bootError[] = {
    "No bootable media", "Non-bootable disk in drive", "PXE server not found",
    "Invalid boot sector", "Timeout waiting for selection"};
constexpr std::string_view osBoot[] = {
    "A: boot completed", "C: boot completed", "PXE boot completed",
    "Diagnostic boot completed", "CD-ROM boot completed", "ROM boot completed",
    "boot completed - device not specified", "Installation started",
    "Installation completed", "Installation aborted", "Installation failed"};
constexpr std::string_view osStop[] = {
    "Error during system startup", "Run-time critical stop", "OS graceful stop",
    "OS graceful shutdown", "PEF initiated soft shutdown", "Agent not responding"};
constexpr std::string_view slotConnector[] = {
    "Fault Status", "Identify Status", "Device Installed", "Ready for Device Installation",
    "Ready for Device Removal", "Slot Power is Off", "Device Removal Request", "Interlock",
    "Slot is Disabled", "Spare Device"};
constexpr std::string_view acpiPowerState[] = {
    "S0/G0: working",
    "S1: sleeping with system hw & processor context maintained",
    "S2: sleeping, processor context lost",
    "S3: sleeping, processor & hw context lost, memory retained",
    "S4: non-volatile sleep/suspend-to-disk",
    "S5/G2: soft-off",
    "S4/S5: soft-off",
    "G3: mechanical off",
    "Sleeping in S1/S2/S3 state",
    "G1: sleeping",
    "S5: entered by override",
    "Legacy ON state",
    "Legacy OFF state",
    "", // 0Dh reserved
    "Unknown"};
constexpr std::string_view watchdog2[] = {
    "Timer expired", "Hard reset", "Power down", "Power cycle", "", "", "", "",
    "Timer interrupt"};
constexpr std::string_view platformAlert[] = {
    "Platform generated page", "Platform generated LAN alert",
    "Platform Event Trap generated", "Platform generated SNMP trap, OEM format"};
constexpr std::string_view entityPresence[] = {"Present", "Absent", "Disabled"};
constexpr std::string_view lan[] = {"Heartbeat Lost", "Heartbeat"};
constexpr std::string_view managementHealth[] = {
    "Sensor access degraded or unavailable", "Controller access degraded or unavailable",
    "Management controller off-line", "Management controller unavailable",
    "Sensor failure", "FRU failure"};
constexpr std::string_view battery[] = {"Low", "Failed", "Presence Detected"};
constexpr std::string_view sessionAudit[] = {
    "Session Activated", "Session Deactivated", "Invalid Username or Password",
    "Invalid password disable"};
constexpr std::string_view versionChange[] = {
    "Hardware change detected", "Firmware or software change detected",
    "Hardware incompatibility detected", "Firmware or software incompatibility detected",
    "Invalid or unsupported hardware version",
    "Invalid or unsupported firmware or software version", "Hardware change success",
    "Firmware or software change success"};
constexpr std::string_view fruState[] = {
    "Not Installed", "Inactive", "Activation Requested", "Activation in Progress", "Active",
    "Deactivation Requested", "Deactivation in Progress", "Communication lost"};

// Indexed by sensor type; types without sensor-specific offsets have an empty span.
constexpr std::array<Texts, 0x2D> sensorSpecificTables = [] {
    std::array<Texts, 0x2D> tables{};
    tables[0x05] = physicalSecurity;
    tables[0x06] = platformSecurity;
    tables[0x07] = processor;
    tables[0x08] = powerSupply;
    tables[0x09] = powerUnit;
    tables[0x0C] = memory;
    tables[0x0D] = driveSlot;
    tables[0x0F] = firmwareProgress;
    tables[0x10] = eventLogging;
    tables[0x11] = watchdog1;
    tables[0x12] = systemEvent;
    tables[0x13] = criticalInterrupt;
    tables[0x14] = button;
    tables[0x19] = chipSet;
    tables[0x1B] = cable;
    tables[0x1D] = bootInitiated;
    tables[0x1E] = bootError;
    tables[0x1F] = osBoot;
    tables[0x20] = osStop;
    tables[0x21] = slotConnector;
    tables[0x22] = acpiPowerState;
    tables[0x23] = watchdog2;
    tables[0x24] = platformAlert;
    tables[0x25] = entityPresence;
    tables[0x27] = lan;
    tables[0x28] = managementHealth;
    tables[0x29] = battery;
    tables[0x2A] = sessionAudit;
    tables[0x2B] = versionChange;
    tables[0x2C] = fruState;
    return tables;
}();

std::string_view pick(Texts table, std::size_t index)
{
    return index < table.size() ? table[index] : std::string_view{};
}

// Event data 2 of System Firmware Progress (sensor type 0Fh), table 42-3.
constexpr std::string_view firmwareErrors[] = {
    "Unspecified", "No system memory installed", "No usable system memory",
    "Unrecoverable hard-disk/ATAPI/IDE device failure", "Unrecoverable system-board failure",
    "Unrecoverable diskette subsystem failure", "Unrecoverable hard-disk controller failure",
    "Unrecoverable PS/2 or USB keyboard failure", "Removable boot media not found",
    "Unrecoverable video controller failure", "No video device detected",
    "Firmware (BIOS) ROM corruption detected", "CPU voltage mismatch",
    "CPU speed matching failure"};
constexpr std::string_view firmwareSteps[] = {
    "Unspecified", "Memory initialization", "Hard-disk initialization",
    "Secondary processor(s) initialization", "User authentication",
    "User-initiated system setup", "USB resource configuration", "PCI resource configuration",
    "Option ROM initialization", "Video initialization", "Cache initialization",
    "SM Bus initialization", "Keyboard controller initialization",
    "Embedded controller/management controller initialization",
    "Docking station attachment", "Enabling docking station", "Docking station ejection",
    "Disabling docking station", "Calling operating system wake-up vector",
    "Starting operating system boot process", "Baseboard or motherboard initialization",
    "", "Floppy initialization", "Keyboard test", "Pointing device test",
    "Primary processor initialization"};

// Event data 2 of a firmware or software change (sensor type 2Bh, offsets 01h/07h).
constexpr std::string_view versionChangeTypes[] = {
    "unspecified", "management controller device ID", "management controller firmware revision",
    "management controller device revision", "management controller manufacturer ID",
    "management controller IPMI version", "management controller auxiliary firmware ID",
    "management controller firmware boot block", "other management controller firmware",
    "system firmware (EFI / BIOS) change", "SMBIOS change", "operating system change",
    "operating system loader change", "service or diagnostic partition change",
    "management software agent change", "management software application change",
    "management software middleware change", "programmable hardware change (e.g. FPGA)",
    "board/FRU module change", "board/FRU component change",
    "board/FRU replaced with equivalent version", "board/FRU replaced with newer version",
    "board/FRU replaced with older version", "board/FRU hardware configuration change"};

// PEF actions in event data 2 of System Event offset 04h, bit by bit.
constexpr std::string_view pefActions[] = {"Alert", "Power off", "Reset", "Power cycle",
                                           "OEM action", "Diagnostic interrupt (NMI)"};

constexpr std::string_view deactivationCauses[] = {
    "cause unspecified", "Close Session command", "timeout", "configuration change"};

std::string hex2(std::uint8_t value)
{
    constexpr char digits[] = "0123456789ABCDEF";
    return {digits[value >> 4], digits[value & 0x0F]};
}

} // namespace

std::string_view sensorTypeName(std::uint8_t sensorType)
{
    if (sensorType >= 0xC0)
        return "OEM reserved";
    if (sensorType == 0 || sensorType >= sensorTypeNames.size())
        return "Unknown";
    return sensorTypeNames[sensorType];
}

std::string_view eventStateText(std::uint8_t sensorType, std::uint8_t eventReadingType,
                                std::uint8_t offset)
{
    if (eventReadingType == eventreading::Threshold)
        return pick(thresholdStates, offset);
    if (eventReadingType >= eventreading::GenericFirst && eventReadingType <= eventreading::GenericLast)
        return pick(genericTables[eventReadingType - eventreading::GenericFirst], offset);
    if (eventReadingType == eventreading::SensorSpecific && sensorType < sensorSpecificTables.size())
        return pick(sensorSpecificTables[sensorType], offset);
    return {};
}

std::string_view eventReadingTypeName(std::uint8_t eventReadingType)
{
    if (eventReadingType == eventreading::Unspecified)
        return "Unspecified";
    if (eventReadingType == eventreading::Threshold)
        return "Threshold";
    if (eventReadingType >= eventreading::GenericFirst && eventReadingType <= eventreading::GenericLast)
        return "Generic Discrete";
    if (eventReadingType == eventreading::SensorSpecific)
        return "Sensor-specific Discrete";
    if (eventReadingType >= eventreading::OemFirst && eventReadingType <= eventreading::OemLast)
        return "OEM";
    return "Reserved";
}

std::vector<std::string_view> assertedStateTexts(std::uint8_t sensorType, std::uint8_t eventReadingType,
                                                 std::uint16_t stateBits)
{
    std::vector<std::string_view> texts;
    for (std::uint8_t bit = 0; bit < 15; ++bit) {
        if (!(stateBits & (1u << bit)))
            continue;
        if (auto text = eventStateText(sensorType, eventReadingType, bit); !text.empty())
            texts.push_back(text);
    }
    return texts;
}

std::string eventDataDetail(std::uint8_t sensorType, std::uint8_t offset, std::uint8_t data2,
                            std::uint8_t data3, std::uint8_t data1)
{
    // Event data 1 bits 7:6 and 5:4 say what data 2 and 3 hold; 11b means the
    // sensor-specific extension this function interprets.
    const bool data2Specific = (data1 & 0xC0) == 0xC0;
    const bool data3Specific = (data1 & 0x30) == 0x30;
    offset &= 0x0F;

    switch (sensorType) {
    case 0x0F: // System Firmware Progress
        if (!data2Specific)
            return {};
        return std::string(offset == 0x00 ? pick(firmwareErrors, data2)
                                          : offset <= 0x02 ? pick(firmwareSteps, data2) : "");
    case 0x10: // Event Logging Disabled
        if (offset == 0x01 && data2Specific) {
            std::string text = "Event/reading type " + hex2(data2) + "h";
            if (data3Specific) {
                text += ", offset " + hex2(data3 & 0x0F) + "h";
                text += (data3 & 0x20) ? ", assertion events" : ", deassertion events";
                if (data3 & 0x10)
                    text += ", all events";
            }
            return text;
        }
        if (offset == 0x05 && data3Specific)
            return "Log " + std::to_string(data3) + "% full";
        return {};
    case 0x12: // System Event
        if (offset == 0x04 && data2Specific) {
            std::string text;
            for (std::size_t bit = 0; bit < std::size(pefActions); ++bit) {
                if (data2 & (1u << bit))
                    text += (text.empty() ? "" : ", ") + std::string(pefActions[bit]);
            }
            return text;
        }
        if (offset == 0x05 && data2Specific) {
            std::string text = (data2 & 0x80) ? "second of pair" : "first of pair";
            switch (data2 & 0x0F) {
            case 0: return text + ", SEL timestamp clock updated";
            case 1: return text + ", SDR timestamp clock updated";
            default: return text;
            }
        }
        return {};
    case 0x2A: { // Session Audit
        if (!data2Specific && !data3Specific)
            return {};
        std::string text;
        if (data2Specific)
            text = (data2 & 0x3F) ? "User ID " + std::to_string(data2 & 0x3F) : "User ID unspecified";
        if (data3Specific) {
            if (!text.empty())
                text += ", ";
            text += "channel " + std::to_string(data3 & 0x0F);
            if (offset == 0x01)
                text += ", " + std::string(deactivationCauses[(data3 >> 4) & 0x03]);
        }
        return text;
    }
    case 0x2B: // Version Change
        if ((offset == 0x01 || offset == 0x07) && data2Specific)
            return std::string(pick(versionChangeTypes, data2));
        return {};
    default:
        return {};
    }
}

} // namespace ipmi::sensor
