// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/alertdestination.h"
#include "ipmi/op/operation.h"

#include <optional>
#include <vector>

namespace ipmi::lan {

struct AlertDestinationsRead
{
    std::uint8_t count = 0; // parameter 17: destinations 1..count, besides the volatile 0
    // In order of their numbers; a destination the BMC refused holds the error
    // (ipmi_sim 2.0.33 counts none and refuses parameters 18 and 19 even for 0).
    std::vector<Result<AlertDestination>> destinations;
};

// Reads the alert destinations of a LAN channel: the count (parameter 17), then type
// and addresses (18, 19) of destinations 0..count, or of the one asked for, which
// must be within the count.
class AlertDestinationReader final : public op::Operation<AlertDestinationsRead>
{
public:
    explicit AlertDestinationReader(std::uint8_t channel, std::optional<std::uint8_t> only = std::nullopt);

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override;
    const char *description() const override { return "reading the LAN alert destinations"; }
    Result<AlertDestinationsRead> takeResult() override;

private:
    enum class Step { Count, Type, Address, Done };

    void next();

    std::uint8_t m_channel;
    std::optional<std::uint8_t> m_only;
    Step m_step = Step::Count;
    std::uint8_t m_number = 0; // the destination being read
    AlertDestination m_current;
    AlertDestinationsRead m_read;
    std::optional<Error> m_error;
};

} // namespace ipmi::lan
