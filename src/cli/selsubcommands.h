// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/sel/seldescription.h"
#include "ipmi/sel/selreader.h"

class CommandRegistry;

// sel info | list | elist | get <id> | clear | delete <id>...
void registerSelCommands(CommandRegistry &registry);

CommandOutput selInfoOutput(const ipmi::sel::SelInfo &info);
// The list as ipmitool prints it; with a directory (from the SDR) sensor names replace
// the "#0x08" numbers and threshold readings are added, as in ipmitool's elist.
CommandOutput selListOutput(const std::vector<ipmi::sel::SelEntry> &entries,
                            const ipmi::sel::SensorDirectory *directory);
CommandOutput selEntryOutput(const ipmi::sel::SelEntry &entry, std::uint16_t nextRecordId);
