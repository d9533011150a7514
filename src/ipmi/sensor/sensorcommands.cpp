// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorcommands.h"

#include "ipmi/cmd/commandsupport.h"
#include "ipmi/cmd/netfn.h"

#include <cstdio>
#include <string_view>

namespace ipmi::sensor {

namespace {

constexpr std::uint8_t CmdGetSensorReadingFactors = 0x23;
constexpr std::uint8_t CmdSetSensorHysteresis = 0x24;
constexpr std::uint8_t CmdGetSensorHysteresis = 0x25;
constexpr std::uint8_t CmdSetSensorThresholds = 0x26;
constexpr std::uint8_t CmdGetSensorThresholds = 0x27;
constexpr std::uint8_t CmdGetSensorReading = 0x2D;

// The hysteresis mask byte is "reserved for future definition"; the spec says FFh.
constexpr std::uint8_t HysteresisMask = 0xFF;
constexpr std::uint8_t ThresholdMaskBits = 0x3F;
constexpr std::size_t FactorBytes = 6;

Request sensorRequest(std::uint8_t command, Bytes data, std::uint8_t lun)
{
    return Request{netfn::SensorEvent, command, std::move(data), std::uint8_t(lun & 0x03)};
}

// Codes by which BMCs say a sensor has nothing to read now; they get a sentence
// about the sensor instead of the generic one.
std::optional<std::string_view> unavailableReason(std::uint8_t code)
{
    switch (code) {
    case 0xCB: return "the sensor is not present";
    case 0xCD: return "the command does not apply to this sensor";
    case 0xCE: return "the BMC could not provide a reading";
    case 0xC9: return "the BMC rejected the sensor number";
    case 0xD3: return "the sensor's controller is unavailable";
    case 0xD5: return "the sensor cannot be read in the present state";
    case 0xFF: return "the BMC reported an unspecified error";
    default: return std::nullopt;
    }
}

std::optional<Error> sensorCompletionError(std::string_view command, const Response &response)
{
    if (response.completionCode == 0)
        return std::nullopt;
    if (auto reason = unavailableReason(response.completionCode)) {
        char code[8];
        std::snprintf(code, sizeof code, " (%02Xh)", response.completionCode);
        return makeError(ErrorKind::CompletionCode,
                         std::string(command) + " failed: " + std::string(*reason) + code,
                         response.completionCode);
    }
    return cmd::completionError(command, response);
}

} // namespace

Request getSensorReadingRequest(std::uint8_t sensorNumber, std::uint8_t lun)
{
    return sensorRequest(CmdGetSensorReading, Bytes{sensorNumber}, lun);
}

Result<SensorReading> parseSensorReading(const Response &response)
{
    constexpr std::string_view command = "Get Sensor Reading";
    if (auto error = sensorCompletionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return cmd::shortResponseError(command, 2, response.data.size());

    SensorReading reading;
    reading.raw = response.data[0];
    const std::uint8_t flags = response.data[1];
    reading.eventMessagesEnabled = flags & 0x80;
    reading.scanningEnabled = flags & 0x40;
    reading.unavailable = flags & 0x20;
    // Bytes 3 and 4 are optional in practice: some BMCs omit both, some byte 4.
    if (response.data.size() >= 3) {
        std::uint16_t states = response.data[2];
        if (response.data.size() >= 4)
            states |= std::uint16_t(response.data[3] << 8);
        reading.states = states;
    }
    return reading;
}

bool isSensorUnavailable(const Error &error)
{
    return error.kind == ErrorKind::CompletionCode && unavailableReason(error.completionCode).has_value();
}

Request getSensorReadingFactorsRequest(std::uint8_t sensorNumber, std::uint8_t reading, std::uint8_t lun)
{
    return sensorRequest(CmdGetSensorReadingFactors, Bytes{sensorNumber, reading}, lun);
}

Result<ReadingFactors> parseSensorReadingFactors(const Response &response)
{
    constexpr std::string_view command = "Get Sensor Reading Factors";
    if (auto error = sensorCompletionError(command, response))
        return *error;
    if (response.data.size() < 1 + FactorBytes)
        return cmd::shortResponseError(command, 1 + FactorBytes, response.data.size());
    ReadingFactors result;
    result.nextReading = response.data[0];
    result.factors = *sdr::decodeFactors(ByteView(response.data).subspan(1, FactorBytes));
    return result;
}

Request getSensorThresholdsRequest(std::uint8_t sensorNumber, std::uint8_t lun)
{
    return sensorRequest(CmdGetSensorThresholds, Bytes{sensorNumber}, lun);
}

Result<ThresholdReading> parseSensorThresholds(const Response &response)
{
    constexpr std::string_view command = "Get Sensor Thresholds";
    if (auto error = sensorCompletionError(command, response))
        return *error;
    if (response.data.size() < 7)
        return cmd::shortResponseError(command, 7, response.data.size());
    ThresholdReading result;
    result.readable = response.data[0] & ThresholdMaskBits;
    result.raw.lowerNonCritical = response.data[1];
    result.raw.lowerCritical = response.data[2];
    result.raw.lowerNonRecoverable = response.data[3];
    result.raw.upperNonCritical = response.data[4];
    result.raw.upperCritical = response.data[5];
    result.raw.upperNonRecoverable = response.data[6];
    return result;
}

Request setSensorThresholdsRequest(std::uint8_t sensorNumber, std::uint8_t mask,
                                   const sdr::Thresholds &values, std::uint8_t lun)
{
    mask &= ThresholdMaskBits;
    auto pick = [mask](std::uint8_t bit, std::uint8_t value) { return (mask & bit) ? value : std::uint8_t(0); };
    namespace bit = sdr::thresholdbit;
    return sensorRequest(CmdSetSensorThresholds,
                         Bytes{sensorNumber, mask,
                               pick(bit::LowerNonCritical, values.lowerNonCritical),
                               pick(bit::LowerCritical, values.lowerCritical),
                               pick(bit::LowerNonRecoverable, values.lowerNonRecoverable),
                               pick(bit::UpperNonCritical, values.upperNonCritical),
                               pick(bit::UpperCritical, values.upperCritical),
                               pick(bit::UpperNonRecoverable, values.upperNonRecoverable)},
                         lun);
}

Result<void> parseSetSensorThresholds(const Response &response)
{
    if (auto error = sensorCompletionError("Set Sensor Thresholds", response))
        return *error;
    return {};
}

Request getSensorHysteresisRequest(std::uint8_t sensorNumber, std::uint8_t lun)
{
    return sensorRequest(CmdGetSensorHysteresis, Bytes{sensorNumber, HysteresisMask}, lun);
}

Result<Hysteresis> parseSensorHysteresis(const Response &response)
{
    constexpr std::string_view command = "Get Sensor Hysteresis";
    if (auto error = sensorCompletionError(command, response))
        return *error;
    if (response.data.size() < 2)
        return cmd::shortResponseError(command, 2, response.data.size());
    return Hysteresis{response.data[0], response.data[1]};
}

Request setSensorHysteresisRequest(std::uint8_t sensorNumber, const Hysteresis &hysteresis, std::uint8_t lun)
{
    return sensorRequest(CmdSetSensorHysteresis,
                         Bytes{sensorNumber, HysteresisMask, hysteresis.positiveGoing, hysteresis.negativeGoing},
                         lun);
}

Result<void> parseSetSensorHysteresis(const Response &response)
{
    if (auto error = sensorCompletionError("Set Sensor Hysteresis", response))
        return *error;
    return {};
}

} // namespace ipmi::sensor
