// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrules.h"

#include "ipmi/lan/lanconfig.h"

#include <algorithm>

namespace ipmi::audit {

namespace {

using Kind = ProbeSpec::Kind;

constexpr std::uint8_t BitNone = 0x01;
constexpr std::uint8_t BitMd2 = 0x02;
constexpr std::uint8_t BitStraight = 0x10;

std::string trimmed(std::string text)
{
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

std::string suiteList(const std::vector<std::uint8_t> &suites)
{
    std::string text;
    for (std::uint8_t suite : suites)
        text += (text.empty() ? "" : ", ") + std::to_string(suite);
    return text;
}

const ProbeResult *probe(const AuditFacts &facts, Kind kind, std::optional<std::uint8_t> suite = std::nullopt)
{
    for (const ProbeResult &result : facts.probes) {
        if (result.spec.kind == kind && (!suite || result.spec.suite == suite))
            return &result;
    }
    return nullptr;
}

// The privilege the BMC gives a suite. Parameter 24 has one level per "entry"; like
// ipmitool (`lan set cipher_privs`), entry n is taken to be suite n. Mapping through the
// suite list of parameter 23 is unreliable: ipmi_sim 2.0.33 leaves out its reserved
// byte, which shifts every entry by one.
std::optional<std::uint8_t> suitePrivilege(const lan::LanConfig &config, std::uint8_t suite)
{
    if (!config.cipherSuitePrivileges || suite >= config.cipherSuitePrivileges->size())
        return std::nullopt;
    return (*config.cipherSuitePrivileges)[suite];
}

void cipherFindings(const AuditFacts &facts, std::vector<Finding> &findings)
{
    const std::uint8_t channel = facts.lanChannel.value_or(1);
    std::vector<std::uint8_t> acceptedWeak;
    std::vector<std::uint8_t> listedWeak;
    for (std::uint8_t suite : suitesWithoutIntegrity()) {
        const ProbeResult *tried = probe(facts, Kind::CipherSuite, suite);
        const auto privilege = facts.lan ? suitePrivilege(*facts.lan, suite) : std::nullopt;
        const bool listed = privilege && *privilege != 0;
        if (suite == 0) {
            if (!(tried && tried->accepted) && !(listed && !tried))
                continue;
            Finding finding;
            finding.id = "cipher-suite-0";
            const bool verified = tried && tried->accepted;
            finding.severity = verified ? Severity::Critical : Severity::High;
            finding.text = verified
                ? "Cipher suite 0 is accepted: it has no authentication, integrity or encryption, so anyone who "
                  "knows a user name logs in with any password. Set its privilege to X (no access)."
                : "Cipher suite 0 (no authentication, integrity or encryption) is enabled in the cipher suite "
                  "privileges. Set its privilege to X (no access).";
            finding.evidence = verified ? "a session with cipher suite 0 opened with a wrong password"
                                        : "cipher suite privileges (LAN parameter 24) give suite 0 privilege "
                                              + std::string(1, lan::cipherPrivilegeLetter(privilege.value_or(0)));
            if (facts.lan && facts.lan->cipherSuitePrivileges)
                finding.fix = Fix{Fix::Action::DisableCipherSuites, channel, {0}, 0,
                                  "Set the privilege of cipher suite 0 to X (no access)."};
            findings.push_back(std::move(finding));
            continue;
        }
        if (tried && tried->accepted)
            acceptedWeak.push_back(suite);
        else if (listed && !tried)
            listedWeak.push_back(suite);
    }
    if (acceptedWeak.empty() && listedWeak.empty())
        return;
    std::vector<std::uint8_t> all = acceptedWeak;
    all.insert(all.end(), listedWeak.begin(), listedWeak.end());
    std::sort(all.begin(), all.end());
    Finding finding;
    finding.id = "cipher-suite-no-integrity";
    finding.severity = acceptedWeak.empty() ? Severity::Medium : Severity::High;
    finding.text = "Cipher suites without integrity protection are enabled (" + suiteList(all)
        + "): after login, packets can be altered or injected without detection. Set their privilege to X "
          "(no access) and use suite 3 or 17.";
    finding.evidence = acceptedWeak.empty()
        ? "cipher suite privileges (LAN parameter 24) enable suites " + suiteList(listedWeak)
        : "sessions opened with cipher suites " + suiteList(acceptedWeak);
    if (facts.lan && facts.lan->cipherSuitePrivileges)
        finding.fix = Fix{Fix::Action::DisableCipherSuites, channel, all, 0,
                          "Set the privilege of cipher suites " + suiteList(all) + " to X (no access)."};
    findings.push_back(std::move(finding));
}

bool userEnabled(const user::UserEntry &entry)
{
    if (entry.access.enableStatus == 2)
        return false;
    // enableStatus 0 (IPMI 1.5 BMCs) says nothing: an account that may log in counts.
    return entry.access.enableStatus == 1
        || (entry.access.ipmiMessaging && entry.access.privilegeLimit != user::NoAccess
            && entry.access.privilegeLimit != 0);
}

void userFindings(const AuditFacts &facts, std::vector<Finding> &findings)
{
    const std::uint8_t channel = facts.lanChannel.value_or(1);
    const ProbeResult *anonymous = probe(facts, Kind::Anonymous);
    const bool capsSayAnonymous = facts.authCaps && facts.authCaps->anonymousLogin;
    const user::UserEntry *user1 = nullptr;
    if (facts.users) {
        for (const auto &entry : facts.users->users) {
            if (entry.id == user::AnonymousUser)
                user1 = &entry;
        }
    }
    const Fix disableUser1{Fix::Action::DisableUser, channel, {}, user::AnonymousUser,
                           "Disable user 1 (the null user) and set its privilege to no access."};
    if ((anonymous && anonymous->accepted) || capsSayAnonymous) {
        Finding finding;
        finding.id = "anonymous-login";
        const bool verified = anonymous && anonymous->accepted;
        finding.severity = verified ? Severity::Critical : Severity::High;
        finding.text = "Anonymous login is possible: a session opens with a null user name and null password. "
                       "Disable user 1 (the null user).";
        finding.evidence = verified ? "a session opened with a null user name and password"
                                    : "Get Channel Authentication Capabilities reports anonymous login enabled";
        finding.fix = disableUser1;
        findings.push_back(std::move(finding));
    } else if (user1 && userEnabled(*user1)) {
        Finding finding;
        finding.id = "null-user-enabled";
        finding.severity = Severity::High;
        finding.text = "User 1, the null user, is enabled. With a password set it can log in with an empty "
                       "user name; disable it.";
        finding.evidence = "Get User Access for user 1: privilege " + privilegeName(user1->access.privilegeLimit);
        finding.fix = disableUser1;
        findings.push_back(std::move(finding));
    }
    if (!facts.users)
        return;
    for (const auto &entry : facts.users->users) {
        if (entry.id == user::AnonymousUser || !entry.nameKnown || !entry.name.empty() || !userEnabled(entry))
            continue;
        Finding finding;
        finding.id = "null-user-enabled";
        finding.severity = Severity::High;
        finding.text = "User " + std::to_string(entry.id)
            + " has an empty name but is enabled: it logs in with a null user name. Disable it or give it a name.";
        finding.evidence = "Get User Name is empty and Get User Access shows privilege "
            + privilegeName(entry.access.privilegeLimit);
        finding.fix = Fix{Fix::Action::DisableUser, channel, {}, entry.id,
                          "Disable user " + std::to_string(entry.id) + " and set its privilege to no access."};
        findings.push_back(std::move(finding));
    }
}

void lan15Findings(const AuditFacts &facts, std::vector<Finding> &findings)
{
    const std::uint8_t channel = facts.lanChannel.value_or(1);
    std::uint8_t enabled = 0;
    std::string evidence;
    if (facts.lan && facts.lan->authTypeEnables) {
        const auto &e = *facts.lan->authTypeEnables;
        enabled = std::uint8_t(e.callback | e.user | e.operatorLevel | e.admin | e.oem);
        evidence = "auth type enables (LAN parameter 2): callback " + lan::authTypeNames(e.callback) + "; user "
            + lan::authTypeNames(e.user) + "; operator " + lan::authTypeNames(e.operatorLevel) + "; admin "
            + lan::authTypeNames(e.admin);
    } else if (facts.authCaps) {
        enabled = facts.authCaps->authTypes & 0x3f;
        evidence = "Get Channel Authentication Capabilities offers " + lan::authTypeNames(enabled);
    }
    const std::uint8_t weak = enabled & (BitNone | BitMd2 | BitStraight);
    if (weak == 0)
        return;
    Finding finding;
    finding.id = "ipmi15-weak-auth";
    finding.severity = (weak & (BitNone | BitStraight)) ? Severity::High : Severity::Medium;
    finding.text = "IPMI 1.5 logins accept weak authentication (" + trimmed(lan::authTypeNames(weak))
        + "): none and straight password send the password or nothing, MD2 is broken. Allow only MD5, or no "
          "IPMI 1.5 authentication at all if only IPMI 2.0 clients are used.";
    while (!evidence.empty() && evidence.back() == ' ')
        evidence.pop_back();
    finding.evidence = evidence;
    if (facts.lan && facts.lan->authTypeEnables)
        finding.fix = Fix{Fix::Action::RestrictAuthTypesToMd5, channel, {}, 0,
                          "Write the auth type enables with MD5 only at every privilege level."};
    findings.push_back(std::move(finding));
}

void channelFindings(const AuditFacts &facts, std::vector<Finding> &findings)
{
    if (!facts.authCaps && !facts.channelAccess)
        return;
    // Get Channel Authentication Capabilities when the BMC answered it, else the channel
    // access switches (the same bits, IPMI 2.0 table 22-28).
    sessioncmd::AuthCapabilities caps;
    std::string source = "Get Channel Authentication Capabilities";
    if (facts.authCaps) {
        caps = *facts.authCaps;
    } else {
        caps.perMessageAuthDisabled = !facts.channelAccess->perMessageAuth;
        caps.userLevelAuthDisabled = !facts.channelAccess->userLevelAuth;
        source = "Get Channel Access (volatile)";
    }
    const std::uint8_t channel = facts.lanChannel.value_or(caps.channel ? caps.channel : 1);
    const Fix enableAuth{Fix::Action::EnableChannelAuth, channel, {}, 0,
                         "Turn per-message and user-level authentication on in the channel access (volatile "
                         "and non-volatile)."};
    if (caps.perMessageAuthDisabled) {
        Finding finding;
        finding.id = "per-message-auth-disabled";
        finding.severity = Severity::Medium;
        finding.text = "Per-message authentication is disabled: after an IPMI 1.5 login, packets carry no "
                       "authentication code and a session can be hijacked. Turn it on.";
        finding.evidence = source + ": per-message authentication disabled";
        finding.fix = enableAuth;
        findings.push_back(std::move(finding));
    }
    if (caps.userLevelAuthDisabled) {
        Finding finding;
        finding.id = "user-level-auth-disabled";
        finding.severity = Severity::Medium;
        finding.text = "User-level authentication is disabled: commands at USER privilege need no "
                       "authentication code. Turn it on.";
        finding.evidence = source + ": user level authentication disabled";
        finding.fix = enableAuth;
        findings.push_back(std::move(finding));
    }
    if (caps.nullUsernames && !caps.anonymousLogin) {
        Finding finding;
        finding.id = "null-usernames";
        finding.severity = Severity::Medium;
        finding.text = "The BMC has users with a null user name and a non-null password: they log in without "
                       "a name. Disable them or give them names.";
        finding.evidence = "Get Channel Authentication Capabilities: null user names enabled";
        findings.push_back(std::move(finding));
    }
    if (caps.v20DataPresent && caps.v20Supported && !caps.kgSet) {
        Finding finding;
        finding.id = "kg-not-set";
        finding.severity = Severity::Low;
        finding.text = "The BMC key (K_g) is not set: RMCP+ session keys derive from the user's password alone. "
                       "A K_g adds a second secret that RAKP hashes do not reveal.";
        finding.evidence = "Get Channel Authentication Capabilities: K_g status is all zeros";
        findings.push_back(std::move(finding));
    }
}

void credentialFindings(const AuditFacts &facts, std::vector<Finding> &findings)
{
    for (const ProbeResult &result : facts.probes) {
        if (result.spec.kind != Kind::DefaultCredential || !result.accepted)
            continue;
        Finding finding;
        finding.id = "default-credentials";
        finding.severity = Severity::Critical;
        finding.text = "The factory account " + result.spec.username + " still has its default password ("
            + result.spec.label + "). Change the password or disable the account.";
        finding.evidence = "a session opened as " + result.spec.username + " with the published default password";
        findings.push_back(std::move(finding));
    }
    const bool v20 = facts.version == LanVersion::Lan20
        || (facts.authCaps && facts.authCaps->v20DataPresent && facts.authCaps->v20Supported);
    if (!v20)
        return;
    if (facts.ownPasswordLength && *facts.ownPasswordLength <= 16) {
        Finding finding;
        finding.id = "short-password";
        finding.severity = Severity::Medium;
        finding.text = "The password of the audited account (" + facts.ownUsername + ") is "
            + std::to_string(*facts.ownPasswordLength)
            + " bytes, at most 16: RAKP hashes of short passwords are cracked offline quickly. Use a random "
              "20-byte password (set with the 20-byte form). Other accounts' passwords cannot be read over "
              "IPMI, so only this account was checked.";
        finding.evidence = "the password this audit logged in with is "
            + std::to_string(*facts.ownPasswordLength) + " bytes long";
        findings.push_back(std::move(finding));
    }
    Finding advice;
    advice.id = "rakp-hash-exposure";
    advice.severity = Severity::Info;
    advice.text = "IPMI 2.0 by design (RAKP message 2) gives anyone who knows a user name an HMAC of that "
                  "user's password, which can be cracked offline. Use long random passwords (20 bytes), keep "
                  "the BMC on a separate management network, and disable accounts that are not used.";
    advice.evidence = "the BMC speaks IPMI 2.0 (RMCP+)";
    findings.push_back(std::move(advice));
}

} // namespace

std::vector<Finding> evaluate(const AuditFacts &facts)
{
    std::vector<Finding> findings;
    cipherFindings(facts, findings);
    userFindings(facts, findings);
    lan15Findings(facts, findings);
    channelFindings(facts, findings);
    credentialFindings(facts, findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return findings;
}

} // namespace ipmi::audit
