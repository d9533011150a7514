// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfinding.h"

namespace ipmi::audit {

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return "info";
    case Severity::Low: return "low";
    case Severity::Medium: return "medium";
    case Severity::High: return "high";
    case Severity::Critical: return "critical";
    }
    return "info";
}

} // namespace ipmi::audit
