// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/pef/peftables.h"

#include <cstdint>
#include <vector>

// Event filters an administrator commonly wants, ready to be written into a free
// (disabled, configurable) entry of the event filter table.
namespace ipmi::pef {

enum class FilterPreset
{
    AlertOnCritical,          // any sensor crossing a critical or non-recoverable threshold: alert
    AlertOnTemperature,       // temperature going above upper critical or non-recoverable: alert
    AlertOnPowerSupplyFailure, // power supply failure detected: alert
    PowerOffOnTemperature,    // temperature going above upper non-recoverable: alert, power off
};

const std::vector<FilterPreset> &filterPresets();
// The filter for entry `number`, alerting through alert policy set `policySet`.
EventFilter presetFilter(FilterPreset preset, std::uint8_t number, std::uint8_t policySet = 1);
// The first entry that is disabled and not pre-configured by the manufacturer; 0 if none.
std::uint8_t firstFreeFilter(const std::vector<EventFilter> &filters);

} // namespace ipmi::pef
