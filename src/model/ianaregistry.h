// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

// The manufacturer name for an IANA enterprise number, as ipmitool finds it: from the
// system's copy of the IANA registry (/usr/share/misc/enterprise-numbers.txt, which
// Debian ships with ipmitool), else from the command layer's built-in table of server
// vendors. Read once, on first use. Number 0 (unknown) has no name; 0FFFFFh is
// "Unspecified", as ipmitool prints them.
std::optional<QString> manufacturerDisplayName(std::uint32_t enterpriseNumber);
