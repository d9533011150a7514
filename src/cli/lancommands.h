// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/lan/lanconfigreader.h"

#include <functional>
#include <memory>

class CommandRegistry;

// lan print [channel] | lan set <channel> <parameter> <value>... [--verify [--verify-timeout <s>]]
// With --verify, lan set runs the verified change (ipmi::lan::SafeLanChange): write, then
// confirm with a NEW session at the new address within the time limit, else reconnect
// at the old address and write the previous values back.
void registerLanCommands(CommandRegistry &registry);

// How `lan set --verify` opens its new sessions (at the new address, then at the old one)
// with the command line's settings. The CLI application sets it; without it --verify
// fails with a clear sentence.
using LanVerifySessionFactory = std::function<std::unique_ptr<HostSession>(const QString &host, quint16 port)>;
void setLanVerifySessionFactory(LanVerifySessionFactory factory);

CommandOutput lanPrintOutput(std::uint8_t channel, const ipmi::lan::LanConfigRead &read);
