// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/audit/auditfacts.h"
#include "ipmi/audit/auditfinding.h"

#include <vector>

namespace ipmi::audit {

// The findings the facts support, most severe first. Pure: the same facts give the same
// report. A fact that is missing (not read, not probed) gives no finding of its own;
// the report's notes say what could not be checked.
std::vector<Finding> evaluate(const AuditFacts &facts);

} // namespace ipmi::audit
