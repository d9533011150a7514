// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/sdr/conversion.h"
#include "ipmi/sdr/records.h"
#include "ipmi/session/lansession.h"

#include <cstdint>
#include <optional>

// Sensor device commands (IPMI 2.0 chapter 35, NetFn Sensor/Event). Requests take the
// sensor's LUN from its SDR (Request::lun); the sensor number is the data.
namespace ipmi::sensor {

// Get Sensor Reading (S/E 2Dh).
struct SensorReading
{
    std::uint8_t raw = 0;               // byte 1: the reading, meaningful for analog sensors
    bool eventMessagesEnabled = false;  // byte 2 bit 7
    bool scanningEnabled = false;       // byte 2 bit 6 (0 = scanning disabled)
    bool unavailable = false;           // byte 2 bit 5: reading/state unavailable
    // Bytes 3-4 as state bits 0-14 (byte 3 is bits 0-7), kept as sent: bit 15 is
    // reserved (some BMCs set it) and callers ignore it. Nothing if the BMC sent
    // neither byte; a missing byte 4 reads as zero bits.
    std::optional<std::uint16_t> states;

    // For threshold sensors: byte 3 bits 5:0, at or beyond each threshold, in the
    // bit order of sdr::thresholdbit (LNC, LC, LNR, UNC, UC, UNR).
    std::uint8_t thresholdComparison() const { return states ? (*states & 0x3F) : 0; }
};

Request getSensorReadingRequest(std::uint8_t sensorNumber, std::uint8_t lun = 0);
Result<SensorReading> parseSensorReading(const Response &response);

// Whether an error means "this sensor has no reading now" (not present, not in this
// state, destination unavailable...) rather than a failed conversation.
bool isSensorUnavailable(const Error &error);

// Get Sensor Reading Factors (S/E 23h), for non-linear sensors: the factors valid for
// one raw reading.
struct ReadingFactors
{
    std::uint8_t nextReading = 0; // byte 2: the next raw reading with different factors
    sdr::Factors factors;
};

Request getSensorReadingFactorsRequest(std::uint8_t sensorNumber, std::uint8_t reading,
                                       std::uint8_t lun = 0);
Result<ReadingFactors> parseSensorReadingFactors(const Response &response);

// Get Sensor Thresholds (S/E 27h): the readable mask (sdr::thresholdbit) and the raw
// thresholds; bytes for thresholds outside the mask mean nothing.
struct ThresholdReading
{
    std::uint8_t readable = 0;
    sdr::Thresholds raw;
};

Request getSensorThresholdsRequest(std::uint8_t sensorNumber, std::uint8_t lun = 0);
Result<ThresholdReading> parseSensorThresholds(const Response &response);

// Set Sensor Thresholds (S/E 26h): sets the thresholds in `mask` (sdr::thresholdbit)
// to the raw values in `values`; the others are sent as zero and not touched.
Request setSensorThresholdsRequest(std::uint8_t sensorNumber, std::uint8_t mask,
                                   const sdr::Thresholds &values, std::uint8_t lun = 0);
Result<void> parseSetSensorThresholds(const Response &response);

// Get/Set Sensor Hysteresis (S/E 25h / 24h), raw counts.
struct Hysteresis
{
    std::uint8_t positiveGoing = 0;
    std::uint8_t negativeGoing = 0;
};

Request getSensorHysteresisRequest(std::uint8_t sensorNumber, std::uint8_t lun = 0);
Result<Hysteresis> parseSensorHysteresis(const Response &response);
Request setSensorHysteresisRequest(std::uint8_t sensorNumber, const Hysteresis &hysteresis,
                                   std::uint8_t lun = 0);
Result<void> parseSetSensorHysteresis(const Response &response);

} // namespace ipmi::sensor
