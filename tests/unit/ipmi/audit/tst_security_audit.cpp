// SPDX-License-Identifier: GPL-3.0-or-later
// The security audit's decision rules on hand-made fact sets, the fact gathering and the
// fixes against a scripted BMC (IPMI 2.0 sections 22.13, 22.22-22.30, 23.1 table 23-4).
#include "commandresponder.h"

#include "ipmi/audit/auditfixer.h"
#include "ipmi/audit/auditgatherer.h"
#include "ipmi/audit/auditrules.h"
#include "ipmi/cmd/netfn.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace ipmi;
using namespace ipmi::audit;
using ipmi::test::CommandResponder;
using ipmi::test::runOperation;

namespace {

const Finding *findingWithId(const std::vector<Finding> &findings, const std::string &id)
{
    const auto found = std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.id == id; });
    return found == findings.end() ? nullptr : &*found;
}

ProbeResult probeResult(ProbeSpec::Kind kind, std::optional<std::uint8_t> suite, bool accepted)
{
    ProbeResult result;
    result.spec.kind = kind;
    result.spec.suite = suite;
    result.accepted = accepted;
    return result;
}

// A BMC that keeps LAN parameters (Transport 01h/02h) and answers the app commands the
// audit uses with fixed bytes.
struct ScriptedBmc
{
    std::map<std::uint8_t, Bytes> lan;
    std::vector<Request> sets;
    Bytes authCaps{0x01, 0x96, 0x14, 0x03, 0, 0, 0, 0};

    void install(CommandResponder &bmc)
    {
        bmc.on(netfn::App, 0x38, [this](const Request &) -> Result<Response> { return Response{0, authCaps}; });
        bmc.on(netfn::Transport, 0x02, [this](const Request &request) -> Result<Response> {
            const auto found = lan.find(request.data.at(1));
            if (found == lan.end())
                return Response{0x80, {}};
            Bytes data{0x11};
            data.insert(data.end(), found->second.begin(), found->second.end());
            return Response{0, data};
        });
        bmc.on(netfn::Transport, 0x01, [this](const Request &request) -> Result<Response> {
            sets.push_back(request);
            lan[request.data.at(1)] = Bytes(request.data.begin() + 2, request.data.end());
            return Response{0, {}};
        });
    }
};

} // namespace

class TestSecurityAudit : public QObject
{
    Q_OBJECT

private slots:
    void probeSettingsDeriveFromTheAuditedLogin()
    {
        SessionConfig audited;
        audited.version = LanVersion::Lan15;
        audited.username = "admin";
        audited.password = SecretBytes(std::string_view("own-pw"));
        audited.kg = SecretBytes(std::string_view("kg-key"));
        audited.timing.handshakeAttempts = 5;
        for (const ProbeSpec &spec : plannedProbes("admin", true)) {
            const SessionConfig probe = probeConfig(audited, spec);
            QCOMPARE(probe.version, LanVersion::Lan20);
            QCOMPARE(probe.username, spec.username);
            QCOMPARE(probe.cipher.pinnedSuite, spec.suite);
            QCOMPARE(probe.cipher.allowSuiteZero, spec.suite == std::uint8_t(0));
            const auto text = [](const SecretBytes &secret) { return std::string(secret.view().begin(), secret.view().end()); };
            QCOMPARE(text(probe.password), spec.useOwnPassword ? std::string("own-pw") : spec.password);
            QCOMPARE(probe.kg.empty(), spec.kind != ProbeSpec::Kind::CipherSuite);
            QCOMPARE(probe.timing.handshakeAttempts, 1);
            QCOMPARE(probe.timing.reopenAttempts, 0);
        }
    }

    void suiteZeroAcceptedIsCritical()
    {
        AuditFacts facts;
        facts.lan = lan::LanConfig{};
        facts.lan->cipherSuitePrivileges = lan::CipherSuitePrivileges{4, 4, 4, 4};
        facts.lanChannel = 1;
        facts.probes.push_back(probeResult(ProbeSpec::Kind::CipherSuite, 0, true));
        const auto findings = evaluate(facts);
        const Finding *zero = findingWithId(findings, "cipher-suite-0");
        QVERIFY(zero);
        QCOMPARE(zero->severity, Severity::Critical);
        QVERIFY(zero->fix);
        QCOMPARE(zero->fix->action, Fix::Action::DisableCipherSuites);
        QCOMPARE(zero->fix->suites, std::vector<std::uint8_t>{0});
        QCOMPARE(findings.front().id, std::string("cipher-suite-0")); // most severe first
    }

    void suiteZeroRefusedButListed()
    {
        AuditFacts facts;
        facts.lan = lan::LanConfig{};
        facts.lan->cipherSuitePrivileges = lan::CipherSuitePrivileges{4, 4};
        // Tried and refused: the privilege table is not evidence enough to report.
        facts.probes.push_back(probeResult(ProbeSpec::Kind::CipherSuite, 0, false));
        QVERIFY(!findingWithId(evaluate(facts), "cipher-suite-0"));
        // Not tried: reported from the table (entry 0 is suite 0), as high.
        facts.probes.clear();
        const auto findings = evaluate(facts);
        QVERIFY(findingWithId(findings, "cipher-suite-0"));
        QCOMPARE(findingWithId(findings, "cipher-suite-0")->severity, Severity::High);
        // Suite 1 is listed too, but a listed-only weak suite is medium.
        QCOMPARE(findingWithId(findings, "cipher-suite-no-integrity")->severity, Severity::Medium);
        facts.lan->cipherSuitePrivileges = lan::CipherSuitePrivileges{0, 0, 4};
        QVERIFY(!findingWithId(evaluate(facts), "cipher-suite-0"));
        QVERIFY(!findingWithId(evaluate(facts), "cipher-suite-no-integrity"));
    }

    void suitesWithoutIntegrity()
    {
        AuditFacts facts;
        facts.probes.push_back(probeResult(ProbeSpec::Kind::CipherSuite, 1, true));
        facts.probes.push_back(probeResult(ProbeSpec::Kind::CipherSuite, 6, true));
        facts.probes.push_back(probeResult(ProbeSpec::Kind::CipherSuite, 15, false));
        const auto findings = evaluate(facts);
        const Finding *weak = findingWithId(findings, "cipher-suite-no-integrity");
        QVERIFY(weak);
        QCOMPARE(weak->severity, Severity::High);
        QVERIFY(weak->text.find("1, 6") != std::string::npos);
        QVERIFY(!weak->fix); // no privilege table was read, so nothing to write
    }

    void anonymousAndNullUsers()
    {
        AuditFacts facts;
        facts.probes.push_back(probeResult(ProbeSpec::Kind::Anonymous, std::nullopt, true));
        auto findings = evaluate(facts);
        QCOMPARE(findingWithId(findings, "anonymous-login")->severity, Severity::Critical);
        QCOMPARE(findingWithId(findings, "anonymous-login")->fix->user, std::uint8_t(1));

        facts.probes.clear();
        facts.users = user::UserTable{};
        user::UserEntry one;
        one.id = 1;
        one.access.enableStatus = 1;
        one.access.privilegeLimit = 4;
        user::UserEntry unnamed;
        unnamed.id = 5;
        unnamed.access.ipmiMessaging = true;
        unnamed.access.privilegeLimit = 2;
        user::UserEntry disabled = unnamed;
        disabled.id = 6;
        disabled.access.enableStatus = 2;
        facts.users->users = {one, unnamed, disabled};
        findings = evaluate(facts);
        QVERIFY(!findingWithId(findings, "anonymous-login"));
        const auto nulls = std::count_if(findings.begin(), findings.end(),
                                         [](const Finding &f) { return f.id == "null-user-enabled"; });
        QCOMPARE(nulls, 2); // users 1 and 5; 6 is disabled
    }

    void ipmi15AuthTypes()
    {
        AuditFacts facts;
        facts.lan = lan::LanConfig{};
        facts.lan->authTypeEnables = lan::AuthTypeEnables{0x14, 0x14, 0x04, 0x04, 0};
        auto findings = evaluate(facts);
        QCOMPARE(findingWithId(findings, "ipmi15-weak-auth")->severity, Severity::High);
        QCOMPARE(findingWithId(findings, "ipmi15-weak-auth")->fix->action, Fix::Action::RestrictAuthTypesToMd5);
        facts.lan->authTypeEnables = lan::AuthTypeEnables{0x06, 0x04, 0x04, 0x04, 0};
        QCOMPARE(findingWithId(evaluate(facts), "ipmi15-weak-auth")->severity, Severity::Medium);
        facts.lan->authTypeEnables = lan::AuthTypeEnables{0x04, 0x04, 0x04, 0x04, 0};
        QVERIFY(!findingWithId(evaluate(facts), "ipmi15-weak-auth"));
    }

    void channelFlags()
    {
        AuditFacts facts;
        auto caps = sessioncmd::decodeAuthCapsResponse(Bytes{0x01, 0x96, 0x18, 0x03, 0, 0, 0, 0});
        QVERIFY(caps);
        facts.authCaps = caps.value();
        const auto findings = evaluate(facts);
        QVERIFY(findingWithId(findings, "per-message-auth-disabled"));
        QVERIFY(findingWithId(findings, "user-level-auth-disabled"));
        QCOMPARE(findingWithId(findings, "per-message-auth-disabled")->fix->channel, std::uint8_t(1));
        QVERIFY(findingWithId(findings, "kg-not-set"));
        caps = sessioncmd::decodeAuthCapsResponse(Bytes{0x01, 0x96, 0x24, 0x03, 0, 0, 0, 0});
        facts.authCaps = caps.value();
        QVERIFY(!findingWithId(evaluate(facts), "per-message-auth-disabled"));
        QVERIFY(!findingWithId(evaluate(facts), "kg-not-set"));
    }

    void channelAccessFallback()
    {
        AuditFacts facts;
        channel::ChannelAccess access;
        access.perMessageAuth = false;
        facts.channelAccess = access;
        const auto findings = evaluate(facts);
        QVERIFY(findingWithId(findings, "per-message-auth-disabled"));
        QVERIFY(!findingWithId(findings, "user-level-auth-disabled"));
        QVERIFY(findingWithId(findings, "per-message-auth-disabled")->evidence.find("Channel Access")
                != std::string::npos);
    }

    void passwordsAndRakp()
    {
        AuditFacts facts;
        facts.ownUsername = "admin";
        facts.ownPasswordLength = 16;
        auto findings = evaluate(facts);
        QVERIFY(findingWithId(findings, "short-password"));
        QVERIFY(findingWithId(findings, "rakp-hash-exposure"));
        QCOMPARE(findings.back().id, std::string("rakp-hash-exposure"));
        facts.ownPasswordLength = 17;
        QVERIFY(!findingWithId(evaluate(facts), "short-password"));
        facts.version = LanVersion::Lan15; // a 1.5 session on a BMC that says nothing about 2.0
        QVERIFY(!findingWithId(evaluate(facts), "rakp-hash-exposure"));
    }

    void defaultCredentials()
    {
        QCOMPARE(plannedProbes("admin", false).size(), std::size_t(5));
        const auto probes = plannedProbes("admin", true);
        QVERIFY(probes.size() > 5);
        QCOMPARE(probes.front().password, std::string(WrongProbePassword));
        AuditFacts facts;
        ProbeResult hit{probes.back(), true, {}};
        facts.probes.push_back(hit);
        QCOMPARE(findingWithId(evaluate(facts), "default-credentials")->severity, Severity::Critical);
    }

    void gathererReadsFacts()
    {
        CommandResponder bmc;
        ScriptedBmc scripted;
        scripted.lan = {{2, {0x14, 0x14, 0x14, 0x14, 0x00}},
                        {22, {0x02}},
                        {23, {0x00, 0x03, 0x00}},
                        {24, {0x00, 0x40, 0, 0, 0, 0, 0, 0, 0}}};
        scripted.install(bmc);
        bmc.on(netfn::App, 0x44, [](const Request &) -> Result<Response> { return Response{0xc1, {}}; });
        AuditGatherer gatherer{AuditFacts{}};
        auto facts = runOperation(gatherer, std::ref(bmc));
        QVERIFY2(facts, facts ? "" : facts.error().message.c_str());
        QCOMPARE(facts->lanChannel, std::optional<std::uint8_t>(1));
        QVERIFY(facts->authCaps->perMessageAuthDisabled);
        QCOMPARE(*facts->lan->cipherSuites, (std::vector<std::uint8_t>{3, 0}));
        QVERIFY(!facts->users);
        QVERIFY(!facts->notes.empty()); // the refused user list is noted
        QVERIFY(findingWithId(evaluate(*facts), "cipher-suite-no-integrity")); // suite 1: 'a'
        QVERIFY(!findingWithId(evaluate(*facts), "cipher-suite-0"));
    }

    void gathererStopsOnTransportError()
    {
        AuditGatherer gatherer{AuditFacts{}};
        auto facts = runOperation(gatherer, [](const Request &) -> Result<Response> {
            return Error{ErrorKind::Timeout, "no answer"};
        });
        QVERIFY(!facts);
        QCOMPARE(facts.error().kind, ErrorKind::Timeout);
    }

    void fixDisablesSuiteById()
    {
        CommandResponder bmc;
        ScriptedBmc scripted;
        // Entries 0-6 administrator (low nibble first), entry n being suite n: suites 0
        // and 6 become X (entry 0 = low nibble of byte 1, entry 6 = low nibble of byte 4).
        scripted.lan = {{0, {0x00}}, {24, {0x00, 0x44, 0x44, 0x44, 0x04, 0, 0, 0, 0}}};
        scripted.install(bmc);
        AuditFixer fixer{Fix{Fix::Action::DisableCipherSuites, 1, {0, 6}, 0, "disable"}};
        auto done = runOperation(fixer, std::ref(bmc));
        QVERIFY2(done, done ? "" : done.error().message.c_str());
        QCOMPARE(toHex(scripted.lan[24]), std::string("004044440000000000"));
    }

    void fixRestrictsAuthTypes()
    {
        CommandResponder bmc;
        ScriptedBmc scripted;
        scripted.lan = {{0, {0x00}}, {2, {0x15, 0x14, 0x06, 0x04, 0x00}}};
        scripted.install(bmc);
        AuditFixer fixer{Fix{Fix::Action::RestrictAuthTypesToMd5, 1, {}, 0, "md5"}};
        QVERIFY(runOperation(fixer, std::ref(bmc)));
        QCOMPARE(toHex(scripted.lan[2]), std::string("0404040400"));
    }

    void fixDisablesUser()
    {
        CommandResponder bmc;
        bmc.on(netfn::App, 0x43, [](const Request &) -> Result<Response> { return Response{0, {}}; });
        bmc.on(netfn::App, 0x47, [](const Request &) -> Result<Response> { return Response{0, {}}; });
        AuditFixer fixer{Fix{Fix::Action::DisableUser, 1, {}, 1, "disable user 1"}};
        QVERIFY(runOperation(fixer, std::ref(bmc)));
        QCOMPARE(bmc.log().size(), std::size_t(2));
        // Set User Access: change bits (80h) | channel 1; user 1; privilege 0Fh (no access).
        QCOMPARE(toHex(bmc.log()[0].data).substr(0, 6), std::string("81010f"));
        // Set User Password: user 1, operation 0 (disable user).
        QCOMPARE(toHex(bmc.log()[1].data).substr(0, 4), std::string("0100"));
    }

    void fixEnablesChannelAuth()
    {
        CommandResponder bmc;
        std::vector<Bytes> sets;
        // Get Channel Access: per-message (bit 4) and user-level (bit 3) auth disabled,
        // always available; privilege limit administrator.
        bmc.on(netfn::App, 0x41, [](const Request &) -> Result<Response> { return Response{0, {0x1a, 0x04}}; });
        bmc.on(netfn::App, 0x40, [&sets](const Request &request) -> Result<Response> {
            sets.push_back(request.data);
            return Response{0, {}};
        });
        AuditFixer fixer{Fix{Fix::Action::EnableChannelAuth, 1, {}, 0, "auth on"}};
        QVERIFY(runOperation(fixer, std::ref(bmc)));
        QCOMPARE(sets.size(), std::size_t(2));
        QCOMPARE(sets[0].at(1) & 0x18, 0); // both "disable" bits clear
        QCOMPARE(sets[0].at(1) >> 6, 1);   // non-volatile first
        QCOMPARE(sets[1].at(1) >> 6, 2);
    }

    void fixFailureSaysWhat()
    {
        CommandResponder bmc; // answers C1h to everything
        AuditFixer fixer{Fix{Fix::Action::RestrictAuthTypesToMd5, 1, {}, 0, "Allow MD5 only."}};
        auto done = runOperation(fixer, std::ref(bmc));
        QVERIFY(!done);
        QVERIFY(done.error().message.find("Allow MD5 only.") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSecurityAudit)
#include "tst_security_audit.moc"
