// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ipmi {

// Checks one field of a write against what was read back: when the change asked for a
// value and the BMC holds another, the field's name joins `mismatches`.
template<typename Wanted, typename Actual>
void noteMismatch(std::vector<std::string> &mismatches, const std::optional<Wanted> &wanted, const Actual &actual,
                  const char *name)
{
    if (wanted && *wanted != actual)
        mismatches.emplace_back(name);
}

} // namespace ipmi
