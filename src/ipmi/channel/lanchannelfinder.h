// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/channel/channelcommands.h"
#include "ipmi/op/operation.h"

#include <optional>
#include <vector>

namespace ipmi::channel {

// Finds the LAN channels of a BMC (their numbers differ between vendors: 1, 2, 3, 8):
// Get Channel Info for channels 0-Bh, keeping those whose medium is 802.3 LAN (04h).
// Channels the BMC does not have (CBh or any other refusal) are skipped. The result is
// empty when none is a LAN channel; takeResult() then fails with a clear sentence, which
// tells apart a BMC that refused Get Channel Info for every channel (pyghmi answers C1h)
// from one whose channels answered without an 802.3 LAN among them.
class LanChannelFinder final : public op::Operation<std::vector<ChannelInfo>>
{
public:
    // stopAtFirst: stop asking once one LAN channel is known.
    explicit LanChannelFinder(bool stopAtFirst = false) : m_stopAtFirst(stopAtFirst) {}

    std::optional<Request> nextRequest() override;
    void onResponse(Result<Response> response) override;
    op::Progress progress() const override { return {m_next, MaxChannel + 1u}; }
    const char *description() const override { return "looking for the LAN channel"; }
    Result<std::vector<ChannelInfo>> takeResult() override;

private:
    bool m_stopAtFirst;
    std::uint8_t m_next = 0;
    bool m_done = false;
    std::vector<ChannelInfo> m_found;
    bool m_anyAnswered = false;        // some channel answered Get Channel Info
    std::optional<std::uint8_t> m_refusal; // the last completion code other than "no such channel"
    std::optional<Error> m_error;
};

} // namespace ipmi::channel
