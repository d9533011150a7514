// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanconfigwriter.h"

#include "lanparameters.h"

namespace ipmi::lan {

namespace {

std::string names(const std::vector<std::uint8_t> &parameters)
{
    std::string text;
    for (const std::uint8_t parameter : parameters)
        text += (text.empty() ? "" : ", ") + std::string(parameterName(parameter));
    return text;
}

} // namespace

LanConfigWriter::LanConfigWriter(std::uint8_t channel, std::vector<LanParameterWrite> writes)
    : m_channel(channel), m_writes(std::move(writes))
{
    if (m_writes.empty())
        m_phase = Phase::Done;
}

std::optional<Request> LanConfigWriter::nextRequest()
{
    switch (m_phase) {
    case Phase::ReadPrevious: return getLanParameterRequest(m_channel, m_writes[m_index].parameter);
    case Phase::Lock: return setInProgressRequest(m_channel, SetState::SetInProgress);
    case Phase::Write:
        return setLanParameterRequest(m_channel, m_writes[m_index].parameter, m_writes[m_index].data);
    case Phase::Commit: return setInProgressRequest(m_channel, SetState::CommitWrite);
    case Phase::Rollback: {
        const LanParameterWrite &previous = m_outcome.previous[m_index];
        return setLanParameterRequest(m_channel, previous.parameter, previous.data);
    }
    case Phase::Complete: return setInProgressRequest(m_channel, SetState::SetComplete);
    case Phase::Done: break;
    }
    return std::nullopt;
}

void LanConfigWriter::onResponse(Result<Response> response)
{
    if (!response && (m_phase == Phase::ReadPrevious || m_phase == Phase::Lock)) {
        m_error = makeError(response.error().kind, response.error().message + " Nothing was changed.");
        m_phase = Phase::Done;
        return;
    }
    switch (m_phase) {
    case Phase::ReadPrevious: onReadPrevious(response.value()); return;
    case Phase::Lock:
        if (response->completionCode == lancc::ParameterNotSupported) {
            m_outcome.setInProgressSupported = false; // written without the lock, as ipmitool does
        } else if (auto locked = parseSetLanParameter(param::SetInProgress, response.value()); !locked) {
            m_error = makeError(locked.error().kind, locked.error().message + " Nothing was changed.",
                                locked.error().completionCode);
            m_phase = Phase::Done;
            return;
        }
        m_phase = Phase::Write;
        m_index = 0;
        return;
    case Phase::Write:
        if (!response) {
            startRollback(response.error());
            return;
        }
        onWrite(response.value());
        return;
    case Phase::Commit:
        // Many BMCs apply each write at once and refuse "commit write"; that is no failure.
        if (!response || response->completionCode != 0)
            m_outcome.warnings.push_back("The BMC did not accept \"commit write\"; on most BMCs the settings take "
                                         "effect anyway.");
        m_phase = Phase::Complete;
        return;
    case Phase::Rollback: {
        const LanParameterWrite &previous = m_outcome.previous[m_index];
        if (!response)
            m_rollbackFailures.push_back(std::string(parameterName(previous.parameter)) + " ("
                                         + response.error().message + ")");
        else if (auto restored = parseSetLanParameter(previous.parameter, response.value()); !restored)
            m_rollbackFailures.push_back(std::string(parameterName(previous.parameter)) + " ("
                                         + restored.error().message + ")");
        if (m_index == 0)
            m_phase = m_outcome.setInProgressSupported ? Phase::Complete : Phase::Done;
        else
            --m_index;
        return;
    }
    case Phase::Complete:
        if (!response || response->completionCode != 0)
            m_outcome.warnings.push_back("The BMC did not accept \"set complete\"; another client may see the LAN "
                                         "configuration as still being changed.");
        m_phase = Phase::Done;
        return;
    case Phase::Done: return;
    }
}

void LanConfigWriter::onReadPrevious(const Response &response)
{
    const LanParameterWrite &write = m_writes[m_index];
    auto previous = parseGetLanParameter(write.parameter, response);
    if (!previous) {
        m_error = makeError(previous.error().kind,
                            previous.error().message + " Its present value is needed to undo a failed change, so "
                                                       "nothing was changed.",
                            previous.error().completionCode);
        m_phase = Phase::Done;
        return;
    }
    m_outcome.previous.push_back({write.parameter, std::move(previous).value()});
    if (++m_index == m_writes.size()) {
        m_phase = Phase::Lock;
        m_index = 0;
    }
}

void LanConfigWriter::onWrite(const Response &response)
{
    const std::uint8_t parameter = m_writes[m_index].parameter;
    if (auto written = parseSetLanParameter(parameter, response); !written) {
        startRollback(written.error());
        return;
    }
    m_outcome.written.push_back(parameter);
    if (++m_index < m_writes.size())
        return;
    m_phase = m_outcome.setInProgressSupported ? Phase::Commit : Phase::Done;
}

void LanConfigWriter::startRollback(Error error)
{
    const std::size_t written = m_outcome.written.size();
    std::string message = std::move(error.message);
    m_error = makeError(error.kind, {}, error.completionCode);
    m_error->message = std::move(message);
    // Only the parameters written so far are restored; their previous values were read first.
    m_outcome.previous.resize(written);
    if (written == 0) {
        m_error->message += " Nothing was changed.";
        m_phase = m_outcome.setInProgressSupported ? Phase::Complete : Phase::Done;
        return;
    }
    m_index = written - 1;
    m_phase = Phase::Rollback;
}

op::Progress LanConfigWriter::progress() const
{
    return {m_outcome.previous.size() + m_outcome.written.size(), 2 * m_writes.size()};
}

Result<LanWriteOutcome> LanConfigWriter::takeResult()
{
    if (m_error) {
        Error error = *m_error;
        if (!m_outcome.written.empty()) {
            if (m_rollbackFailures.empty()) {
                error.message += " The parameters already written (" + names(m_outcome.written)
                                 + ") were restored to their previous values.";
            } else {
                std::string failures;
                for (const std::string &failure : m_rollbackFailures)
                    failures += (failures.empty() ? "" : "; ") + failure;
                error.message += " Restoring the parameters already written failed for " + failures
                                 + "; check the channel with \"lan print\".";
            }
        }
        return error;
    }
    return std::move(m_outcome);
}

} // namespace ipmi::lan
