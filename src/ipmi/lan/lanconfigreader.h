// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanconfig.h"
#include "ipmi/op/operation.h"

#include <optional>
#include <vector>

namespace ipmi::lan {

struct LanConfigRead
{
    LanConfig config;
    std::vector<std::uint8_t> unsupported; // parameters the BMC refused (80h or another code)
};

// Reads LAN configuration parameters of one channel, one Get each. A parameter the BMC
// refuses is left out of the config and listed; a transport failure or a malformed
// answer ends the operation with an error.
class LanConfigReader final : public op::Operation<LanConfigRead>
{
public:
    explicit LanConfigReader(std::uint8_t channel, std::vector<std::uint8_t> parameters = lanConfigParameters());

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override { return {m_next, m_parameters.size()}; }
    const char *description() const override { return "reading the LAN configuration"; }
    Result<LanConfigRead> takeResult() override;

private:
    std::uint8_t m_channel;
    std::vector<std::uint8_t> m_parameters;
    std::size_t m_next = 0;
    LanConfigRead m_read;
    std::optional<Error> m_error;
};

} // namespace ipmi::lan
