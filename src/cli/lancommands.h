// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/lan/lanconfigreader.h"

class CommandRegistry;

// lan print [channel] | lan set <channel> <parameter> <value>...
// The verified address change (lan set --verify, issue #7 item 2) is not here yet; it
// will run ipmi::lan::LanConfigWriter and then reconnect and confirm.
void registerLanCommands(CommandRegistry &registry);

CommandOutput lanPrintOutput(std::uint8_t channel, const ipmi::lan::LanConfigRead &read);
