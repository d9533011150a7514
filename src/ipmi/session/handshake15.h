// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/handshake.h"

#include <array>

namespace ipmi {

// IPMI 1.5 login (IPMI 2.0 section 22.15-22.17): authentication capabilities, Get
// Session Challenge and Activate Session, with MD5, or straight password / none when
// Lan15Policy allows them.
class Handshake15 final : public Handshake
{
public:
    using Handshake::Handshake;

    void start(Clock::time_point now) override;

    // The auth type to use, or why none is acceptable.
    static Result<AuthType> chooseAuthType(const sessioncmd::AuthCapabilities &caps,
                                           const Lan15Policy &policy, std::string_view peer);

private:
    void onAuthCaps(const sessioncmd::AuthCapabilities &caps, Clock::time_point now) override;
    void onIpmiReply(const ResponseMessage &reply, Clock::time_point now) override;
    void onIpmiTimeout(std::uint8_t cmd, Clock::time_point now) override;
    void onDatagram(ByteView datagram, Clock::time_point now) override;
    void onStepTimeout(Clock::time_point now) override;

    void sendChallenge(Clock::time_point now);
    void sendActivate(const sessioncmd::SessionChallenge &challenge, Clock::time_point now);
    void onActivated(const sessioncmd::ActivateResponse &response);

    AuthType m_authType = AuthType::Md5;
    bool m_perMessageAuthDisabled = false;
    std::uint32_t m_temporarySessionId = 0;
    std::uint32_t m_initialInbound = 0; // what we ask the BMC to start its numbers at
};

} // namespace ipmi
