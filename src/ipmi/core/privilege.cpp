// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/core/privilege.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace ipmi {

std::string privilegeName(std::uint8_t level)
{
    switch (level) {
    case 0x01: return "CALLBACK";
    case 0x02: return "USER";
    case 0x03: return "OPERATOR";
    case 0x04: return "ADMINISTRATOR";
    case 0x05: return "OEM";
    case 0x0F: return "NO ACCESS";
    default: break;
    }
    char text[16];
    std::snprintf(text, sizeof text, "Unknown (0x%02x)", level);
    return text;
}

std::string privilegeName(Privilege privilege)
{
    return privilegeName(static_cast<std::uint8_t>(privilege));
}

std::optional<Privilege> privilegeFromName(std::string_view name)
{
    std::string upper(name);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (Privilege privilege : {Privilege::User, Privilege::Operator, Privilege::Administrator}) {
        if (privilegeName(privilege) == upper)
            return privilege;
    }
    if (upper == "ADMIN") // FreeIPMI's spelling (-l ADMIN, the ipmi_exporter's "privilege: admin")
        return Privilege::Administrator;
    return std::nullopt;
}

} // namespace ipmi
