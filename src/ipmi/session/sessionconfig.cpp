// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/session/sessionconfig.h"

#include <algorithm>
#include <cctype>

namespace ipmi {

std::string privilegeName(Privilege privilege)
{
    switch (privilege) {
    case Privilege::Callback: return "CALLBACK";
    case Privilege::User: return "USER";
    case Privilege::Operator: return "OPERATOR";
    case Privilege::Administrator: return "ADMINISTRATOR";
    case Privilege::Oem: return "OEM";
    }
    return "UNKNOWN";
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
    return std::nullopt;
}

} // namespace ipmi
