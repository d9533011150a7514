// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/exporternames.h"

#include <array>
#include <cmath>
#include <limits>

namespace {

// IPMI 2.0 table 43-15 unit codes the exporter gives families of their own.
namespace unit {
constexpr std::uint8_t DegreesC = 1;
constexpr std::uint8_t Volts = 4;
constexpr std::uint8_t Amps = 5;
constexpr std::uint8_t Watts = 6;
constexpr std::uint8_t Rpm = 18;
} // namespace unit

constexpr std::uint8_t FanSensorType = 0x04;

ExporterNames::SensorFamily typed(const char *name, const char *help, const char *stateName, const char *what,
                                  double scale = 1.0)
{
    return {name, help, stateName,
            QByteArray("Reported state of a ") + what + " sensor (0=nominal, 1=warning, 2=critical).", false, scale};
}

// FreeIPMI's spelling (ipmi-sensor-types), which the exporter passes on as the label.
constexpr std::array<const char *, 0x2D> TypeNames = {
    "Reserved", "Temperature", "Voltage", "Current", "Fan", "Physical Security",
    "Platform Security Violation Attempt", "Processor", "Power Supply", "Power Unit", "Cooling Device",
    "Other Units Based Sensor", "Memory", "Drive Slot", "POST Memory Resize", "System Firmware Progress",
    "Event Logging Disabled", "Watchdog 1", "System Event", "Critical Interrupt", "Button/Switch",
    "Module/Board", "Microcontroller/Coprocessor", "Add In Card", "Chassis", "Chip Set", "Other FRU",
    "Cable/Interconnect", "Terminator", "System Boot Initiated", "Boot Error", "OS Boot", "OS Critical Stop",
    "Slot/Connector", "System ACPI Power State", "Watchdog 2", "Platform Alert", "Entity Presence",
    "Monitor ASIC/IC", "LAN", "Management Subsystem Health", "Battery", "Session Audit", "Version Change",
    "FRU State"};

} // namespace

ExporterNames::SensorFamily ExporterNames::familyOf(const ipmi::sensor::SensorView &sensor)
{
    if (sensor.units && sensor.units->modifierUse == 0 && sensor.units->rateUnit == 0) {
        const ipmi::sdr::SensorUnits &units = *sensor.units;
        if (units.percentage) {
            if (sensor.sensorType == FanSensorType)
                return {"ipmi_fan_speed_ratio", "Fan speed as a proportion of the maximum speed.",
                        "ipmi_fan_speed_state",
                        "Reported state of a fan speed sensor (0=nominal, 1=warning, 2=critical).", false, 0.01};
        } else {
            switch (units.baseUnit) {
            case unit::DegreesC:
                return typed("ipmi_temperature_celsius", "Temperature reading in degree Celsius.",
                             "ipmi_temperature_state", "temperature");
            case unit::Rpm:
                return typed("ipmi_fan_speed_rpm", "Fan speed in rotations per minute.", "ipmi_fan_speed_state",
                             "fan speed");
            case unit::Volts:
                return typed("ipmi_voltage_volts", "Voltage reading in Volts.", "ipmi_voltage_state", "voltage");
            case unit::Amps:
                return typed("ipmi_current_amperes", "Current reading in Amperes.", "ipmi_current_state", "current");
            case unit::Watts:
                return typed("ipmi_power_watts", "Power reading in Watts.", "ipmi_power_state", "power");
            default:
                break;
            }
        }
    }
    return {"ipmi_sensor_value", "Generic data read from an IPMI sensor of unknown type, relying on labels for context.",
            "ipmi_sensor_state",
            "Indicates the severity of the state reported by an IPMI sensor (0=nominal, 1=warning, 2=critical).", true,
            1.0};
}

double ExporterNames::valueOf(const ipmi::sensor::SensorView &sensor)
{
    if (!sensor.reading || sensor.unavailable)
        return std::numeric_limits<double>::quiet_NaN();
    // The conversion formula (M * raw + B * 10^k1) * 10^k2 in binary floating point
    // leaves noise in the last digits (3.3120000000000003); no sensor resolves 12
    // significant digits, so rounding there gives the reading as the BMC meant it.
    const double value = *sensor.reading * familyOf(sensor).scale;
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::pow(10.0, 11 - int(std::floor(std::log10(std::fabs(value)))));
    return std::round(value * magnitude) / magnitude;
}

double ExporterNames::stateOf(const ipmi::sensor::SensorView &sensor)
{
    using Health = ipmi::sensor::SensorView::Health;
    switch (sensor.health) {
    case Health::Ok:
        return 0;
    case Health::NonCritical:
        return 1;
    case Health::Critical:
    case Health::NonRecoverable:
        return 2;
    case Health::Unknown:
        break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QByteArray ExporterNames::sensorTypeName(std::uint8_t sensorType)
{
    if (sensorType < TypeNames.size())
        return TypeNames[sensorType];
    if (sensorType >= 0xC0)
        return "OEM Reserved";
    return "Unrecognized";
}
