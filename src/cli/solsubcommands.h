// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/sol/solcommands.h"

class CommandRegistry;

// sol activate, sol deactivate (ipmitool's `sol` family; sol info and sol set are in
// solconfigcommands.h).
void registerSolCommands(CommandRegistry &registry);
