// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <array>
#include <cstdint>
#include <variant>

// The 16-byte SEL record (IPMI 2.0 section 32) decoded. Byte numbers in comments are
// the spec's, 1-based.
namespace ipmi::sel {

namespace recordtype {
inline constexpr std::uint8_t SystemEvent = 0x02;
inline constexpr std::uint8_t OemTimestampedFirst = 0xC0;
inline constexpr std::uint8_t OemTimestampedLast = 0xDF;
inline constexpr std::uint8_t OemNonTimestampedFirst = 0xE0;
} // namespace recordtype

// A SEL timestamp (section 37.1): seconds since 1970 UTC, except that values up to
// 20000000h count seconds since the BMC initialised (its clock was never set) and
// FFFFFFFFh means unspecified.
struct Timestamp
{
    static constexpr std::uint32_t Unspecified = 0xFFFFFFFF;
    static constexpr std::uint32_t PreInitMax = 0x20000000;

    std::uint32_t raw = Unspecified;

    bool unspecified() const { return raw == Unspecified; }
    bool preInit() const { return raw <= PreInitMax; }
    bool absolute() const { return !unspecified() && !preInit(); }
};

// Generator ID (bytes 8-9).
struct GeneratorId
{
    std::uint16_t raw = 0;    // as ipmitool prints it: byte 8 | byte 9 << 8
    std::uint8_t id = 0;      // byte 8 with bit 0 clear: 8-bit IPMB slave address, or software ID << 1
    bool softwareId = false;  // byte 8 bit 0
    std::uint8_t channel = 0; // byte 9 bits 7:4
    std::uint8_t lun = 0;     // byte 9 bits 1:0

    // The 7-bit software ID (0-1Fh system software, 20h-2Fh SMI handler, ...).
    std::uint8_t software() const { return id >> 1; }
};

// Record type 02h.
struct SystemEvent
{
    Timestamp timestamp;
    GeneratorId generator;
    std::uint8_t evmRev = 0; // 04h for IPMI 1.5 and later
    std::uint8_t sensorType = 0;
    std::uint8_t sensorNumber = 0;
    bool deassertion = false;          // byte 13 bit 7
    std::uint8_t eventReadingType = 0; // byte 13 bits 6:0
    std::array<std::uint8_t, 3> eventData{};

    std::uint8_t offset() const { return eventData[0] & 0x0F; }
    // Event data 1 bits 7:6 and 5:4: what bytes 2 and 3 hold. For threshold events 01b
    // means the trigger reading (byte 2) and the threshold (byte 3); for discrete ones
    // 01b is the previous state / severity (byte 2) and 10b OEM, 11b sensor-specific.
    std::uint8_t data2Use() const { return (eventData[0] >> 6) & 0x03; }
    std::uint8_t data3Use() const { return (eventData[0] >> 4) & 0x03; }
    bool threshold() const { return eventReadingType == 0x01; }
};

// Record types C0h-DFh.
struct OemTimestamped
{
    Timestamp timestamp;
    std::uint32_t manufacturerId = 0; // 24-bit IANA number
    std::array<std::uint8_t, 6> data{};
};

// Record types E0h-FFh.
struct OemNonTimestamped
{
    std::array<std::uint8_t, 13> data{};
};

// Any other type: undefined by the spec, kept as its 13 bytes.
struct UnknownRecord
{
    std::array<std::uint8_t, 13> data{};
};

using RecordBody = std::variant<SystemEvent, OemTimestamped, OemNonTimestamped, UnknownRecord>;

struct SelEntry
{
    std::uint16_t recordId = 0;
    std::uint8_t recordType = 0;
    RecordBody body;
    std::array<std::uint8_t, 16> raw{};

    // The record's timestamp, Unspecified for records without one.
    Timestamp timestamp() const;
};

// Exactly 16 bytes; fewer is a MalformedResponse error, bytes beyond are ignored.
Result<SelEntry> decodeEntry(ByteView bytes);

// The 16 bytes of a system event record (for Add SEL Entry; the BMC fills in the ID and,
// usually, the timestamp).
std::array<std::uint8_t, 16> encodeSystemEvent(std::uint16_t recordId, const SystemEvent &event);

} // namespace ipmi::sel
