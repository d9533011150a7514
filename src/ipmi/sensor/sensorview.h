// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/error.h"
#include "ipmi/sdr/records.h"
#include "ipmi/sensor/sensorcommands.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A sensor as a person reads it: its SDR record and one reading, decoded into value,
// unit, health and state words. Pure: the reading comes from whoever asked the BMC.
namespace ipmi::sensor {

struct SensorView
{
    std::string name;
    std::uint16_t recordId = 0; // of the SDR record describing the sensor
    std::uint8_t number = 0;
    std::uint8_t ownerId = 0;  // 8-bit IPMB address or software ID
    std::uint8_t ownerLun = 0;
    std::uint8_t channel = 0;
    sdr::Entity entity;
    std::uint8_t sensorType = 0;
    std::uint8_t eventReadingType = 0;
    bool analog = false; // a full threshold record with an analog reading format
    std::optional<double> reading;
    std::optional<std::uint8_t> raw; // byte 1 of the reading, whenever there was one
    std::string unit;
    // The record's unit fields when unit is set (threshold sensors): for those who
    // classify sensors by unit rather than show the words.
    std::optional<sdr::SensorUnits> units;

    enum class Health
    {
        Ok,
        NonCritical,
        Critical,
        NonRecoverable,
        Unknown,
    } health = Health::Unknown;
    std::string status;     // as ipmitool's status column: "ok", "nc", "cr", "nr", "ns"
    std::string statusText; // in words: "ok", "Upper Critical", "Not Available"...

    // Only the thresholds that are readable and convertible.
    struct Thresholds
    {
        std::optional<double> lnr, lc, lnc, unc, uc, unr;
    } thresholds;

    std::vector<std::string> states;    // asserted discrete states as text
    std::optional<std::uint16_t> stateBits; // bytes 3-4 of the reading, as the BMC sent them

    bool scanningDisabled = false;
    bool eventMessagesDisabled = false;
    bool unavailable = false;
    std::string note; // why there is no reading or value
};

// One sensor in an SDR repository; a shared compact or event-only record gives one
// descriptor per sensor it stands for.
struct SensorDescriptor
{
    std::size_t recordIndex = 0; // into the records the descriptor was made from
    std::uint8_t number = 0;
    std::string name;
    sdr::Entity entity;
};

// The sensors of a repository, in record order; records that describe no sensor
// (locators, associations, OEM) are skipped.
std::vector<SensorDescriptor> sensorsOf(const std::vector<sdr::Record> &records);

// The fields every sensor record has; nothing for a record that describes no sensor.
const sdr::SensorCommon *sensorCommonOf(const sdr::Record &record);

// Combines a sensor's record with its reading. nonLinearFactors are the reading
// factors fetched for a non-linear full record; thresholdsFromBmc the answer to Get
// Sensor Thresholds, which then replaces the record's thresholds. A failed reading
// makes the view unavailable, with the error's sentence as the note.
SensorView describe(const SensorDescriptor &descriptor, const sdr::Record &record,
                    const Result<SensorReading> &reading,
                    const std::optional<sdr::Factors> &nonLinearFactors,
                    const std::optional<ThresholdReading> &thresholdsFromBmc);

// "ok", "nc", "cr", "nr", "ns".
std::string_view healthStatus(SensorView::Health health);

} // namespace ipmi::sensor
