// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/sensor/sensorview.h"

#include <QByteArray>

#include <cstdint>

// The ipmi_exporter's metric names, help texts and classification of sensors, so that
// dashboards and alerts written for it keep working on bmcpilotd's output.
//
// A sensor is classified by its unit as FreeIPMI's ipmimonitoring prints it: degrees C
// (temperature), RPM (fan speed), Volts, Amps, Watts, and percent on a fan sensor (fan
// speed ratio, value / 100); everything else, discrete sensors included, is a generic
// sensor with a "type" label in FreeIPMI's words ("Power Supply", "Drive Slot").
// A unit with a modifier or a rate ("Watts per hour") is not the plain unit and stays
// generic, as FreeIPMI's abbreviation would not match either.
class ExporterNames
{
public:
    struct SensorFamily
    {
        QByteArray valueName; // "ipmi_temperature_celsius"
        QByteArray valueHelp;
        QByteArray stateName; // "ipmi_temperature_state"
        QByteArray stateHelp;
        bool withType = false; // the generic families carry the "type" label
        double scale = 1.0;
    };

    static SensorFamily familyOf(const ipmi::sensor::SensorView &sensor);
    // The sensor's value in the family's unit, to 12 significant digits; NaN when it has
    // none (discrete sensors, failed readings).
    static double valueOf(const ipmi::sensor::SensorView &sensor);
    // 0 nominal, 1 warning, 2 critical, NaN when unknown.
    static double stateOf(const ipmi::sensor::SensorView &sensor);
    // FreeIPMI's name of a sensor type code (IPMI 2.0 table 42-3).
    static QByteArray sensorTypeName(std::uint8_t sensorType);

    // The families outside the sensors, with their help texts.
    static constexpr const char *Up = "ipmi_up";
    static constexpr const char *UpHelp = "'1' if a scrape of the IPMI device was successful, '0' otherwise.";
    static constexpr const char *ScrapeDuration = "ipmi_scrape_duration_seconds";
    static constexpr const char *ScrapeDurationHelp = "Returns how long the scrape took to complete in seconds.";
    static constexpr const char *BmcInfo = "ipmi_bmc_info";
    static constexpr const char *BmcInfoHelp = "Constant metric with value '1' providing details about the BMC.";
    static constexpr const char *PowerState = "ipmi_chassis_power_state";
    static constexpr const char *PowerStateHelp = "Current power state (1=on, 0=off).";
    static constexpr const char *DriveFault = "ipmi_chassis_drive_fault_state";
    static constexpr const char *DriveFaultHelp = "Current drive fault state (1=false, 0=true).";
    static constexpr const char *CoolingFault = "ipmi_chassis_cooling_fault_state";
    static constexpr const char *CoolingFaultHelp = "Current Cooling/fan fault state (1=false, 0=true).";
    static constexpr const char *SelCount = "ipmi_sel_logs_count";
    static constexpr const char *SelCountHelp = "Current number of log entries in the SEL.";
    static constexpr const char *SelFree = "ipmi_sel_free_space_bytes";
    static constexpr const char *SelFreeHelp = "Current free space remaining for new SEL entries.";
};
