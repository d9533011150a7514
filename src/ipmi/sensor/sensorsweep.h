// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/op/operation.h"
#include "ipmi/sdr/records.h"
#include "ipmi/sensor/sensorcommands.h"
#include "ipmi/sensor/sensorview.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

// Reads every sensor of an SDR repository once and describes it (`sensor list`).
//
// Per sensor: Get Sensor Reading; then Get Sensor Reading Factors if the full record
// is non-linear; then Get Sensor Thresholds if asked for and the sensor is a threshold
// sensor with readable thresholds. A completion code or an undecodable answer makes
// that one sensor unavailable (or leaves it without factors/thresholds from the BMC)
// and the sweep goes on; a transport or session failure ends the sweep with that error.
// Sensors owned by another controller or on another channel would need bridging
// (Send Message), which the core does not do: they are listed as unavailable, with a
// note saying so, and nothing is sent for them. The result holds one view per sensor,
// in the order of sensorsOf(records) after the onlyNumbers filter.
namespace ipmi::sensor {

struct SweepOptions
{
    std::vector<std::uint8_t> onlyNumbers; // empty = every sensor
    bool readThresholds = false;
};

class SensorSweep final : public op::Operation<std::vector<SensorView>>
{
public:
    SensorSweep(std::vector<sdr::Record> records, SweepOptions options = {});

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override;
    const char *description() const override { return "reading the sensors"; }
    Result<std::vector<SensorView>> takeResult() override;

    // The BMC's own address as sensor owner (IPMI 2.0 section 5.2: 20h).
    static constexpr std::uint8_t BmcAddress = 0x20;

private:
    enum class Step
    {
        Reading,
        Factors,
        Thresholds,
    };

    // Skips sensors that need no request; returns false once all are done.
    bool advanceToSensorNeedingRequest();
    void finishSensor();
    const sdr::Record &currentRecord() const;
    bool wantsFactors() const;
    bool wantsThresholds() const;

    std::vector<sdr::Record> m_records;
    SweepOptions m_options;
    std::vector<SensorDescriptor> m_sensors;
    std::size_t m_index = 0;
    Step m_step = Step::Reading;

    // The current sensor's answers so far.
    std::optional<Result<SensorReading>> m_reading;
    std::optional<sdr::Factors> m_factors;
    std::optional<ThresholdReading> m_thresholds;
    std::string m_extraNote;

    std::vector<SensorView> m_views;
    std::optional<Error> m_failure;
    bool m_awaiting = false;
};

} // namespace ipmi::sensor
