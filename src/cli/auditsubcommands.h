// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CommandRegistry;

// `audit [--try-defaults] [--fix]`: the security audit of each host (src/ipmi/audit).
void registerAuditCommands(CommandRegistry &registry);
