// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/sol/solcommands.h"

class CommandRegistry;

// sol info, sol activate, sol deactivate (ipmitool's `sol` family).
void registerSolCommands(CommandRegistry &registry);

// `sol info` text and JSON from the decoded parameters (exposed for the format tests).
CommandOutput solInfoOutput(const ipmi::sol::SolConfiguration &config);
