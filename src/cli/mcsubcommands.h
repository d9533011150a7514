// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/cmd/app.h"

#include <optional>

class CommandRegistry;

// mc info, mc guid, mc reset warm|cold.
void registerMcCommands(CommandRegistry &registry);

// The outputs, from decoded values (exposed for the format tests).
CommandOutput mcInfoOutput(const ipmi::cmd::DeviceId &id, const std::optional<ipmi::cmd::DeviceGuid> &guid);
CommandOutput mcGuidOutput(const ipmi::cmd::DeviceGuid &guid);
