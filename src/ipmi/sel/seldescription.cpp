// SPDX-License-Identifier: GPL-3.0-or-later
#include "seldescription.h"

#include "ipmi/sdr/conversion.h"
#include "ipmi/sdr/units.h"
#include "ipmi/sensor/eventtext.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <type_traits>

namespace ipmi::sel {

namespace {

std::string formatValue(double value)
{
    // Whole values without decimals, others with two, as ipmitool's elist prints them
    // ("178", "2.67").
    char text[32];
    if (std::fabs(value - std::round(value)) < 1e-9)
        std::snprintf(text, sizeof text, "%.0f", std::round(value) + 0.0);
    else
        std::snprintf(text, sizeof text, "%.2f", value);
    return std::string(text) == "-0" ? "0" : text;
}

} // namespace

SensorDirectory::SensorDirectory(const std::vector<sdr::Record> &records)
{
    for (const sdr::Record &record : records) {
        std::visit(
            [this](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, sdr::FullSensor>) {
                    add(r.owner, r.sensorNumber, Sensor{r.id.text, r});
                } else if constexpr (std::is_same_v<T, sdr::CompactSensor> || std::is_same_v<T, sdr::EventOnlySensor>) {
                    for (const sdr::SharedSensor &shared : sdr::expandShared(r))
                        add(r.owner, shared.sensorNumber, Sensor{shared.name, std::nullopt});
                }
            },
            record);
    }
}

void SensorDirectory::add(const sdr::SensorOwner &owner, std::uint8_t number, Sensor sensor)
{
    const auto key = std::make_tuple(std::uint8_t(owner.id | (owner.softwareId ? 1 : 0)), owner.lun, number);
    if (m_sensors.emplace(key, std::move(sensor)).second)
        m_byNumber.emplace(number, key);
}

const SensorDirectory::Sensor *SensorDirectory::find(std::uint8_t ownerId, std::uint8_t lun,
                                                     std::uint8_t sensorNumber) const
{
    const auto found = m_sensors.find(std::make_tuple(ownerId, lun, sensorNumber));
    if (found != m_sensors.end())
        return &found->second;
    if (m_byNumber.count(sensorNumber) == 1)
        return &m_sensors.at(m_byNumber.find(sensorNumber)->second);
    return nullptr;
}

const SensorDirectory::Sensor *SensorDirectory::find(const SystemEvent &event) const
{
    return find(std::uint8_t(event.generator.raw & 0xFF), event.generator.lun, event.sensorNumber);
}

std::string thresholdDetail(const SystemEvent &event, const sdr::FullSensor &sensor)
{
    if (!event.threshold() || event.data2Use() != 1 || event.data3Use() != 1)
        return {};
    const auto reading = sdr::rawToValue(event.eventData[1], sensor.units.format, sensor.linearization, sensor.factors);
    const auto limit = sdr::rawToValue(event.eventData[2], sensor.units.format, sensor.linearization, sensor.factors);
    if (!reading || !limit)
        return {};
    const bool goingHigh = (event.offset() & 0x01) != 0;
    const bool above = goingHigh != event.deassertion;
    std::string text = "Reading " + formatValue(*reading) + (above ? " > " : " < ") + "Threshold " + formatValue(*limit);
    const std::string_view unit = sdr::unitName(sensor.units.baseUnit);
    if (!unit.empty() && unit != "unspecified")
        text += " " + std::string(unit);
    return text;
}

EventDescription describeEvent(const SystemEvent &event, const SensorDirectory *directory)
{
    EventDescription description;
    description.sensorType = std::string(sensor::sensorTypeName(event.sensorType));
    description.direction = event.deassertion ? "Deasserted" : "Asserted";
    const std::string_view state = sensor::eventStateText(event.sensorType, event.eventReadingType, event.offset());
    if (!state.empty()) {
        description.event = std::string(state);
    } else {
        char text[40];
        std::snprintf(text, sizeof text, "Unknown event (offset %02Xh)", unsigned(event.offset()));
        description.event = text;
    }
    const SensorDirectory::Sensor *found = directory ? directory->find(event) : nullptr;
    if (found)
        description.sensorName = found->name;
    if (event.threshold()) {
        if (found && found->full)
            description.detail = thresholdDetail(event, *found->full);
    } else if (event.eventReadingType == 0x6F) {
        description.detail = sensor::eventDataDetail(event.sensorType, event.offset(), event.eventData[1],
                                                     event.eventData[2], event.eventData[0]);
    }
    return description;
}

CivilTime civilTime(std::uint32_t secondsSince1970, std::int32_t utcOffsetSeconds)
{
    using namespace std::chrono;
    const sys_seconds moment{seconds{std::int64_t(secondsSince1970) + utcOffsetSeconds}};
    const sys_days day = floor<days>(moment);
    const year_month_day date{day};
    const hh_mm_ss<seconds> time{moment - day};
    return CivilTime{int(date.year()), unsigned(date.month()), unsigned(date.day()), unsigned(time.hours().count()),
                     unsigned(time.minutes().count()), unsigned(time.seconds().count())};
}

std::string isoTimestamp(Timestamp timestamp, std::int32_t utcOffsetSeconds)
{
    if (timestamp.unspecified())
        return "unspecified";
    if (timestamp.preInit())
        return "pre-init +" + std::to_string(timestamp.raw) + "s";
    const CivilTime t = civilTime(timestamp.raw, utcOffsetSeconds);
    const std::int32_t offsetMinutes = (utcOffsetSeconds < 0 ? -utcOffsetSeconds : utcOffsetSeconds) / 60;
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02u:%02u:%02u%c%02d:%02d", t.year, t.month, t.day, t.hour,
                  t.minute, t.second, utcOffsetSeconds < 0 ? '-' : '+', int(offsetMinutes / 60),
                  int(offsetMinutes % 60));
    return text;
}

std::string oemTypeText(std::uint8_t recordType)
{
    char text[20];
    std::snprintf(text, sizeof text, "OEM record %02x", unsigned(recordType));
    return text;
}

} // namespace ipmi::sel
