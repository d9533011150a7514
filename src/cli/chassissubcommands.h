// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"

#include "ipmi/cmd/chassis.h"

#include <optional>

class CommandRegistry;

// chassis status, chassis power ... (also as power ...), chassis restart_cause,
// chassis policy ..., chassis identify ..., chassis bootdev ...
void registerChassisCommands(CommandRegistry &registry);

// The outputs, from decoded values (exposed for the format tests).
CommandOutput chassisStatusOutput(const ipmi::cmd::ChassisStatus &status);
CommandOutput powerStatusOutput(bool powerOn);
CommandOutput powerControlOutput(ipmi::cmd::ChassisControl control);
CommandOutput restartCauseOutput(const ipmi::cmd::RestartCause &cause);
CommandOutput policyListOutput(const ipmi::cmd::SupportedRestorePolicies &supported);
CommandOutput policySetOutput(ipmi::cmd::PowerRestorePolicy policy);
CommandOutput identifyOutput(std::optional<std::uint8_t> intervalSeconds, bool force);
