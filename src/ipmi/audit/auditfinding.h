// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What a security audit reports: findings with a severity, the evidence behind each, and
// where one can be applied, the change that removes it.
namespace ipmi::audit {

enum class Severity : std::uint8_t
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
};

std::string_view severityName(Severity severity); // "critical", "high", ...

// A change that removes a finding. The fixer reads the present value again before it
// writes, so fixes can be applied one after another.
struct Fix
{
    enum class Action : std::uint8_t
    {
        DisableCipherSuites,  // cipher suite privilege "X" (param 24) for `suites`
        RestrictAuthTypesToMd5, // IPMI 1.5 auth type enables (param 2): MD5 only
        DisableUser,          // privilege "no access" on `channel`, then Disable User
        EnableChannelAuth,    // channel access: per-message and user-level authentication on
    };

    Action action = Action::DisableCipherSuites;
    std::uint8_t channel = 0;
    std::vector<std::uint8_t> suites; // DisableCipherSuites
    std::uint8_t user = 0;            // DisableUser
    std::string description;          // "Set the privilege of cipher suite 0 to X (no access)."
};

struct Finding
{
    std::string id; // stable, for scripts: "cipher-suite-0", "anonymous-login", ...
    Severity severity = Severity::Info;
    std::string text;     // what is wrong and what to do about it
    std::string evidence; // how it was found
    std::optional<Fix> fix;
};

} // namespace ipmi::audit
