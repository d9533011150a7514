// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/session/lansession.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// IPMI device "global" commands of the App network function (IPMI 2.0 chapter 20).
namespace ipmi::cmd {

// Get Device ID (App 01h), decoded.
struct DeviceId
{
    std::uint8_t deviceId = 0;
    std::uint8_t deviceRevision = 0;     // low nibble of byte 2
    bool providesDeviceSdrs = false;     // byte 2 bit 7
    bool deviceAvailable = true;         // byte 3 bit 7 clear; set = update in progress
    std::uint8_t firmwareMajor = 0;      // byte 3 bits 6:0, binary
    std::uint8_t firmwareMinorBcd = 0;   // byte 4, two BCD digits
    std::uint8_t ipmiVersionMajor = 0;   // byte 5 low nibble
    std::uint8_t ipmiVersionMinor = 0;   // byte 5 high nibble
    std::uint8_t additionalDeviceSupport = 0; // byte 6 bit mask
    std::uint32_t manufacturerId = 0;    // 20-bit IANA enterprise number
    std::uint16_t productId = 0;
    std::optional<std::array<std::uint8_t, 4>> auxFirmware; // optional trailing bytes
};

Request getDeviceIdRequest();
Result<DeviceId> parseDeviceId(const Response &response);

// "9.08": the minor part is BCD, so its digits print as they are on the wire (a
// non-BCD byte shows as hex, exactly as ipmitool shows it).
std::string firmwareRevisionText(const DeviceId &id);
std::string ipmiVersionText(const DeviceId &id); // "2.0"

// The spec's names of the additional-device-support bits, lowest bit first, for the
// bits that are set ("Sensor Device", ...).
std::vector<std::string_view> additionalDeviceSupportNames(std::uint8_t mask);

// Registered name of a common server vendor's IANA enterprise number (as spelt in the
// IANA registry, which is what ipmitool prints), or nothing for an unknown number.
std::optional<std::string_view> manufacturerName(std::uint32_t manufacturerId);

// Get Device GUID (App 37h). The spec sends the GUID least significant byte first, so
// the text form reverses all 16 bytes.
struct DeviceGuid
{
    std::array<std::uint8_t, 16> wire{};

    std::string text() const; // "efcdab89-6745-23a1-efcd-ab89674523a1"
    int version() const;      // the RFC 4122 version nibble (1 = time based)
};

Request getDeviceGuidRequest();
Result<DeviceGuid> parseDeviceGuid(const Response &response);
std::string_view guidVersionName(int version);

// Cold Reset (App 02h) and Warm Reset (App 03h). A BMC may reset before it answers.
Request coldResetRequest();
Request warmResetRequest();
Result<void> parseColdReset(const Response &response);
Result<void> parseWarmReset(const Response &response);

// Get/Set BMC Global Enables (App 2Fh / 2Eh).
struct GlobalEnables
{
    static constexpr std::uint8_t ReceiveMessageQueueInterrupt = 0x01;
    static constexpr std::uint8_t EventMessageBufferFullInterrupt = 0x02;
    static constexpr std::uint8_t EventMessageBuffer = 0x04;
    static constexpr std::uint8_t SystemEventLogging = 0x08;
    static constexpr std::uint8_t Oem0 = 0x20;
    static constexpr std::uint8_t Oem1 = 0x40;
    static constexpr std::uint8_t Oem2 = 0x80;

    std::uint8_t bits = 0;

    bool has(std::uint8_t flag) const { return (bits & flag) != 0; }
};

Request getGlobalEnablesRequest();
Result<GlobalEnables> parseGlobalEnables(const Response &response);
Request setGlobalEnablesRequest(GlobalEnables enables);
Result<void> parseSetGlobalEnables(const Response &response);

} // namespace ipmi::cmd
