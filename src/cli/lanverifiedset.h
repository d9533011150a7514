// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "cli/lanset.h"

#include "ipmi/lan/lanconfig.h"

#include <functional>
#include <memory>

// `lan set --verify` (ipmi::lan::SafeLanChange, driven by SafeLanChangeDriver): write,
// then confirm with a NEW session at the new address within the time limit, else
// reconnect at the old address and write the previous values back. Needs a LAN session
// (HostSession::lanLogin()), whose settings the new sessions log in with; done is
// called once.
void runVerifiedLanSet(HostSession &session, std::uint8_t channel, const LanSetRequest &set,
                       const ipmi::lan::LanConfig &current, TaskDone done);
