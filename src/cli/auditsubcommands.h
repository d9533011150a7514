// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/sessionconfig.h"

#include <QString>

#include <functional>

class CommandRegistry;

// `audit [--try-defaults] [--fix]`: the security audit of each host (src/ipmi/audit).
void registerAuditCommands(CommandRegistry &registry);

// The session settings the command line gave for a host (user, password, timing). The
// audit's probes log in with variations of them over extra sessions, which the
// HostSession it is given cannot open; the application sets this once before running.
using AuditSessionConfigs = std::function<ipmi::SessionConfig(const QString &host, quint16 port)>;
void setAuditSessionConfigs(AuditSessionConfigs configs);
