// SPDX-License-Identifier: GPL-3.0-or-later
// The security audit of a server on the local interface (ServerEntry::Interface::Open)
// over the fake kernel device of tests/support: the login probes are not run (over the
// kernel driver every "login" would succeed) and the report says they need a LAN session,
// while the facts readable over the device (the LAN channel's authentication
// capabilities, its cipher suite privileges, the users) still give their findings.
#include "fakeipmidevice.h"
#include "model/fleet.h"
#include "model/securityaudit.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"

#include "ipmi/lan/lanparameters.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ipmi::audit;

namespace {

// A BMC with an address, MD5-only IPMI 1.5 logins and cipher suites 0 and 3 listed. The
// privilege nibbles of parameter 24 are entry 0 low, entry 1 high, ...: suite 0 gets
// administrator (4) and suite 3 too.
std::shared_ptr<fakelocal::BmcState> auditedBmc(bool suiteZero, bool nullUserEnabled)
{
    auto state = fakelocal::unaddressedBmc();
    namespace param = ipmi::lan::param;
    state->lan[param::AuthTypeSupport] = {0x14};                       // MD5, straight password
    state->lan[param::AuthTypeEnables] = {0x04, 0x04, 0x04, 0x04, 0x00}; // MD5 at every level
    state->lan[param::CipherSuiteSupport] = {0x02};
    state->lan[param::CipherSuiteEntries] = {0x00, 0x00, 0x03};
    state->lan[param::CipherSuitePrivileges] = {0x00, std::uint8_t(suiteZero ? 0x04 : 0x00), 0x40, 0x00, 0x00,
                                                0x00, 0x00, 0x00, 0x00};
    if (nullUserEnabled)
        state->users[0] = fakelocal::User{"", true, 0x04, true};
    return state;
}

const Finding *findingWithId(const std::vector<Finding> &findings, const std::string &id)
{
    const auto found = std::find_if(findings.begin(), findings.end(), [&id](const Finding &f) { return f.id == id; });
    return found == findings.end() ? nullptr : &*found;
}

} // namespace

class TestLocalAudit final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        ServerRegistry registry;
        SessionPool pool{2};
        Fleet fleet{&registry, &pool};
        QUuid server;
    };

    static std::unique_ptr<Setup> localServer(std::shared_ptr<fakelocal::BmcState> state)
    {
        auto setup = std::make_unique<Setup>();
        setup->pool.setLocalDeviceFactory([state] { return std::make_unique<fakelocal::FakeIpmiDevice>(state); });
        ServerEntry entry;
        entry.name = QStringLiteral("this machine");
        entry.address = Fleet::LocalHostLabel;
        entry.interface = ServerEntry::Interface::Open;
        QString error;
        setup->server = setup->registry.addServer(entry, {}, &error);
        if (setup->server.isNull())
            qWarning("%s", qPrintable(error));
        return setup;
    }

    // Runs the audit (vendor defaults asked for: they must not be tried either).
    static ipmi::Result<SecurityAudit::Report> audit(Setup &setup)
    {
        SecurityAudit audit(&setup.fleet);
        auto slot = std::make_shared<std::optional<ipmi::Result<SecurityAudit::Report>>>();
        QObject signaller;
        QSignalSpy spy(&signaller, &QObject::objectNameChanged);
        audit.run(setup.server, true, [slot, &signaller](ipmi::Result<SecurityAudit::Report> report) {
            *slot = std::move(report);
            signaller.setObjectName(QStringLiteral("done"));
        });
        if (!*slot && !spy.wait(10000))
            return ipmi::Error{ipmi::ErrorKind::Timeout, "the test waited in vain"};
        return std::move(**slot);
    }

private slots:
    void probesAreNotRunAndTheReportSaysWhy()
    {
        auto state = auditedBmc(true, true);
        auto setup = localServer(state);
        const auto report = audit(*setup);
        QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
        const AuditFacts &facts = report->facts;
        QVERIFY(!facts.probesRun);
        QVERIFY(!facts.defaultsTried);
        QVERIFY(facts.probes.empty());
        QVERIFY(!facts.ownPasswordLength);
        const bool noted = std::any_of(facts.notes.begin(), facts.notes.end(), [](const std::string &note) {
            return note.find("need a LAN session") != std::string::npos;
        });
        QVERIFY2(noted, facts.notes.empty() ? "no notes" : facts.notes.front().c_str());
        QCOMPARE(report->host, QStringLiteral("this machine's BMC"));

        // Nothing that only a login attempt could show.
        QVERIFY(!findingWithId(report->findings, "default-credentials"));
        QVERIFY(!findingWithId(report->findings, "short-password"));
        QVERIFY(!findingWithId(report->findings, "anonymous-login"));
        for (const Finding &finding : report->findings) {
            QVERIFY2(finding.severity != Severity::Critical, finding.id.c_str());
            QVERIFY2(finding.evidence.find("session opened") == std::string::npos, finding.evidence.c_str());
        }

        // The facts of the LAN channel, asked for by number, still give their findings.
        QCOMPARE(facts.lanChannel, std::optional<std::uint8_t>(fakelocal::LanChannel));
        QVERIFY(facts.authCaps);
        QVERIFY(facts.lan && facts.lan->cipherSuitePrivileges);
        const Finding *suiteZero = findingWithId(report->findings, "cipher-suite-0");
        QVERIFY(suiteZero);
        QCOMPARE(suiteZero->severity, Severity::High);
        QVERIFY2(suiteZero->evidence.find("parameter 24") != std::string::npos, suiteZero->evidence.c_str());
        const Finding *nullUser = findingWithId(report->findings, "null-user-enabled");
        QVERIFY(nullUser);
        QVERIFY(nullUser->fix && nullUser->fix->user == 1);
        QVERIFY(!findingWithId(report->findings, "ipmi15-weak-auth")); // MD5 only

        // No session was opened besides the device's: every request went to the kernel
        // device, and none asked about the system interface's own channel.
        std::lock_guard lock(state->mutex);
        for (const ipmi::Request &request : state->requests) {
            if (request.netFn == 0x06 && request.cmd == 0x38)
                QCOMPARE(request.data.at(0) & 0x0f, int(fakelocal::LanChannel));
        }
    }

    void aHardenedLocalBmcHasNoFindingsFromMissingProbes()
    {
        auto setup = localServer(auditedBmc(false, false));
        const auto report = audit(*setup);
        QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
        QVERIFY(!findingWithId(report->findings, "cipher-suite-0"));
        QVERIFY(!findingWithId(report->findings, "cipher-suite-no-integrity"));
        QVERIFY(!findingWithId(report->findings, "null-user-enabled"));
        QVERIFY(!findingWithId(report->findings, "anonymous-login"));
        for (const Finding &finding : report->findings)
            QVERIFY2(finding.severity < Severity::High, finding.id.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLocalAudit)
#include "tst_localaudit.moc"
