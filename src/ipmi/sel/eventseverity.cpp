// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventseverity.h"

#include <cstdint>

namespace ipmi::sel {

namespace {

constexpr std::uint16_t bit(int offset)
{
    return std::uint16_t(1u << offset);
}

// Sensor-specific offsets (table 42-3) by sensor type: which mean a failure, which a
// degradation. Types not listed are informational.
struct SpecificRule
{
    std::uint8_t sensorType;
    std::uint16_t critical;
    std::uint16_t warning;
};

constexpr SpecificRule SpecificRules[] = {
    {0x05, 0, 0x007F},                                             // physical security: intrusion, ...
    {0x06, 0, 0x003F},                                             // platform security violation
    {0x07, bit(0) | bit(1) | bit(2) | bit(3) | bit(4) | bit(5) | bit(6) | bit(11),
     bit(8) | bit(10) | bit(12)},                                  // processor: IERR, thermal trip, FRB, MCE
    {0x08, bit(1) | bit(3) | bit(4) | bit(6), bit(2) | bit(5)},     // power supply: failure, input lost
    {0x09, bit(4) | bit(5) | bit(6), bit(7)},                      // power unit: AC lost, failure
    {0x0C, bit(1) | bit(2) | bit(3) | bit(7) | bit(10),
     bit(0) | bit(4) | bit(5) | bit(9)},                           // memory: uncorrectable ECC, parity
    {0x0D, bit(1) | bit(5) | bit(6) | bit(8), bit(2) | bit(7)},     // drive slot: fault, failed array
    {0x0F, bit(0) | bit(1), 0},                                    // firmware progress: error, hang
    {0x10, bit(4), bit(0) | bit(3) | bit(5) | bit(6)},             // event logging: SEL full
    {0x11, 0, 0x00FF},                                             // watchdog 1
    {0x12, bit(2), 0},                                             // system event: undetermined hw failure
    {0x13, bit(1) | bit(2) | bit(4) | bit(5) | bit(6) | bit(8) | bit(9) | bit(10),
     bit(0) | bit(3) | bit(7) | bit(11)},                          // critical interrupt: PERR, SERR, bus fatal
    {0x19, bit(0) | bit(1), 0},                                    // chip set: thermal trip
    {0x1B, 0, bit(1)},                                             // cable: configuration error
    {0x1E, 0, 0x001F},                                             // boot error
    {0x20, bit(0) | bit(1), bit(5)},                               // OS stop: critical stop
    {0x21, bit(0), 0},                                             // slot/connector: fault
    {0x23, 0, bit(0) | bit(1) | bit(2) | bit(3)},                  // watchdog 2 actions
    {0x25, 0, bit(2)},                                             // entity disabled
    {0x28, bit(2) | bit(3) | bit(4) | bit(5), bit(0) | bit(1)},     // management health: BMC offline
    {0x29, bit(1), bit(0)},                                        // battery: failed, low
    {0x2B, 0, bit(2) | bit(3) | bit(4) | bit(5)},                  // version incompatibilities
};

EventSeverity fromMasks(std::uint8_t offset, std::uint16_t critical, std::uint16_t warning)
{
    if (critical & bit(offset))
        return EventSeverity::Critical;
    if (warning & bit(offset))
        return EventSeverity::Warning;
    return EventSeverity::Info;
}

} // namespace

EventSeverity eventSeverity(const SystemEvent &event)
{
    if (event.deassertion)
        return EventSeverity::Info;
    const std::uint8_t offset = event.offset();
    const std::uint8_t type = event.eventReadingType;
    if (event.threshold()) // 0/1 and 6/7 non-critical; 2-5 and 8-11 critical or non-recoverable
        return fromMasks(offset, 0x0F3C, 0x00C3);
    switch (type) {
    case 0x04: // predictive failure
    case 0x05: // limit exceeded
    case 0x06: // performance lags
        return offset == 1 ? EventSeverity::Warning : EventSeverity::Info;
    case 0x07: // transition to OK / non-critical / critical / non-recoverable ...
        return fromMasks(offset, bit(2) | bit(3) | bit(5) | bit(6), bit(1) | bit(4));
    case 0x0A: // device degraded, install error
        return fromMasks(offset, 0, bit(6) | bit(8));
    case 0x0B: // redundancy
        return fromMasks(offset, bit(5), bit(1) | bit(2) | bit(3) | bit(4) | bit(6) | bit(7));
    case 0x6F:
        for (const SpecificRule &rule : SpecificRules) {
            if (rule.sensorType == event.sensorType)
                return fromMasks(offset, rule.critical, rule.warning);
        }
        return EventSeverity::Info;
    default:
        return EventSeverity::Info;
    }
}

} // namespace ipmi::sel
