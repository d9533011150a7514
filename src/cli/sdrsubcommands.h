// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "ipmi/sdr/records.h"
#include "ipmi/sdr/repository.h"
#include "ipmi/sensor/sensorview.h"

#include <QJsonObject>

#include <vector>

class CommandRegistry;

// sdr info, sdr list, sdr elist, sdr dump <file>.
void registerSdrCommands(CommandRegistry &registry);

// The outputs, from decoded values (exposed for tests).
CommandOutput sdrInfoOutput(const ipmi::sdr::SdrRepositoryInfo &info);
// ipmitool's `sdr list` (extended = false) or `sdr elist` (true) lines. records are the
// ones the sensors were read from: the text spells units as ipmitool does ("degrees C",
// "Volts") from the records' unit bytes; the JSON keeps SensorView::unit.
CommandOutput sdrListOutput(const std::vector<ipmi::sensor::SensorView> &sensors, bool extended,
                            const std::vector<ipmi::sdr::Record> &records);
// The records `sdr list` shows without a type argument: full and compact sensors.
std::vector<ipmi::sdr::Record> listedRecords(const std::vector<ipmi::sdr::Record> &records);
// One sensor as JSON: name, number, owner, type, reading (number or null), unit, status,
// thresholds (only those present among lnr, lc, lnc, unc, uc, unr), states.
QJsonObject sensorJson(const ipmi::sensor::SensorView &sensor);
