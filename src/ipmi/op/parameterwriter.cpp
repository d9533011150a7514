// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterwriter.h"

namespace ipmi::op {

namespace {

constexpr std::uint8_t SetInProgressParameter = 0;
constexpr std::uint8_t StateSetComplete = 0;
constexpr std::uint8_t StateSetInProgress = 1;
constexpr std::uint8_t StateCommitWrite = 2;
constexpr std::uint8_t ParameterNotSupported = 0x80;

} // namespace

ParameterWriter::ParameterWriter(std::shared_ptr<const ParameterSpace> space, std::vector<ParameterWrite> writes)
    : m_space(std::move(space)), m_writes(std::move(writes))
{
    if (m_writes.empty())
        m_phase = Phase::Done;
}

Request ParameterWriter::setInProgress(std::uint8_t state) const
{
    const std::uint8_t data[] = {state};
    return m_space->setRequest(SetInProgressParameter, ByteView(data, 1));
}

std::string ParameterWriter::names(const std::vector<std::uint8_t> &parameters) const
{
    std::string text;
    for (const std::uint8_t parameter : parameters)
        text += (text.empty() ? "" : ", ") + m_space->parameterName(parameter);
    return text;
}

std::optional<Request> ParameterWriter::nextRequest()
{
    switch (m_phase) {
    case Phase::ReadPrevious:
        return m_space->getRequest(m_writes[m_index].parameter, m_writes[m_index].setSelector);
    case Phase::Lock: return setInProgress(StateSetInProgress);
    case Phase::Write: return m_space->setRequest(m_writes[m_index].parameter, m_writes[m_index].data);
    case Phase::Commit: return setInProgress(StateCommitWrite);
    case Phase::Rollback: {
        const ParameterWrite &previous = m_outcome.previous[m_index];
        return m_space->setRequest(previous.parameter, previous.data);
    }
    case Phase::Complete: return setInProgress(StateSetComplete);
    case Phase::Done: break;
    }
    return std::nullopt;
}

void ParameterWriter::onResponse(Result<Response> response)
{
    if (!response && (m_phase == Phase::ReadPrevious || m_phase == Phase::Lock)) {
        m_error = makeError(response.error().kind, response.error().message + " Nothing was changed.");
        m_phase = Phase::Done;
        return;
    }
    switch (m_phase) {
    case Phase::ReadPrevious: onReadPrevious(response.value()); return;
    case Phase::Lock:
        if (response->completionCode == ParameterNotSupported) {
            m_outcome.setInProgressSupported = false; // written without the lock, as ipmitool does
        } else if (auto locked = m_space->parseSet(SetInProgressParameter, response.value()); !locked) {
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
        const ParameterWrite &previous = m_outcome.previous[m_index];
        if (!response)
            m_rollbackFailures.push_back(m_space->parameterName(previous.parameter) + " ("
                                         + response.error().message + ")");
        else if (auto restored = m_space->parseSet(previous.parameter, response.value()); !restored)
            m_rollbackFailures.push_back(m_space->parameterName(previous.parameter) + " ("
                                         + restored.error().message + ")");
        if (m_index == 0)
            m_phase = m_outcome.setInProgressSupported ? Phase::Complete : Phase::Done;
        else
            --m_index;
        return;
    }
    case Phase::Complete:
        if (!response || response->completionCode != 0)
            m_outcome.warnings.push_back("The BMC did not accept \"set complete\"; another client may see "
                                         + m_space->subject() + " as still being changed.");
        m_phase = Phase::Done;
        return;
    case Phase::Done: return;
    }
}

void ParameterWriter::onReadPrevious(const Response &response)
{
    const ParameterWrite &write = m_writes[m_index];
    auto previous = m_space->parseGet(write.parameter, response);
    if (!previous) {
        m_error = makeError(previous.error().kind,
                            previous.error().message + " Its present value is needed to undo a failed change, so "
                                                       "nothing was changed.",
                            previous.error().completionCode);
        m_phase = Phase::Done;
        return;
    }
    m_outcome.previous.push_back({write.parameter, std::move(previous).value(), write.setSelector});
    if (++m_index == m_writes.size()) {
        m_phase = Phase::Lock;
        m_index = 0;
    }
}

void ParameterWriter::onWrite(const Response &response)
{
    const std::uint8_t parameter = m_writes[m_index].parameter;
    if (auto written = m_space->parseSet(parameter, response); !written) {
        startRollback(written.error());
        return;
    }
    m_outcome.written.push_back(parameter);
    if (++m_index < m_writes.size())
        return;
    m_phase = m_outcome.setInProgressSupported ? Phase::Commit : Phase::Done;
}

void ParameterWriter::startRollback(Error error)
{
    const std::size_t written = m_outcome.written.size();
    m_error = std::move(error);
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

Progress ParameterWriter::progress() const
{
    return {m_outcome.previous.size() + m_outcome.written.size(), 2 * m_writes.size()};
}

Result<ParameterWriteOutcome> ParameterWriter::takeResult()
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
                                 + "; check with \"" + m_space->showCommand() + "\".";
            }
        }
        return error;
    }
    return std::move(m_outcome);
}

} // namespace ipmi::op
