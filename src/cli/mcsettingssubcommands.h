// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/cmd/app.h"
#include "ipmi/cmd/watchdog.h"

class CommandRegistry;

// mc getenables, mc setenables <option>=on|off..., mc watchdog get|reset|off.
void registerMcSettingsCommands(CommandRegistry &registry);

// The outputs, from decoded values (exposed for the format tests).
CommandOutput globalEnablesOutput(const ipmi::cmd::GlobalEnables &enables);
CommandOutput watchdogOutput(const ipmi::cmd::WatchdogTimer &timer);
