// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/lan/alertdestination.h"

#include <optional>
#include <vector>

class CommandRegistry;

// lan alert print [channel] [destination] | lan alert set <channel> <destination>
// <ipaddr|macaddr|gateway|ack|type|time|retry> <value>, in ipmitool's syntax. The set
// writes with set in progress (rolled back when a write fails) and reads the
// destination back.
void registerLanAlertCommands(CommandRegistry &registry);

// One destination as ipmitool prints it, and the listing (exposed for the format tests).
QString lanAlertText(const ipmi::lan::AlertDestination &destination);
CommandOutput lanAlertOutput(std::uint8_t channel, const std::vector<ipmi::lan::AlertDestination> &destinations);
