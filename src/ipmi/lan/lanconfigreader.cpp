// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanconfigreader.h"

#include "lanparameters.h"

namespace ipmi::lan {

LanConfigReader::LanConfigReader(std::uint8_t channel, std::vector<std::uint8_t> parameters)
    : m_channel(channel), m_parameters(std::move(parameters))
{
}

std::optional<Request> LanConfigReader::nextRequest()
{
    if (m_error || m_next >= m_parameters.size())
        return std::nullopt;
    return getLanParameterRequest(m_channel, m_parameters[m_next]);
}

void LanConfigReader::onResponse(Result<Response> response)
{
    const std::uint8_t parameter = m_parameters[m_next++];
    if (!response) {
        m_error = response.error();
        return;
    }
    auto data = parseGetLanParameter(parameter, response.value());
    if (!data) {
        // Optional parameters are commonly missing; a missing one is not a failure.
        m_read.unsupported.push_back(parameter);
        return;
    }
    if (auto decoded = decodeLanParameter(parameter, data.value(), m_read.config); !decoded)
        m_error = decoded.error();
}

Result<LanConfigRead> LanConfigReader::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_read);
}

} // namespace ipmi::lan
