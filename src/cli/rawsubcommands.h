// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/core/bytes.h"

#include <optional>

class CommandRegistry;

// raw <netfn> <cmd> [data ...]
void registerRawCommands(CommandRegistry &registry);

CommandOutput rawOutput(const ipmi::Bytes &data);

// A byte as ipmitool reads it (strtoul base 0: 0x1f hex, 017 octal, 31 decimal).
std::optional<std::uint8_t> parseByteArgument(const QString &text);
