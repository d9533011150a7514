// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <optional>
#include <string_view>

// Chassis device commands (IPMI 2.0 chapter 28).
namespace ipmi::cmd {

enum class PowerRestorePolicy : std::uint8_t
{
    AlwaysOff = 0,
    Previous = 1, // restore the state the power was in when AC was lost
    AlwaysOn = 2,
    Unknown = 3,  // in Get Chassis Status; the same value means "no change" when setting
};

std::string_view powerRestorePolicyName(PowerRestorePolicy policy); // "always-off", ...

// Get Chassis Status (Chassis 01h).
struct ChassisStatus
{
    // Current power state (byte 1).
    bool powerOn = false;
    bool powerOverload = false;
    bool powerInterlock = false;
    bool mainPowerFault = false;
    bool powerControlFault = false;
    PowerRestorePolicy restorePolicy = PowerRestorePolicy::Unknown;

    // Last power event (byte 2).
    struct LastPowerEvent
    {
        bool acFailed = false;
        bool overload = false;
        bool interlock = false;
        bool fault = false;
        bool command = false; // the last power on came from a Chassis Control command
    } lastEvent;

    // Miscellaneous chassis state (byte 3).
    bool intrusion = false;
    bool frontPanelLockout = false;
    bool driveFault = false;
    bool coolingFault = false;

    // Front panel button capabilities and disable/enable status (optional byte 4).
    struct FrontPanel
    {
        std::uint8_t bits = 0;
        // Whether each button may be disabled (high nibble)...
        bool sleepDisableAllowed() const { return bits & 0x80; }
        bool diagDisableAllowed() const { return bits & 0x40; }
        bool resetDisableAllowed() const { return bits & 0x20; }
        bool powerDisableAllowed() const { return bits & 0x10; }
        // ...and whether it is disabled now (low nibble).
        bool sleepDisabled() const { return bits & 0x08; }
        bool diagDisabled() const { return bits & 0x04; }
        bool resetDisabled() const { return bits & 0x02; }
        bool powerDisabled() const { return bits & 0x01; }
    };
    std::optional<FrontPanel> frontPanel;
};

Request getChassisStatusRequest();
Result<ChassisStatus> parseChassisStatus(const Response &response);

// Chassis Control (Chassis 02h).
enum class ChassisControl : std::uint8_t
{
    PowerDown = 0,           // immediate, no clean shutdown
    PowerUp = 1,
    PowerCycle = 2,
    HardReset = 3,
    DiagnosticInterrupt = 4, // pulse a diagnostic interrupt (NMI) to the host
    SoftShutdown = 5,        // ACPI overtemperature emulation: the OS shuts down cleanly
};

Request chassisControlRequest(ChassisControl control);
Result<void> parseChassisControl(const Response &response);

// Chassis Identify (Chassis 04h). Without an interval the BMC uses its default (15 s);
// an interval of 0 turns identify off; force keeps it on until told otherwise.
Request chassisIdentifyRequest(std::optional<std::uint8_t> intervalSeconds = std::nullopt,
                               bool forceOn = false);
Result<void> parseChassisIdentify(const Response &response);

// Set Power Restore Policy (Chassis 06h). Its answer lists the supported policies, so
// sending PowerRestorePolicy::Unknown ("no change") only asks for that list.
struct SupportedRestorePolicies
{
    bool alwaysOff = false;
    bool previous = false;
    bool alwaysOn = false;
};

Request setPowerRestorePolicyRequest(PowerRestorePolicy policy);
Result<SupportedRestorePolicies> parseSetPowerRestorePolicy(const Response &response);
// The answer to the "no change" request: the same decoding, but a failure names what
// the user asked for (reading the supported policies), not a policy change.
Result<SupportedRestorePolicies> parseSupportedRestorePolicies(const Response &response);

// Get System Restart Cause (Chassis 07h).
struct RestartCause
{
    std::uint8_t cause = 0;   // table 28-11, low nibble
    std::uint8_t channel = 0; // channel the command arrived on
};

Request getSystemRestartCauseRequest();
Result<RestartCause> parseSystemRestartCause(const Response &response);
std::string_view restartCauseText(std::uint8_t cause);

// Set/Get System Boot Options (Chassis 08h / 09h), generic form.
namespace bootparam {
inline constexpr std::uint8_t SetInProgress = 0;
inline constexpr std::uint8_t BootInfoAcknowledge = 4;
inline constexpr std::uint8_t BootFlags = 5;
} // namespace bootparam

enum class SetInProgress : std::uint8_t
{
    SetComplete = 0,
    SetInProgress = 1,
    CommitWrite = 2,
};

struct BootOption
{
    std::uint8_t version = 0;
    std::uint8_t parameter = 0;
    bool invalidOrLocked = false; // parameter byte bit 7
    Bytes data;
};

Request setBootOptionRequest(std::uint8_t parameter, ByteView data);
Result<void> parseSetBootOption(const Response &response);
Request getBootOptionRequest(std::uint8_t parameter, std::uint8_t setSelector = 0,
                             std::uint8_t blockSelector = 0);
Result<BootOption> parseGetBootOption(const Response &response);

Request setBootInProgressRequest(SetInProgress state);
// Clears the given "handled boot info" bits (1 = BIOS/POST) so that the BIOS acts on
// the new boot flags; the mask selects which bits the write touches.
Request clearBootInfoAcknowledgeRequest(std::uint8_t mask);

// Boot flags (parameter 5): the device to boot once or persistently.
enum class BootDevice : std::uint8_t
{
    NoOverride = 0x00,
    Pxe = 0x04,
    Disk = 0x08,
    Safe = 0x0c,   // default hard drive, safe mode
    Diag = 0x10,   // diagnostic partition
    Cdrom = 0x14,
    Bios = 0x18,   // BIOS setup
    Floppy = 0x3c, // floppy or primary removable media
};

struct BootFlags
{
    bool valid = true;
    bool persistent = false; // all future boots instead of the next one
    bool efi = false;        // EFI boot instead of legacy (PC compatible)
    BootDevice device = BootDevice::NoOverride;
};

Bytes encodeBootFlags(const BootFlags &flags); // the five data bytes
Request setBootFlagsRequest(const BootFlags &flags);
Result<BootFlags> decodeBootFlags(const BootOption &option);

} // namespace ipmi::cmd
