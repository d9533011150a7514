// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametersetreader.h"

namespace ipmi::op {

ParameterSetReader::ParameterSetReader(std::shared_ptr<const ParameterSpace> space, std::uint8_t parameter,
                                       std::uint8_t count)
    : m_space(std::move(space)), m_parameter(parameter), m_count(count)
{
}

std::optional<Request> ParameterSetReader::nextRequest()
{
    if (m_transportError || m_entries.size() >= m_count)
        return std::nullopt;
    return m_space->getRequest(m_parameter, std::uint8_t(m_entries.size() + 1));
}

void ParameterSetReader::onResponse(Result<Response> response)
{
    if (!response) {
        m_transportError = response.error();
        return;
    }
    m_entries.push_back(m_space->parseGet(m_parameter, response.value()));
}

Result<std::vector<Result<Bytes>>> ParameterSetReader::takeResult()
{
    if (m_transportError)
        return *m_transportError;
    return std::move(m_entries);
}

} // namespace ipmi::op
