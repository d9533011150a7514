// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpresets.h"

#include "ipmi/pef/pefcommands.h"

namespace ipmi::pef {

namespace {

// Severity bits of the filter (IPMI 2.0 table 30-2, byte 4).
constexpr std::uint8_t SeverityCritical = 0x10;
constexpr std::uint8_t SeverityNonRecoverable = 0x20;
constexpr std::uint8_t SensorTypeTemperature = 0x01;
constexpr std::uint8_t SensorTypePowerSupply = 0x08;
constexpr std::uint8_t TriggerThreshold = 0x01;
constexpr std::uint8_t TriggerSensorSpecific = 0x6f;
// Threshold offsets (IPMI 2.0 table 42-2): 2 lower critical going low, 4 lower
// non-recoverable going low, 9 upper critical going high, 11 upper non-recoverable going
// high. Power supply offset 1: failure detected.
constexpr std::uint16_t LowerCriticalGoingLow = 1u << 2;
constexpr std::uint16_t LowerNonRecoverableGoingLow = 1u << 4;
constexpr std::uint16_t UpperCriticalGoingHigh = 1u << 9;
constexpr std::uint16_t UpperNonRecoverableGoingHigh = 1u << 11;
constexpr std::uint16_t PowerSupplyFailure = 1u << 1;

} // namespace

const std::vector<FilterPreset> &filterPresets()
{
    static const std::vector<FilterPreset> presets{FilterPreset::AlertOnCritical, FilterPreset::AlertOnTemperature,
                                                   FilterPreset::AlertOnPowerSupplyFailure,
                                                   FilterPreset::PowerOffOnTemperature};
    return presets;
}

EventFilter presetFilter(FilterPreset preset, std::uint8_t number, std::uint8_t policySet)
{
    EventFilter filter;
    filter.number = number;
    filter.enabled = true;
    filter.actions = action::Alert;
    filter.policySet = policySet & 0x0f;
    switch (preset) {
    case FilterPreset::AlertOnCritical:
        // The severity is what the alert reports, not something matched: the offsets match.
        filter.severity = SeverityCritical;
        filter.eventTrigger = TriggerThreshold;
        filter.offsetMask = LowerCriticalGoingLow | LowerNonRecoverableGoingLow | UpperCriticalGoingHigh
                            | UpperNonRecoverableGoingHigh;
        break;
    case FilterPreset::AlertOnTemperature:
        filter.severity = SeverityCritical;
        filter.sensorType = SensorTypeTemperature;
        filter.eventTrigger = TriggerThreshold;
        filter.offsetMask = UpperCriticalGoingHigh | UpperNonRecoverableGoingHigh;
        break;
    case FilterPreset::AlertOnPowerSupplyFailure:
        filter.severity = SeverityCritical;
        filter.sensorType = SensorTypePowerSupply;
        filter.eventTrigger = TriggerSensorSpecific;
        filter.offsetMask = PowerSupplyFailure;
        break;
    case FilterPreset::PowerOffOnTemperature:
        filter.severity = SeverityNonRecoverable;
        filter.actions = action::Alert | action::PowerOff;
        filter.sensorType = SensorTypeTemperature;
        filter.eventTrigger = TriggerThreshold;
        filter.offsetMask = UpperNonRecoverableGoingHigh;
        break;
    }
    // Event data bytes are not compared: AND masks 0, compare values 0 (table 30-2).
    filter.eventDataMasks.fill(0);
    return filter;
}

std::uint8_t firstFreeFilter(const std::vector<EventFilter> &filters)
{
    for (const EventFilter &filter : filters)
        if (!filter.enabled && !filter.preConfigured)
            return filter.number;
    return 0;
}

} // namespace ipmi::pef
