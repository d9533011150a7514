// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CommandRegistry;

// pef filter enable|disable <id>, pef policy enable|disable <id>: one entry of the event
// filter or alert policy table switched on or off with set in progress, then read back.
void registerPefSwitchCommands(CommandRegistry &registry);
