// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/user/userlist.h"

class CommandRegistry;

// user list|summary [channel], user set name|password, user enable|disable|priv|test.
void registerUserCommands(CommandRegistry &registry);

// Argument words shared with the channel commands.
ipmi::Result<std::uint8_t> parseUserIdWord(const QString &word, const QString &synopsis);
ipmi::Result<std::uint8_t> parsePrivilegeWord(const QString &word, const QString &synopsis); // 1-5 or 15

CommandOutput userListOutput(const ipmi::user::UserTable &table);
CommandOutput userSummaryOutput(const ipmi::user::UserTable &table);
// ipmitool's "channel getaccess" blocks, one per user of the table.
CommandOutput userAccessOutput(const ipmi::user::UserTable &table);
