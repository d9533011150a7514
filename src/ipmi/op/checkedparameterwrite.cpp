// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkedparameterwrite.h"

namespace ipmi::op {

CheckedParameterWrite::CheckedParameterWrite(std::shared_ptr<const ParameterSpace> space,
                                             std::vector<ParameterWrite> writes)
    : m_space(space), m_writes(writes), m_writer(std::move(space), std::move(writes))
{
}

std::optional<Request> CheckedParameterWrite::nextRequest()
{
    if (m_writing) {
        if (auto request = m_writer.nextRequest())
            return request;
        m_writing = false;
        m_written = m_writer.takeResult();
        if (!*m_written)
            m_index = m_writes.size(); // nothing to read back after a failed write
    }
    if (m_readError || m_index >= m_writes.size())
        return std::nullopt;
    return m_space->getRequest(m_writes[m_index].parameter, m_writes[m_index].setSelector);
}

void CheckedParameterWrite::onResponse(Result<Response> response)
{
    if (m_writing) {
        m_writer.onResponse(std::move(response));
        return;
    }
    const ParameterWrite &write = m_writes[m_index++];
    if (!response) {
        m_readError = response.error();
        return;
    }
    auto value = m_space->parseGet(write.parameter, response.value());
    if (!value) {
        m_readError = value.error();
        return;
    }
    // The BMC may answer more bytes than a Set takes (reserved trailing bytes).
    if (value->size() < write.data.size() || !std::equal(write.data.begin(), write.data.end(), value->begin()))
        m_mismatches.push_back(write.parameter);
}

Progress CheckedParameterWrite::progress() const
{
    const Progress writing = m_writer.progress();
    return {writing.done + (m_writing ? 0 : m_index), writing.total + m_writes.size()};
}

Result<ParameterWriteOutcome> CheckedParameterWrite::takeResult()
{
    if (!m_written)
        return makeError(ErrorKind::InvalidArgument, "The write was not run.");
    if (!*m_written)
        return std::move(*m_written);
    if (m_readError)
        return makeError(m_readError->kind,
                         "The BMC accepted the change, but reading it back failed: " + m_readError->message,
                         m_readError->completionCode);
    if (!m_mismatches.empty()) {
        std::string names;
        for (const std::uint8_t parameter : m_mismatches)
            names += (names.empty() ? "" : ", ") + m_space->parameterName(parameter);
        return makeError(ErrorKind::MalformedResponse,
                         "The BMC accepted the change, but reading it back shows other values for " + names + ".");
    }
    return std::move(*m_written);
}

} // namespace ipmi::op
