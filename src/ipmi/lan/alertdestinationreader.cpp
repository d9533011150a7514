// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdestinationreader.h"

#include "ipmi/lan/lanparameters.h"

namespace ipmi::lan {

AlertDestinationReader::AlertDestinationReader(std::uint8_t channel, std::optional<std::uint8_t> only)
    : m_channel(channel), m_only(only)
{
}

std::optional<Request> AlertDestinationReader::nextRequest()
{
    switch (m_step) {
    case Step::Count: return getLanParameterRequest(m_channel, param::AlertDestinationCount);
    case Step::Type: return getLanParameterRequest(m_channel, param::AlertDestinationType, m_number);
    case Step::Address: return getLanParameterRequest(m_channel, param::AlertDestinationAddress, m_number);
    case Step::Done: break;
    }
    return std::nullopt;
}

void AlertDestinationReader::next()
{
    const std::uint8_t last = m_only ? *m_only : m_read.count;
    if (m_only || m_number >= last) {
        m_step = Step::Done;
        return;
    }
    ++m_number;
    m_step = Step::Type;
}

void AlertDestinationReader::onResponse(Result<Response> response)
{
    if (!response) { // no answer at all ends the reading
        m_error = response.error();
        m_step = Step::Done;
        return;
    }
    switch (m_step) {
    case Step::Count: {
        auto data = parseGetLanParameter(param::AlertDestinationCount, response.value());
        auto count = data ? decodeAlertDestinationCount(data.value()) : Result<std::uint8_t>(data.error());
        if (!count) {
            m_error = count.error();
            m_step = Step::Done;
            return;
        }
        m_read.count = count.value();
        if (m_only && *m_only > m_read.count) {
            m_error = makeError(ErrorKind::InvalidArgument,
                                "Alert " + std::to_string(*m_only) + " is not a valid destination: channel "
                                    + std::to_string(m_channel) + " has " + std::to_string(m_read.count)
                                    + " alert destinations besides the volatile destination 0.");
            m_step = Step::Done;
            return;
        }
        m_number = m_only.value_or(0);
        m_step = Step::Type;
        return;
    }
    case Step::Type: {
        m_current = AlertDestination{};
        m_current.number = m_number;
        auto data = parseGetLanParameter(param::AlertDestinationType, response.value());
        Result<void> decoded = data ? decodeAlertDestinationType(data.value(), m_current) : Result<void>(data.error());
        if (!decoded) {
            m_read.destinations.push_back(decoded.error());
            next();
            return;
        }
        m_step = Step::Address;
        return;
    }
    case Step::Address: {
        auto data = parseGetLanParameter(param::AlertDestinationAddress, response.value());
        Result<void> decoded = data ? decodeAlertDestinationAddress(data.value(), m_current)
                                    : Result<void>(data.error());
        if (decoded)
            m_read.destinations.push_back(m_current);
        else
            m_read.destinations.push_back(decoded.error());
        next();
        return;
    }
    case Step::Done: return;
    }
}

op::Progress AlertDestinationReader::progress() const
{
    const std::size_t total = m_only ? 1 : std::size_t(m_read.count) + 1;
    return {m_read.destinations.size(), total};
}

Result<AlertDestinationsRead> AlertDestinationReader::takeResult()
{
    if (m_error)
        return *m_error;
    return std::move(m_read);
}

} // namespace ipmi::lan
