// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/sdr/records.h"
#include "ipmi/sensor/sensorview.h"

#include <string>
#include <vector>

class CommandRegistry;

// sensor [list], sensor get <name>..., sensor thresh <name> ... (ipmitool's syntax).
void registerSensorCommands(CommandRegistry &registry);

// A read sensor with the record it came from (the text needs the record's units).
struct SensorLine
{
    ipmi::sensor::SensorView view;
    ipmi::sdr::Record record;
};

// The outputs, from decoded values (exposed for the format tests).
CommandOutput sensorListOutput(const std::vector<SensorLine> &lines);
CommandOutput sensorGetOutput(const std::vector<SensorLine> &lines);

// The unit as ipmitool prints it in `sensor list` ("degrees C", "% RPM", "Watts/hour").
std::string ipmitoolUnitText(const ipmi::sdr::SensorUnits &units);
