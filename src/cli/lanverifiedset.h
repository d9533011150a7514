// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "cli/lanset.h"

#include "ipmi/lan/lanconfig.h"

#include <functional>
#include <memory>

// How `lan set --verify` opens its new sessions (at the new address, then at the old one)
// with the command line's settings. The CLI application sets it; without it --verify
// fails with a clear sentence.
using LanVerifySessionFactory = std::function<std::unique_ptr<HostSession>(const QString &host, quint16 port)>;
LanVerifySessionFactory &lanVerifySessionFactory();

// `lan set --verify` (ipmi::lan::SafeLanChange): write, then confirm with a NEW session
// at the new address within the time limit, else reconnect at the old address and write
// the previous values back. Needs a LAN session; done is called once.
void runVerifiedLanSet(HostSession &session, std::uint8_t channel, const LanSetRequest &set,
                       const ipmi::lan::LanConfig &current, TaskDone done);
