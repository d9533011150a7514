// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorview.h"

#include "eventtext.h"

#include "ipmi/sdr/units.h"

#include <algorithm>
#include <array>
#include <variant>

namespace ipmi::sensor {

namespace {

using Health = SensorView::Health;
namespace bit = sdr::thresholdbit;

// Discrete states that plainly mean something is wrong. Deliberately short: a state
// not listed leaves the sensor "ok", as ipmitool shows every readable discrete sensor;
// guessing severities for the rest would be dishonest.
struct FailureState
{
    std::uint8_t readingType;
    std::uint8_t sensorType; // for 6Fh only; 0 for the generic types
    std::uint8_t offset;
    Health health;
};

constexpr std::array<FailureState, 32> failureStates = {{
    {0x04, 0, 1, Health::NonCritical},    // Predictive Failure Asserted
    {0x05, 0, 1, Health::NonCritical},    // Limit Exceeded
    {0x07, 0, 1, Health::NonCritical},    // severity: to Non-critical from OK
    {0x07, 0, 2, Health::Critical},       // to Critical from less severe
    {0x07, 0, 3, Health::NonRecoverable}, // to Non-recoverable from less severe
    {0x07, 0, 4, Health::NonCritical},    // to Non-critical from more severe
    {0x07, 0, 5, Health::Critical},       // to Critical from Non-recoverable
    {0x07, 0, 6, Health::NonRecoverable}, // to Non-recoverable
    {0x0B, 0, 1, Health::Critical},       // Redundancy Lost
    {0x0B, 0, 2, Health::NonCritical},    // Redundancy Degraded
    {0x0B, 0, 5, Health::Critical},       // Non-Redundant: Insufficient Resources
    {0x6F, 0x07, 0, Health::Critical},    // Processor IERR
    {0x6F, 0x07, 1, Health::Critical},    // Processor Thermal Trip
    {0x6F, 0x07, 2, Health::Critical},    // FRB1/BIST failure
    {0x6F, 0x07, 3, Health::Critical},    // FRB2
    {0x6F, 0x07, 4, Health::Critical},    // FRB3
    {0x6F, 0x07, 6, Health::Critical},    // uncorrectable CPU-complex error
    {0x6F, 0x07, 0x0B, Health::Critical}, // uncorrectable machine check
    {0x6F, 0x08, 1, Health::Critical},    // Power supply failure detected
    {0x6F, 0x08, 2, Health::NonCritical}, // Power supply predictive failure
    {0x6F, 0x08, 3, Health::Critical},    // Power supply input lost
    {0x6F, 0x08, 4, Health::Critical},    // input lost or out of range
    {0x6F, 0x08, 6, Health::Critical},    // configuration error
    {0x6F, 0x09, 6, Health::Critical},    // Power unit failure detected
    {0x6F, 0x0C, 1, Health::Critical},    // Uncorrectable ECC
    {0x6F, 0x0C, 0x0A, Health::Critical}, // memory critical overtemperature
    {0x6F, 0x0D, 1, Health::Critical},    // Drive Fault
    {0x6F, 0x0D, 2, Health::NonCritical}, // drive predictive failure
    {0x6F, 0x0D, 6, Health::Critical},    // In Failed Array
    {0x6F, 0x28, 4, Health::Critical},    // management subsystem: sensor failure
    {0x6F, 0x29, 0, Health::NonCritical}, // Battery low
    {0x6F, 0x29, 1, Health::Critical},    // Battery failed
}};

Health worse(Health a, Health b)
{
    return int(a) >= int(b) ? a : b;
}

Health discreteHealth(std::uint8_t sensorType, std::uint8_t readingType, std::uint16_t states)
{
    Health health = Health::Ok;
    for (const auto &failure : failureStates) {
        if (failure.readingType != readingType)
            continue;
        if (readingType == eventreading::SensorSpecific && failure.sensorType != sensorType)
            continue;
        if (states & (1u << failure.offset))
            health = worse(health, failure.health);
    }
    return health;
}

// The worst threshold reached, from Get Sensor Reading byte 3; with its words as
// ipmitool's `sensor get` prints them.
struct ThresholdStatus
{
    Health health;
    std::string_view words;
};

ThresholdStatus thresholdStatus(std::uint8_t comparison)
{
    // ipmitool's precedence: the more severe first, lower before upper.
    if (comparison & bit::LowerNonRecoverable)
        return {Health::NonRecoverable, "Lower Non-Recoverable"};
    if (comparison & bit::UpperNonRecoverable)
        return {Health::NonRecoverable, "Upper Non-Recoverable"};
    if (comparison & bit::LowerCritical)
        return {Health::Critical, "Lower Critical"};
    if (comparison & bit::UpperCritical)
        return {Health::Critical, "Upper Critical"};
    if (comparison & bit::LowerNonCritical)
        return {Health::NonCritical, "Lower Non-Critical"};
    if (comparison & bit::UpperNonCritical)
        return {Health::NonCritical, "Upper Non-Critical"};
    return {Health::Ok, "ok"};
}

const sdr::MaskedSensor *maskedOf(const sdr::Record &record)
{
    if (const auto *full = std::get_if<sdr::FullSensor>(&record))
        return full;
    return std::get_if<sdr::CompactSensor>(&record);
}

// Threshold values of a full record, from the record itself or from the BMC.
SensorView::Thresholds convertThresholds(const sdr::FullSensor &record, std::uint8_t readable,
                                         const sdr::Thresholds &raw,
                                         const std::optional<sdr::Factors> &nonLinearFactors)
{
    auto value = [&](std::uint8_t mask, std::uint8_t rawValue) -> std::optional<double> {
        if (!(readable & mask))
            return std::nullopt;
        return sdr::sensorValue(record, rawValue, nonLinearFactors);
    };
    SensorView::Thresholds thresholds;
    thresholds.lnr = value(bit::LowerNonRecoverable, raw.lowerNonRecoverable);
    thresholds.lc = value(bit::LowerCritical, raw.lowerCritical);
    thresholds.lnc = value(bit::LowerNonCritical, raw.lowerNonCritical);
    thresholds.unc = value(bit::UpperNonCritical, raw.upperNonCritical);
    thresholds.uc = value(bit::UpperCritical, raw.upperCritical);
    thresholds.unr = value(bit::UpperNonRecoverable, raw.upperNonRecoverable);
    return thresholds;
}

void markUnavailable(SensorView &view, std::string note)
{
    view.unavailable = true;
    view.health = Health::Unknown;
    view.status = healthStatus(Health::Unknown);
    view.statusText = "Not Available";
    view.note = std::move(note);
}

} // namespace

std::string_view healthStatus(Health health)
{
    switch (health) {
    case Health::Ok: return "ok";
    case Health::NonCritical: return "nc";
    case Health::Critical: return "cr";
    case Health::NonRecoverable: return "nr";
    case Health::Unknown: break;
    }
    return "ns";
}

const sdr::SensorCommon *sensorCommonOf(const sdr::Record &record)
{
    if (const auto *masked = maskedOf(record))
        return masked;
    return std::get_if<sdr::EventOnlySensor>(&record);
}

std::vector<SensorDescriptor> sensorsOf(const std::vector<sdr::Record> &records)
{
    std::vector<SensorDescriptor> sensors;
    for (std::size_t index = 0; index < records.size(); ++index) {
        const auto &record = records[index];
        auto addShared = [&](const auto &shared) {
            for (auto &sensor : sdr::expandShared(shared))
                sensors.push_back({index, sensor.sensorNumber, std::move(sensor.name), sensor.entity});
        };
        if (const auto *full = std::get_if<sdr::FullSensor>(&record))
            sensors.push_back({index, full->sensorNumber, full->id.text, full->entity});
        else if (const auto *compact = std::get_if<sdr::CompactSensor>(&record))
            addShared(*compact);
        else if (const auto *eventOnly = std::get_if<sdr::EventOnlySensor>(&record))
            addShared(*eventOnly);
    }
    return sensors;
}

SensorView describe(const SensorDescriptor &descriptor, const sdr::Record &record,
                    const Result<SensorReading> &reading,
                    const std::optional<sdr::Factors> &nonLinearFactors,
                    const std::optional<ThresholdReading> &thresholdsFromBmc)
{
    SensorView view;
    view.name = descriptor.name;
    view.recordId = sdr::headerOf(record).recordId;
    view.number = descriptor.number;
    view.entity = descriptor.entity;
    const sdr::SensorCommon *common = sensorCommonOf(record);
    if (!common) {
        markUnavailable(view, "The record describes no sensor.");
        return view;
    }
    view.ownerId = common->owner.id;
    view.ownerLun = common->owner.lun;
    view.channel = common->owner.channel;
    view.sensorType = common->sensorType;
    view.eventReadingType = common->eventReadingType;

    const bool threshold = common->eventReadingType == eventreading::Threshold;
    // A record cut short has no trustworthy units or factors: only the raw reading shows.
    const auto *full = common->cutShort ? nullptr : std::get_if<sdr::FullSensor>(&record);
    view.analog = full && threshold && full->units.format != sdr::AnalogFormat::None;
    if (const auto *masked = maskedOf(record); masked && threshold && !common->cutShort) {
        view.unit = sdr::unitDisplay(masked->units.raw, masked->units.baseUnit, masked->units.modifierUnit);
        view.units = masked->units;
    }

    // Thresholds are known from the record (or the BMC) even when the reading fails.
    if (full && threshold) {
        if (thresholdsFromBmc)
            view.thresholds = convertThresholds(*full, thresholdsFromBmc->readable, thresholdsFromBmc->raw,
                                                nonLinearFactors);
        else
            view.thresholds = convertThresholds(*full, full->readableThresholds(), full->thresholds,
                                                nonLinearFactors);
    }

    if (!reading.ok()) {
        markUnavailable(view, reading.error().message);
        return view;
    }
    view.eventMessagesDisabled = !reading->eventMessagesEnabled;
    view.scanningDisabled = !reading->scanningEnabled;
    view.stateBits = reading->states;
    if (reading->unavailable) {
        markUnavailable(view, "The BMC reports the reading as unavailable.");
        return view;
    }
    if (view.scanningDisabled) {
        markUnavailable(view, "The BMC does not scan this sensor (scanning disabled).");
        return view;
    }

    view.raw = reading->raw;
    if (threshold) {
        if (view.analog) {
            view.reading = sdr::sensorValue(*full, reading->raw, nonLinearFactors);
            if (!view.reading)
                view.note = sdr::isNonLinear(full->linearization) && !nonLinearFactors
                                ? "The sensor is non-linear and its reading factors are missing."
                                : "The raw reading does not convert to a value.";
        } else {
            view.note = common->cutShort ? "The BMC's record of this sensor is cut short: its reading is shown raw."
                                         : "The record gives no conversion for the reading.";
        }
        const auto status = thresholdStatus(reading->thresholdComparison());
        view.health = status.health;
        view.status = healthStatus(status.health);
        view.statusText = status.words;
        return view;
    }

    const std::uint16_t states = reading->states.value_or(0);
    for (auto text : assertedStateTexts(view.sensorType, view.eventReadingType, states))
        view.states.emplace_back(text);
    view.health = discreteHealth(view.sensorType, view.eventReadingType, states);
    if (common->cutShort) {
        view.note = "The BMC's record of this sensor is cut short: its states may be incomplete.";
        if (view.eventReadingType == 0) // the byte that says how to read the states is missing
            view.health = Health::Unknown;
    }
    view.status = healthStatus(view.health);
    static constexpr std::string_view words[] = {"ok", "Non-Critical", "Critical", "Non-Recoverable", "Unknown"};
    view.statusText = words[int(view.health)];
    return view;
}

} // namespace ipmi::sensor
