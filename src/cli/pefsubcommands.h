// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/pef/pefcommands.h"
#include "ipmi/pef/peftables.h"

#include <vector>

class CommandRegistry;

// pef info, pef status, pef filter list, pef policy list (the enable/disable switches
// are in pefswitchcommands.h).
void registerPefCommands(CommandRegistry &registry);

// The outputs, from decoded values (exposed for the format tests).
CommandOutput pefInfoOutput(const ipmi::pef::Capabilities &capabilities, int policyEntries, const QString &guid);
CommandOutput pefFilterListOutput(const std::vector<ipmi::pef::EventFilter> &filters);
