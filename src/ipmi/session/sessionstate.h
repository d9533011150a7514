// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace ipmi {

// The fine-grained state of a LanSession, named after what was just sent. The table of
// allowed transitions and the theory of operation live in sessionstate.cpp; every
// transition goes through LanSession::Impl::enter(), which checks it against the table.
enum class Step
{
    Idle,             // nothing sent yet
    AuthCapsSent,     // Get Channel Authentication Capabilities (1.5 framing, both versions)
    CipherSuitesSent, // Get Channel Cipher Suites, an optional RMCP+ probe
    OpenSessionSent,  // RMCP+ Open Session Request
    Rakp1Sent,        // RMCP+ RAKP message 1
    Rakp3Sent,        // RMCP+ RAKP message 3
    ChallengeSent,    // IPMI 1.5 Get Session Challenge
    ActivateSent,     // IPMI 1.5 Activate Session
    PrivilegeSent,    // Set Session Privilege Level, the first message inside the session
    Established,      // open: requests are exchanged one at a time
    CloseSent,        // Close Session sent; not retransmitted, waited on briefly
    Closed,
    Failed,
};

bool transitionAllowed(Step from, Step to);
std::string_view stepName(Step step); // "RAKP message 1", as used in error messages

} // namespace ipmi
