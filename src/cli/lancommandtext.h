// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>
#include <string>
#include <vector>

// Helpers shared by the lan command files (lanprint, lanset, lanverifiedset,
// lancommands). Their strings share the "LanCommands" translation context, each
// file through its own LanText holder (lupdate cannot follow this include).
namespace lantext {

inline QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

inline void reportWarnings(const std::vector<std::string> &warnings)
{
    for (const std::string &warning : warnings)
        fprintf(stderr, "warning: %s\n", warning.c_str());
}

} // namespace lantext
