// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/channel/channelcommands.h"
#include "ipmi/lan/lanconfig.h"
#include "ipmi/session/sessioncommands.h"
#include "ipmi/session/sessionconfig.h"
#include "ipmi/user/userlist.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Everything a security audit knows about one BMC: what its own session read, and what
// the extra login attempts ("probes") found. The rules (auditrules.h) turn facts into
// findings; gathering them is the job of AuditGatherer and of the caller's probes.
namespace ipmi::audit {

// A login attempt the audit makes besides its own session.
struct ProbeSpec
{
    enum class Kind : std::uint8_t
    {
        CipherSuite,       // one RMCP+ cipher suite, pinned
        Anonymous,         // null user name, null password
        DefaultCredential, // a vendor's factory account
    };

    Kind kind = Kind::CipherSuite;
    std::optional<std::uint8_t> suite; // pinned suite; unset = automatic choice
    std::string username;
    std::string password;          // ignored when useOwnPassword
    bool useOwnPassword = false;   // log in with the audited account's password
    std::string label;             // "Supermicro ADMIN/ADMIN", "cipher suite 0"
};

struct ProbeResult
{
    ProbeSpec spec;
    bool accepted = false; // a session opened
    std::string detail;    // why it was refused, or the session's notes
};

struct AuditFacts
{
    std::string host; // for the report
    LanVersion version = LanVersion::Lan20; // of the audited session
    std::optional<std::size_t> ownPasswordLength; // unknown when the caller cannot tell
    std::string ownUsername;

    std::optional<sessioncmd::AuthCapabilities> authCaps;
    std::optional<std::uint8_t> lanChannel;
    // Volatile channel access: the same authentication switches, for BMCs that refuse
    // Get Channel Authentication Capabilities inside a session (ipmi_sim answers D5h).
    std::optional<channel::ChannelAccess> channelAccess;
    std::optional<lan::LanConfig> lan; // auth types and cipher suites (params 1, 2, 22-24)
    std::optional<user::UserTable> users;

    bool probesRun = false;
    bool defaultsTried = false;
    std::vector<ProbeResult> probes;

    std::vector<std::string> notes; // what could not be read, and why
};

// RMCP+ suites whose integrity algorithm is "none" (IPMI 2.0 table 22-20): 0, 1, 6, 15.
bool suiteHasNoIntegrity(std::uint8_t suite);
const std::vector<std::uint8_t> &suitesWithoutIntegrity();

// The probes of an audit. The cipher-suite probes try suite 0 with a deliberately wrong
// password (a BMC that admits it admits anyone) and suites 1, 6 and 15 with the audited
// account; the anonymous probe uses a null name and password; vendor defaults are added
// only with tryDefaults.
std::vector<ProbeSpec> plannedProbes(std::string_view ownUsername, bool tryDefaults);

// The login settings of one probe, from the audited session's: an IPMI 2.0 login with the
// probe's name, password and pinned suite (K_g only for the cipher-suite probes), tried
// once and never reopened: a probe is a question, not a login to insist on.
SessionConfig probeConfig(const SessionConfig &audited, const ProbeSpec &spec);

// The password the suite-0 probe sends: no account should have it.
inline constexpr std::string_view WrongProbePassword = "audit-wrong-pw"; // fits every password form

} // namespace ipmi::audit
