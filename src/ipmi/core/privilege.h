// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ipmi {

// IPMI privilege levels, numbered as on the wire (spec table 22-28). The one definition
// the session, the registry, the front ends and the simulated BMCs share.
enum class Privilege : std::uint8_t
{
    Callback = 1,
    User = 2,
    Operator = 3,
    Administrator = 4,
    Oem = 5,
};

// A privilege limit byte as ipmitool prints it: "ADMINISTRATOR", "NO ACCESS" (0Fh),
// "Unknown (0x07)". The spelling ipmitool's -L and FreeIPMI's -l accept, too.
std::string privilegeName(std::uint8_t level);
std::string privilegeName(Privilege privilege);
// "user", "Operator", "ADMINISTRATOR" (or FreeIPMI's "admin"): the three levels a login
// may ask for.
std::optional<Privilege> privilegeFromName(std::string_view name);

} // namespace ipmi
