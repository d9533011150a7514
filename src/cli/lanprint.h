// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/lan/lanconfigreader.h"

#include <optional>

// lan print [channel]: the LAN configuration as ipmitool prints it, and as JSON.
CommandOutput lanPrintOutput(std::uint8_t channel, const ipmi::lan::LanConfigRead &read);

// Reads the configuration of the channel (the LAN channel when none is given).
HostTask lanPrintTask(std::optional<std::uint8_t> channel);
