// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Words for sensor types and event/reading states (IPMI 2.0 tables 42-1, 42-2, 42-3),
// shared by the sensor list (asserted discrete states) and the SEL (event text).
// Where ipmitool words a state, its wording is kept so that our output and its output
// compare line by line; states ipmitool lacks use the spec's words.
namespace ipmi::sensor {

namespace eventreading {
inline constexpr std::uint8_t Unspecified = 0x00;
inline constexpr std::uint8_t Threshold = 0x01;
inline constexpr std::uint8_t GenericFirst = 0x02;
inline constexpr std::uint8_t GenericLast = 0x0C;
inline constexpr std::uint8_t SensorSpecific = 0x6F;
inline constexpr std::uint8_t OemFirst = 0x70;
inline constexpr std::uint8_t OemLast = 0x7F;
} // namespace eventreading

// Table 42-3 names as ipmitool spells them ("Temperature", "Drive Slot / Bay");
// "OEM reserved" for C0h-FFh, "Unknown" for codes the spec reserves.
std::string_view sensorTypeName(std::uint8_t sensorType);

// The words for one state offset: threshold (01h) offsets 0-11, the generic tables
// (02h-0Ch) and the sensor-specific table (6Fh, by sensor type). Empty for a reserved
// or unknown offset and for OEM reading types (70h-7Fh).
std::string_view eventStateText(std::uint8_t sensorType, std::uint8_t eventReadingType,
                                std::uint8_t offset);

// "Threshold", "Generic Discrete", "Sensor-specific Discrete", "OEM", "Unspecified",
// or "Reserved", as ipmitool names the event/reading type classes.
std::string_view eventReadingTypeName(std::uint8_t eventReadingType);

// The texts of the states whose bit (0-14) is set, in bit order; bits without words
// are left out. Bit 15 is reserved in every state mask and ignored.
std::vector<std::string_view> assertedStateTexts(std::uint8_t sensorType, std::uint8_t eventReadingType,
                                                 std::uint16_t stateBits);

// What the spec says sensor-specific event data 2 and 3 mean for this sensor type and
// offset ("Memory initialization", "user 3, channel 1"), or empty where the spec
// defines nothing or the data bytes are not flagged as specified in data 1.
std::string eventDataDetail(std::uint8_t sensorType, std::uint8_t offset, std::uint8_t data2,
                            std::uint8_t data3, std::uint8_t data1);

} // namespace ipmi::sensor
