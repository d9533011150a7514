// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanconfigwriter.h"

#include "lanparameters.h"

#include <memory>

namespace ipmi::lan {

Request LanParameterSpace::getRequest(std::uint8_t parameter, std::uint8_t setSelector) const
{
    return getLanParameterRequest(m_channel, parameter, setSelector);
}

Result<Bytes> LanParameterSpace::parseGet(std::uint8_t parameter, const Response &response) const
{
    return parseGetLanParameter(parameter, response);
}

Request LanParameterSpace::setRequest(std::uint8_t parameter, ByteView data) const
{
    return setLanParameterRequest(m_channel, parameter, data);
}

Result<void> LanParameterSpace::parseSet(std::uint8_t parameter, const Response &response) const
{
    return parseSetLanParameter(parameter, response);
}

std::string LanParameterSpace::parameterName(std::uint8_t parameter) const
{
    return std::string(lan::parameterName(parameter));
}

std::string LanParameterSpace::showCommand() const
{
    return "lan print " + std::to_string(m_channel);
}

LanConfigWriter::LanConfigWriter(std::uint8_t channel, std::vector<LanParameterWrite> writes)
    : op::ParameterWriter(std::make_shared<LanParameterSpace>(channel), std::move(writes))
{
}

} // namespace ipmi::lan
