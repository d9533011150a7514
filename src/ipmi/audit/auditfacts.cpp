// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfacts.h"

#include <algorithm>

namespace ipmi::audit {

namespace {

struct DefaultAccount
{
    const char *vendor;
    const char *username;
    const char *password;
};

// Factory accounts that can be guessed (HPE iLO's Administrator password is random and
// printed on a label, so it is not among them).
constexpr DefaultAccount DefaultAccounts[] = {
    {"Supermicro", "ADMIN", "ADMIN"},  {"Dell iDRAC", "root", "calvin"}, {"Lenovo/IBM", "USERID", "PASSW0RD"},
    {"generic", "admin", "admin"},     {"generic", "root", "root"},      {"generic", "admin", "password"},
    {"generic", "Administrator", "password"},
};

} // namespace

const std::vector<std::uint8_t> &suitesWithoutIntegrity()
{
    static const std::vector<std::uint8_t> suites{0, 1, 6, 15};
    return suites;
}

bool suiteHasNoIntegrity(std::uint8_t suite)
{
    const auto &suites = suitesWithoutIntegrity();
    return std::find(suites.begin(), suites.end(), suite) != suites.end();
}

std::vector<ProbeSpec> plannedProbes(std::string_view ownUsername, bool tryDefaults)
{
    std::vector<ProbeSpec> probes;
    for (std::uint8_t suite : suitesWithoutIntegrity()) {
        ProbeSpec probe;
        probe.kind = ProbeSpec::Kind::CipherSuite;
        probe.suite = suite;
        probe.username = std::string(ownUsername);
        if (suite == 0)
            probe.password = std::string(WrongProbePassword);
        else
            probe.useOwnPassword = true;
        probe.label = "cipher suite " + std::to_string(suite);
        probes.push_back(std::move(probe));
    }
    ProbeSpec anonymous;
    anonymous.kind = ProbeSpec::Kind::Anonymous;
    anonymous.label = "null user name and password";
    probes.push_back(std::move(anonymous));
    if (tryDefaults) {
        for (const DefaultAccount &account : DefaultAccounts) {
            ProbeSpec probe;
            probe.kind = ProbeSpec::Kind::DefaultCredential;
            probe.username = account.username;
            probe.password = account.password;
            probe.label = std::string(account.vendor) + ' ' + account.username + '/' + account.password;
            probes.push_back(std::move(probe));
        }
    }
    return probes;
}

SessionConfig probeConfig(const SessionConfig &audited, const ProbeSpec &spec)
{
    SessionConfig config = audited;
    config.version = LanVersion::Lan20;
    config.username = spec.username;
    if (!spec.useOwnPassword)
        config.password = SecretBytes(std::string_view(spec.password));
    if (spec.kind != ProbeSpec::Kind::CipherSuite)
        config.kg = SecretBytes();
    config.cipher.pinnedSuite = spec.suite;
    config.cipher.allowSuiteZero = spec.suite == std::uint8_t(0);
    config.timing.handshakeAttempts = 1;
    config.timing.handshakeMessageAttempts = 2;
    config.timing.reopenAttempts = 0;
    return config;
}

} // namespace ipmi::audit
