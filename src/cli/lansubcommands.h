// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/lanprint.h"
#include "cli/lanverifiedset.h"

class CommandRegistry;

// lan print [channel] | lan set <channel> <parameter> <value>... [--verify [--verify-timeout <s>]]
// | lan alert print|set (lanalert.h)
// With --verify, lan set runs the verified change (ipmi::lan::SafeLanChange): write, then
// confirm with a NEW session at the new address within the time limit, else reconnect
// at the old address and write the previous values back. The commands live in lanprint,
// lanset and lanverifiedset; this registers them.
void registerLanCommands(CommandRegistry &registry);
