// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/channel/channelcommands.h"

#include <functional>
#include <optional>

class CommandRegistry;

// channel info [channel] | getaccess <channel> [userid] | setaccess <channel> <userid> ...
void registerChannelCommands(CommandRegistry &registry);

// Runs next(channel) with the given channel, or with the BMC's first 802.3 LAN channel
// (Get Channel Info over channels 0-11) when none was given.
void withLanChannel(HostSession &session, std::optional<std::uint8_t> channel, TaskDone done,
                    std::function<void(std::uint8_t)> next);

// Parses a channel number word (0-15, decimal or 0x hex) for a command's synopsis.
ipmi::Result<std::uint8_t> parseChannelWord(const QString &word, const QString &synopsis);

CommandOutput channelInfoOutput(const ipmi::channel::ChannelInfo &info,
                                const std::optional<ipmi::channel::ChannelAccess> &volatileAccess,
                                const std::optional<ipmi::channel::ChannelAccess> &nonVolatileAccess);
