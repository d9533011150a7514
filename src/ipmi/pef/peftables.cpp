// SPDX-License-Identifier: GPL-3.0-or-later
#include "peftables.h"

#include "ipmi/sensor/eventtext.h"

#include <cstdio>

namespace ipmi::pef {

namespace {

constexpr std::size_t FilterBytes = 20;
constexpr std::size_t PolicyBytes = 3;

std::string hexTrigger(std::uint8_t trigger, std::uint16_t mask)
{
    char text[24];
    std::snprintf(text, sizeof text, "(0x%02x/0x%04x)", trigger, mask);
    return text;
}

// ipmitool names threshold offsets in bit order, lower thresholds "<" first and upper
// thresholds ">" first.
constexpr std::string_view ThresholdOffsets[] = {"<LNC", ">LNC", "<LC",  ">LC",  "<LNR", ">LNR",
                                                 ">UNC", "<UNC", ">UC",  "<UC",  ">UNR", "<UNR"};

} // namespace

Result<EventFilter> decodeEventFilter(ByteView data)
{
    if (data.size() < 1 + FilterBytes)
        return makeError(ErrorKind::MalformedResponse,
                         "The event filter entry has " + std::to_string(data.size()) + " bytes where "
                             + std::to_string(1 + FilterBytes) + " are required.");
    EventFilter filter;
    filter.number = data[0] & 0x7f;
    const ByteView entry = data.subspan(1);
    filter.enabled = entry[0] & 0x80;
    filter.preConfigured = (entry[0] & 0x60) == 0x40;
    filter.actions = entry[1] & 0x7f;
    filter.policySet = entry[2] & 0x0f;
    filter.groupControlSelector = (entry[2] >> 4) & 0x07;
    filter.severity = entry[3];
    filter.generatorAddress = entry[4];
    filter.generatorChannelLun = entry[5];
    filter.sensorType = entry[6];
    filter.sensorNumber = entry[7];
    filter.eventTrigger = entry[8];
    filter.offsetMask = std::uint16_t(entry[9] | entry[10] << 8);
    for (std::size_t i = 0; i < filter.eventDataMasks.size(); ++i)
        filter.eventDataMasks[i] = entry[11 + i];
    return filter;
}

Bytes encodeEventFilter(const EventFilter &filter)
{
    ByteWriter writer(1 + FilterBytes);
    writer.u8(filter.number & 0x7f)
        .u8(std::uint8_t((filter.enabled ? 0x80 : 0) | (filter.preConfigured ? 0x40 : 0)))
        .u8(filter.actions & 0x7f)
        .u8(std::uint8_t((filter.groupControlSelector & 0x07) << 4 | (filter.policySet & 0x0f)))
        .u8(filter.severity)
        .u8(filter.generatorAddress)
        .u8(filter.generatorChannelLun)
        .u8(filter.sensorType)
        .u8(filter.sensorNumber)
        .u8(filter.eventTrigger)
        .u8(std::uint8_t(filter.offsetMask & 0xff))
        .u8(std::uint8_t(filter.offsetMask >> 8))
        .bytes(filter.eventDataMasks);
    return writer.take();
}

Result<AlertPolicy> decodeAlertPolicy(ByteView data)
{
    if (data.size() < 1 + PolicyBytes)
        return makeError(ErrorKind::MalformedResponse,
                         "The alert policy entry has " + std::to_string(data.size()) + " bytes where "
                             + std::to_string(1 + PolicyBytes) + " are required.");
    AlertPolicy policy;
    policy.number = data[0] & 0x7f;
    policy.policySet = data[1] >> 4;
    policy.enabled = data[1] & 0x08;
    policy.rule = data[1] & 0x07;
    policy.channel = data[2] >> 4;
    policy.destination = data[2] & 0x0f;
    policy.eventSpecificAlertString = data[3] & 0x80;
    policy.alertStringKey = data[3] & 0x7f;
    return policy;
}

Bytes encodeAlertPolicy(const AlertPolicy &policy)
{
    return Bytes{std::uint8_t(policy.number & 0x7f),
                 std::uint8_t((policy.policySet & 0x0f) << 4 | (policy.enabled ? 0x08 : 0) | (policy.rule & 0x07)),
                 std::uint8_t((policy.channel & 0x0f) << 4 | (policy.destination & 0x0f)),
                 std::uint8_t((policy.eventSpecificAlertString ? 0x80 : 0) | (policy.alertStringKey & 0x7f))};
}

std::string filterStatusText(const EventFilter &filter)
{
    return std::string(filter.enabled ? "enabled" : "disabled") + (filter.preConfigured ? ", pre-configured"
                                                                                          : ", configurable");
}

std::string_view severityText(std::uint8_t severity)
{
    static constexpr std::string_view names[] = {"Monitor", "Information", "OK", "Warning", "Critical",
                                                 "Non-recoverable"};
    for (int bit = 5; bit >= 0; --bit) {
        if (severity & (1u << bit))
            return names[bit];
    }
    return "None";
}

std::string_view eventClassText(std::uint8_t eventTrigger)
{
    namespace t = sensor::eventreading;
    if (eventTrigger == t::Threshold)
        return "Threshold";
    if (eventTrigger <= t::GenericLast || eventTrigger == t::SensorSpecific)
        return "Discrete";
    return "OEM";
}

std::string eventTriggersText(const EventFilter &filter)
{
    namespace t = sensor::eventreading;
    const std::uint8_t trigger = filter.eventTrigger;
    if (trigger == 0xff || filter.offsetMask == 0xffff)
        return "Any";
    if (trigger == t::Unspecified)
        return "Unspecified";
    if (trigger == t::SensorSpecific)
        return "Sensor-specific";
    if (trigger >= t::OemFirst)
        return "OEM";
    std::string text = hexTrigger(trigger, filter.offsetMask);
    for (unsigned bit = 0; bit < 16; ++bit) {
        if (!(filter.offsetMask & (1u << bit)))
            continue;
        if (trigger == t::Threshold) {
            if (bit < std::size(ThresholdOffsets))
                text += "," + std::string(ThresholdOffsets[bit]);
        } else if (trigger <= t::GenericLast) {
            const std::string_view name = sensor::eventStateText(filter.sensorType, trigger, std::uint8_t(bit));
            text += "," + std::string(name.empty() ? "None" : name);
        }
    }
    return text;
}

std::string_view policyRuleText(std::uint8_t rule)
{
    switch (rule) {
    case 0: return "Match-always";
    case 1: return "Try-next-entry";
    case 2: return "Try-next-set";
    case 3: return "Try-next-channel";
    case 4: return "Try-next-destination";
    default: return "Reserved";
    }
}

} // namespace ipmi::pef
