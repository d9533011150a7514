// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorsweep.h"

#include "eventtext.h"

#include <algorithm>
#include <cstdio>
#include <variant>

namespace ipmi::sensor {

namespace {

std::string bridgingNote(const sdr::SensorOwner &owner)
{
    char text[160];
    if (owner.softwareId)
        std::snprintf(text, sizeof text,
                      "The sensor belongs to system software (ID %02Xh), not to the BMC; it cannot be read "
                      "over the LAN.",
                      owner.id);
    else
        std::snprintf(text, sizeof text,
                      "The sensor belongs to the controller at %02Xh on channel %u; reading it needs "
                      "bridging, which is not supported.",
                      owner.id, unsigned(owner.channel));
    return text;
}

bool needsBridging(const sdr::SensorOwner &owner)
{
    return owner.softwareId || owner.id != SensorSweep::BmcAddress || owner.channel != 0;
}

} // namespace

SensorSweep::SensorSweep(std::vector<sdr::Record> records, SweepOptions options)
    : m_records(std::move(records)), m_options(std::move(options))
{
    m_sensors = sensorsOf(m_records);
    if (!m_options.onlyNumbers.empty()) {
        const auto &wanted = m_options.onlyNumbers;
        std::erase_if(m_sensors, [&](const SensorDescriptor &sensor) {
            return std::find(wanted.begin(), wanted.end(), sensor.number) == wanted.end();
        });
    }
}

const sdr::Record &SensorSweep::currentRecord() const
{
    return m_records[m_sensors[m_index].recordIndex];
}

bool SensorSweep::wantsFactors() const
{
    const auto *full = std::get_if<sdr::FullSensor>(&currentRecord());
    return full && sdr::isNonLinear(full->linearization) && m_reading && m_reading->ok() &&
           !(*m_reading)->unavailable;
}

bool SensorSweep::wantsThresholds() const
{
    if (!m_options.readThresholds || !m_reading || !m_reading->ok())
        return false;
    const auto *full = std::get_if<sdr::FullSensor>(&currentRecord());
    const auto *compact = std::get_if<sdr::CompactSensor>(&currentRecord());
    const sdr::MaskedSensor *masked = full ? static_cast<const sdr::MaskedSensor *>(full) : compact;
    return masked && masked->eventReadingType == eventreading::Threshold && masked->readableThresholds() != 0;
}

bool SensorSweep::advanceToSensorNeedingRequest()
{
    while (m_index < m_sensors.size()) {
        const sdr::SensorCommon *common = sensorCommonOf(currentRecord());
        if (common && !needsBridging(common->owner))
            return true;
        // No request for it: describe it as unavailable right away.
        Result<SensorReading> none = makeError(ErrorKind::Unsupported,
                                               common ? bridgingNote(common->owner) : "Not a sensor record.");
        m_views.push_back(describe(m_sensors[m_index], currentRecord(), none, std::nullopt, std::nullopt));
        ++m_index;
    }
    return false;
}

std::optional<Request> SensorSweep::nextRequest()
{
    if (m_failure || m_awaiting)
        return std::nullopt;
    if (m_step == Step::Reading && !advanceToSensorNeedingRequest())
        return std::nullopt;
    const auto &sensor = m_sensors[m_index];
    const std::uint8_t lun = sensorCommonOf(currentRecord())->owner.lun;
    m_awaiting = true;
    switch (m_step) {
    case Step::Reading: return getSensorReadingRequest(sensor.number, lun);
    case Step::Factors: return getSensorReadingFactorsRequest(sensor.number, (*m_reading)->raw, lun);
    case Step::Thresholds: return getSensorThresholdsRequest(sensor.number, lun);
    }
    return std::nullopt;
}

void SensorSweep::onResponse(Result<Response> response)
{
    if (!m_awaiting)
        return;
    m_awaiting = false;
    if (!response.ok()) {
        // No answer at all: the session or the network failed, not this sensor.
        m_failure = response.error();
        return;
    }

    switch (m_step) {
    case Step::Reading:
        m_reading = parseSensorReading(*response);
        break;
    case Step::Factors:
        if (auto factors = parseSensorReadingFactors(*response))
            m_factors = factors->factors;
        else
            m_extraNote = factors.error().message;
        break;
    case Step::Thresholds:
        // Without them the record's own thresholds are shown.
        if (auto thresholds = parseSensorThresholds(*response))
            m_thresholds = *thresholds;
        else
            m_extraNote = thresholds.error().message;
        break;
    }

    if (m_step == Step::Reading && wantsFactors()) {
        m_step = Step::Factors;
        return;
    }
    if (m_step != Step::Thresholds && wantsThresholds()) {
        m_step = Step::Thresholds;
        return;
    }
    finishSensor();
}

void SensorSweep::finishSensor()
{
    SensorView view = describe(m_sensors[m_index], currentRecord(), *m_reading, m_factors, m_thresholds);
    if (!m_extraNote.empty())
        view.note = view.note.empty() ? m_extraNote : view.note + " " + m_extraNote;
    m_views.push_back(std::move(view));
    ++m_index;
    m_step = Step::Reading;
    m_reading.reset();
    m_factors.reset();
    m_thresholds.reset();
    m_extraNote.clear();
}

op::Progress SensorSweep::progress() const
{
    return {m_index, m_sensors.size()};
}

Result<std::vector<SensorView>> SensorSweep::takeResult()
{
    if (m_failure)
        return *m_failure;
    return std::move(m_views);
}

} // namespace ipmi::sensor
