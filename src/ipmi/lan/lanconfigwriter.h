// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanchange.h"
#include "ipmi/op/parameterwriter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ipmi::lan {

using LanWriteOutcome = op::ParameterWriteOutcome;

// Get/Set LAN Configuration Parameters of one channel, for the ParameterWriter.
class LanParameterSpace final : public op::ParameterSpace
{
public:
    explicit LanParameterSpace(std::uint8_t channel) : m_channel(channel) {}

    Request getRequest(std::uint8_t parameter, std::uint8_t setSelector) const override;
    Result<Bytes> parseGet(std::uint8_t parameter, const Response &response) const override;
    Request setRequest(std::uint8_t parameter, ByteView data) const override;
    Result<void> parseSet(std::uint8_t parameter, const Response &response) const override;
    std::string parameterName(std::uint8_t parameter) const override;
    std::string subject() const override { return "the LAN configuration"; }
    std::string showCommand() const override;

private:
    std::uint8_t m_channel;
};

// Writes LAN parameters of a channel with the set-in-progress protocol and the rollback
// of op::ParameterWriter. This is the building block of the verified ("safe") address
// change.
class LanConfigWriter final : public op::ParameterWriter
{
public:
    LanConfigWriter(std::uint8_t channel, std::vector<LanParameterWrite> writes);

    const char *description() const override { return "writing the LAN configuration"; }
};

} // namespace ipmi::lan
