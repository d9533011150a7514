// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanchannelfinder.h"

#include <cstdio>

namespace ipmi::channel {

namespace {

constexpr std::uint8_t NoSuchChannel = 0xcb;

} // namespace

std::optional<Request> LanChannelFinder::nextRequest()
{
    if (m_done || m_next > MaxChannel)
        return std::nullopt;
    return getChannelInfoRequest(m_next);
}

void LanChannelFinder::onResponse(Result<Response> response)
{
    const std::uint8_t asked = m_next++;
    if (!response) {
        m_error = response.error();
        m_done = true;
        return;
    }
    auto info = parseChannelInfo(response.value());
    if (!info) {
        const std::uint8_t code = response.value().completionCode;
        if (code != 0 && code != NoSuchChannel)
            m_refusal = code;
        return; // no such channel, or refused
    }
    m_anyAnswered = true;
    // Some BMCs answer for a missing channel with another channel's data: trust the
    // number only when it is the one asked for.
    if (info->medium == medium::Lan8023 && info->channel == asked) {
        m_found.push_back(info.value());
        if (m_stopAtFirst)
            m_done = true;
    }
}

Result<std::vector<ChannelInfo>> LanChannelFinder::takeResult()
{
    if (m_error)
        return *m_error;
    if (m_found.empty() && !m_anyAnswered && m_refusal) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02Xh", *m_refusal);
        return makeError(ErrorKind::Unsupported,
                         "The BMC did not answer Get Channel Info for channels 0-11 (" + completionCodeText(*m_refusal)
                             + ", " + hex + "), so its LAN channel is unknown; give the channel number explicitly.");
    }
    if (m_found.empty())
        return makeError(ErrorKind::Unsupported,
                         "The BMC reports no 802.3 LAN channel among channels 0-11; give the channel number "
                         "explicitly.");
    return std::move(m_found);
}

} // namespace ipmi::channel
