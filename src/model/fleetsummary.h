// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/selmonitor.h"

#include "ipmi/cmd/chassis.h"
#include "ipmi/sensor/sensorview.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

// The one-line results of the fleet's read-only actions, as the results grid shows
// them per host: power state, a sensor sweep and the SEL, each summed up in words.
class FleetSummary
{
    Q_DECLARE_TR_FUNCTIONS(FleetSummary)

public:
    // "Power is on." plus any fault the BMC reports: "Power is off; main power fault."
    static QString power(const ipmi::cmd::ChassisStatus &status);
    // "52 sensors: 49 ok, 2 warning, 1 critical (CPU1 Temp, PSU2, Fan 3)"; sensors without
    // a state (not readable, no thresholds) are counted in the total only.
    static QString sensors(const std::vector<ipmi::sensor::SensorView> &sensors);
    // "120 entries: 3 critical, 14 warning; latest 2026-12-06T21:02:11+00:00 (PSU1: ...)",
    // the latest being the newest entry with a time.
    static QString sel(const std::vector<SelMonitor::Event> &events);

    static constexpr int NamedSensors = 3; // the non-ok sensors named in the summary
};
