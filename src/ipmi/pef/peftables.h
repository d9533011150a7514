// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

// The entries of the PEF event filter table (IPMI 2.0 table 30-2) and alert policy
// table (table 30-4), decoded from and encoded to their parameter data (which starts
// with the entry's set selector), and described as ipmitool's `pef filter list` and
// `pef policy list` describe them.
namespace ipmi::pef {

struct EventFilter
{
    std::uint8_t number = 0;          // set selector, 1..n
    bool enabled = false;
    bool preConfigured = false;       // manufacturer pre-configured (type 10b)
    std::uint8_t actions = 0;         // action:: bits
    std::uint8_t policySet = 0;       // alert policy number, 0..15
    std::uint8_t groupControlSelector = 0;
    std::uint8_t severity = 0;        // 01h monitor .. 20h non-recoverable
    std::uint8_t generatorAddress = 0xff; // FFh = any
    std::uint8_t generatorChannelLun = 0xff;
    std::uint8_t sensorType = 0xff;   // FFh = any
    std::uint8_t sensorNumber = 0xff; // FFh = any
    std::uint8_t eventTrigger = 0xff; // event/reading type; FFh = any
    std::uint16_t offsetMask = 0xffff;
    std::array<std::uint8_t, 9> eventDataMasks{}; // AND mask, compare 1, compare 2 of event data 1..3
};

// data: the parameter data of parameter 6 (selector, then 20 bytes).
Result<EventFilter> decodeEventFilter(ByteView data);
Bytes encodeEventFilter(const EventFilter &filter); // selector first, for Set

struct AlertPolicy
{
    std::uint8_t number = 0;      // set selector, 1..n
    std::uint8_t policySet = 0;   // bits 7:4
    bool enabled = false;         // bit 3
    std::uint8_t rule = 0;        // bits 2:0: 0 always, 1 next entry, 2 next set, 3 next channel, 4 next destination
    std::uint8_t channel = 0;
    std::uint8_t destination = 0; // LAN alert destination selector
    bool eventSpecificAlertString = false;
    std::uint8_t alertStringKey = 0;
};

// data: the parameter data of parameter 9 (selector, then 3 bytes).
Result<AlertPolicy> decodeAlertPolicy(ByteView data);
Bytes encodeAlertPolicy(const AlertPolicy &policy);

// ipmitool's words for the filter's columns.
std::string filterStatusText(const EventFilter &filter);   // "enabled, configurable"
std::string_view severityText(std::uint8_t severity);      // the most severe bit: "Critical", "None"
std::string_view eventClassText(std::uint8_t eventTrigger); // "Threshold", "Discrete", "OEM"
// "Any", "Sensor-specific", "OEM", "Unspecified", or "(0x01/0x0005),<LNC,<LC": the
// trigger and offset mask with the name of each offset.
std::string eventTriggersText(const EventFilter &filter);
std::string_view policyRuleText(std::uint8_t rule);         // "Match-always", ...

} // namespace ipmi::pef
