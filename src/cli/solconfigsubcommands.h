// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/sol/solconfig.h"

class CommandRegistry;

// sol info [channel], sol set <parameter> <value> [channel].
void registerSolConfigCommands(CommandRegistry &registry);

// `sol info` text and JSON (exposed for the format tests). channel and port stand in for
// the optional parameters the BMC lacks, as ipmitool shows them: the channel asked
// for and the session's port.
CommandOutput solInfoOutput(const ipmi::sol::SolConfiguration &config, std::uint8_t channel = 0x0e,
                            quint16 port = 623);
