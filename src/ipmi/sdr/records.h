// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/sdr/conversion.h"
#include "ipmi/sdr/idstring.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// Sensor Data Records decoded from their bytes (IPMI 2.0 chapter 43). Byte numbers in
// the comments are the spec's, 1-based, counting the 5-byte header.
namespace ipmi::sdr {

namespace recordtype {
inline constexpr std::uint8_t FullSensor = 0x01;
inline constexpr std::uint8_t CompactSensor = 0x02;
inline constexpr std::uint8_t EventOnly = 0x03;
inline constexpr std::uint8_t EntityAssociation = 0x08;
inline constexpr std::uint8_t GenericDeviceLocator = 0x10;
inline constexpr std::uint8_t FruDeviceLocator = 0x11;
inline constexpr std::uint8_t McDeviceLocator = 0x12;
inline constexpr std::uint8_t Oem = 0xC0;
} // namespace recordtype

inline constexpr std::size_t HeaderSize = 5;

struct RecordHeader
{
    std::uint16_t recordId = 0;
    std::uint8_t version = 0x51; // kept, not checked: the layout is set by the type
    std::uint8_t type = 0;
    std::uint8_t length = 0; // bytes after the header
};

// What every record has: its header, and what of it could not be decoded. A record with
// problems is still used for what did decode: a sensor whose name or fields are damaged
// keeps its reading under a stand-in name rather than disappear.
struct RecordBase
{
    RecordHeader header;
    std::vector<std::string> problems; // sentences naming the record; empty when all decoded
};

struct Entity
{
    std::uint8_t id = 0;
    std::uint8_t instance = 0; // bits 6:0
    bool logical = false;      // bit 7: logical container entity, not a physical one
};

struct SensorOwner
{
    std::uint8_t id = 0;      // byte 6 with bit 0 clear: 8-bit IPMB address or software ID
    bool softwareId = false;  // bit 0 of byte 6
    std::uint8_t channel = 0; // byte 7 bits 7:4
    std::uint8_t lun = 0;     // byte 7 bits 1:0
};

struct SensorUnits
{
    AnalogFormat format = AnalogFormat::Unsigned; // bits 7:6
    std::uint8_t rateUnit = 0;                    // bits 5:3
    std::uint8_t modifierUse = 0;                 // bits 2:1 (see units.h ModifierUse)
    bool percentage = false;                      // bit 0
    std::uint8_t raw = 0;                         // the whole Sensor Units 1 byte
    std::uint8_t baseUnit = 0;
    std::uint8_t modifierUnit = 0;
};

// Raw threshold bytes, in the record's order.
struct Thresholds
{
    std::uint8_t upperNonRecoverable = 0;
    std::uint8_t upperCritical = 0;
    std::uint8_t upperNonCritical = 0;
    std::uint8_t lowerNonRecoverable = 0;
    std::uint8_t lowerCritical = 0;
    std::uint8_t lowerNonCritical = 0;
};

// Bits of the readable and settable threshold masks.
namespace thresholdbit {
inline constexpr std::uint8_t LowerNonCritical = 0x01;
inline constexpr std::uint8_t LowerCritical = 0x02;
inline constexpr std::uint8_t LowerNonRecoverable = 0x04;
inline constexpr std::uint8_t UpperNonCritical = 0x08;
inline constexpr std::uint8_t UpperCritical = 0x10;
inline constexpr std::uint8_t UpperNonRecoverable = 0x20;
} // namespace thresholdbit

// Record sharing of compact and event-only records (compact bytes 24-25).
struct Sharing
{
    std::uint8_t shareCount = 1;     // 0 in the record means 1
    bool alphaModifier = false;      // ID string instance modifier: false = numeric
    std::uint8_t modifierOffset = 0; // 7 bits
    bool entityInstanceIncrements = false;
};

// Fields common to the three sensor records.
struct SensorCommon : RecordBase
{
    SensorOwner owner;
    std::uint8_t sensorNumber = 0;
    Entity entity;
    std::uint8_t sensorType = 0;
    std::uint8_t eventReadingType = 0;
    std::uint8_t sensorDirection = 0; // 0 unspecified, 1 input, 2 output
    std::uint8_t oem = 0;
    IdString id;
    // The record ends before its fixed fields do: what is missing reads as zero, so
    // nothing may be computed from it (no unit, conversion or thresholds).
    bool cutShort = false;
};

// Fields the full and compact records share: event masks, units and hysteresis.
struct MaskedSensor : SensorCommon
{
    std::uint8_t initialization = 0;
    std::uint8_t capabilities = 0;
    std::uint16_t assertionMask = 0;   // bytes 15-16
    std::uint16_t deassertionMask = 0; // bytes 17-18
    std::uint16_t readingMask = 0;     // bytes 19-20
    SensorUnits units;
    std::uint8_t positiveHysteresis = 0;
    std::uint8_t negativeHysteresis = 0;

    // For threshold sensors (event/reading type 01h) byte 19 holds the readable and
    // byte 20 the settable thresholds, as thresholdbit masks.
    std::uint8_t readableThresholds() const { return readingMask & 0x3F; }
    std::uint8_t settableThresholds() const { return (readingMask >> 8) & 0x3F; }
};

struct FullSensor : MaskedSensor
{
    std::uint8_t linearization = 0; // bits 6:0
    Factors factors;
    std::uint8_t analogFlags = 0; // bit 0 nominal, 1 normal max, 2 normal min given
    std::uint8_t nominalReading = 0;
    std::uint8_t normalMax = 0;
    std::uint8_t normalMin = 0;
    std::uint8_t sensorMax = 0;
    std::uint8_t sensorMin = 0;
    Thresholds thresholds;
};

struct CompactSensor : MaskedSensor
{
    Sharing sharing;
};

struct EventOnlySensor : SensorCommon
{
    Sharing sharing;
};

struct EntityAssociation : RecordBase
{
    Entity container;
    bool ranges = false;               // flags bit 7: pairs 1-2 and 3-4 are ranges, not a list
    bool linked = false;               // bit 6: more association records follow
    bool presenceSensorAlways = false; // bit 5
    std::array<Entity, 4> contained{}; // an id of 0 marks an unused slot
};

struct GenericDeviceLocator : RecordBase
{
    std::uint8_t accessAddress = 0; // 8-bit form (bit 0 clear), as IPMB addresses are written
    std::uint8_t slaveAddress = 0;  // 8-bit form
    std::uint8_t channel = 0;       // byte 7 bit 0 is the high bit, byte 8 bits 7:5 the rest
    std::uint8_t accessLun = 0;
    std::uint8_t privateBus = 0;
    std::uint8_t addressSpan = 0;
    std::uint8_t deviceType = 0;
    std::uint8_t deviceTypeModifier = 0;
    Entity entity;
    std::uint8_t oem = 0;
    IdString id;
};

struct FruDeviceLocator : RecordBase
{
    std::uint8_t accessAddress = 0; // 8-bit form
    std::uint8_t fruDeviceId = 0;   // a logical device's FRU ID, else its slave address
    bool logical = false;
    std::uint8_t accessLun = 0;
    std::uint8_t privateBus = 0;
    std::uint8_t channel = 0;
    std::uint8_t deviceType = 0;
    std::uint8_t deviceTypeModifier = 0;
    Entity entity;
    std::uint8_t oem = 0;
    IdString id;
};

struct McDeviceLocator : RecordBase
{
    std::uint8_t slaveAddress = 0; // 8-bit form
    std::uint8_t channel = 0;
    std::uint8_t powerStateNotification = 0; // byte 8 as is (ACPI and init bits)
    std::uint8_t capabilities = 0;           // byte 9: bit 0 sensor device ... 7 chassis
    Entity entity;
    std::uint8_t oem = 0;
    IdString id;
};

struct OemRecord : RecordBase
{
    std::uint32_t manufacturerId = 0; // 24-bit IANA number, least significant byte first
    Bytes data;
};

// A record of a type this decoder does not interpret (09h, 13h, 14h, ...): kept, not an
// error, so a repository with such records still lists.
struct OtherRecord : RecordBase
{
    Bytes body;
};

using Record =
    std::variant<FullSensor, CompactSensor, EventOnlySensor, EntityAssociation,
                 GenericDeviceLocator, FruDeviceLocator, McDeviceLocator, OemRecord, OtherRecord>;

// The header alone, from at least its five bytes: what an SDR reader needs to know how
// many bytes the rest of the record has.
Result<RecordHeader> decodeHeader(ByteView bytes);

// One whole record: the header and exactly `length` more bytes. Too few or too many
// bytes, or a body shorter than the type's fixed fields, is a MalformedResponse error,
// except for sensor records: one that holds at least its sensor number is kept, marked
// cutShort. An ID string that does not fit in the record is replaced by a stand-in name
// ("Sensor 1Bh"), and so is an empty sensor name; each such repair adds a sentence to
// the record's problems. Bytes after the ID string are ignored, because BMCs pad records.
Result<Record> decodeRecord(ByteView bytes);

const RecordHeader &headerOf(const Record &record);
const std::vector<std::string> &problemsOf(const Record &record);

// The name a sensor is shown by when its record gives none that decodes: "Sensor 1Bh".
std::string fallbackSensorName(std::uint8_t sensorNumber);

// One sensor of a (possibly shared) compact or event-only record.
struct SharedSensor
{
    std::uint8_t sensorNumber = 0;
    Entity entity;
    std::string name;
};

// A shared record stands for shareCount sensors with consecutive numbers; each one's
// name is the ID string plus an instance modifier, numeric ("Temp 0", "Temp 1") or alpha
// ("A".."Z", then "AA", "AB"...; offset 26 is "AA" per the spec's example). An unshared
// record gives one sensor named by the ID string alone. With a stand-in ID string each
// sensor gets the stand-in of its own number.
std::vector<SharedSensor> expandShared(const CompactSensor &record);
std::vector<SharedSensor> expandShared(const EventOnlySensor &record);

// The value of a raw reading or threshold of a full sensor. For a non-linear sensor
// the caller passes the reading factors fetched for this reading; without them, nothing.
std::optional<double> sensorValue(const FullSensor &record, std::uint8_t raw,
                                  const std::optional<Factors> &readingFactors = {});

} // namespace ipmi::sdr
