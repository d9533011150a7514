// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/sdr/records.h"
#include "ipmi/sel/selrecord.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

// SEL records in words for display: sensor names through the SDR, event texts from
// ipmi/sensor/eventtext.h, threshold readings converted with the sensor's full record.
namespace ipmi::sel {

// The sensors of an SDR repository, found by where their events come from.
class SensorDirectory
{
public:
    SensorDirectory() = default;
    explicit SensorDirectory(const std::vector<sdr::Record> &records);

    struct Sensor
    {
        std::string name;
        std::optional<sdr::FullSensor> full; // for threshold conversions
    };

    // By owner (8-bit address or software ID with bit 0 clear), LUN and number; a
    // generator that is no sensor owner (some BMCs log with another address) falls back
    // to the only sensor with that number, if it is the only one.
    const Sensor *find(std::uint8_t ownerId, std::uint8_t lun, std::uint8_t sensorNumber) const;
    const Sensor *find(const SystemEvent &event) const;

private:
    void add(const sdr::SensorOwner &owner, std::uint8_t number, Sensor sensor);

    std::map<std::tuple<std::uint8_t, std::uint8_t, std::uint8_t>, Sensor> m_sensors;
    std::multimap<std::uint8_t, std::tuple<std::uint8_t, std::uint8_t, std::uint8_t>> m_byNumber;
};

struct EventDescription
{
    std::string sensorType;  // "Temperature"
    std::string sensorName;  // from the SDR; empty if unknown
    std::string event;       // "Upper Critical going high"; "Unknown event (offset 0Dh)" without words
    std::string direction;   // "Asserted" / "Deasserted"
    std::string detail;      // "Reading 92 > Threshold 90 degrees C", or event data 2/3 in words
};

EventDescription describeEvent(const SystemEvent &event, const SensorDirectory *directory = nullptr);

// "Reading 92 > Threshold 90 degrees C" for a threshold event whose data 1 says bytes 2
// and 3 hold the trigger reading and the threshold; empty otherwise or if the sensor
// has no full record. Going-low offsets assert below the threshold, going-high above;
// a deassertion is the other side.
std::string thresholdDetail(const SystemEvent &event, const sdr::FullSensor &sensor);

// ISO 8601 with an explicit offset ("2024-05-01T05:30:00+05:30", "…Z" never used, so
// the offset is always visible: "+00:00"). Pre-init time reads "pre-init +123s" and
// FFFFFFFFh "unspecified": neither is a date.
std::string isoTimestamp(Timestamp timestamp, std::int32_t utcOffsetSeconds);

// Calendar fields of an absolute timestamp shifted by the offset, for other layouts.
struct CivilTime
{
    int year = 1970;
    unsigned month = 1, day = 1, hour = 0, minute = 0, second = 0;
};
CivilTime civilTime(std::uint32_t secondsSince1970, std::int32_t utcOffsetSeconds);

// "OEM record c1 | 001291 | 4250f8160001" style raw text parts.
std::string oemTypeText(std::uint8_t recordType); // "OEM record c1"

} // namespace ipmi::sel
