// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/sel/selrecord.h"

// How grave a system event is, from its event/reading type, sensor type and offset:
// threshold crossings by their level, the generic severity and redundancy tables, and
// the sensor-specific offsets of table 42-3 that mean a failure or a degradation.
// Deassertions (the condition ended) are informational.
namespace ipmi::sel {

enum class EventSeverity { Info, Warning, Critical };

EventSeverity eventSeverity(const SystemEvent &event);

} // namespace ipmi::sel
