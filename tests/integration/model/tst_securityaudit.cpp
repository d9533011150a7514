// SPDX-License-Identifier: GPL-3.0-or-later
// SecurityAudit (model) against ipmi_sim: the probes run over isolated pool sessions
// and find cipher suite 0 (ipmi_sim admits any password with it); a fix is applied
// through the server's own session. Also the refusal of a second audit while one runs.
#include "model/fleet.h"
#include "model/securityaudit.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"
#include "demo/ipmisimfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

const ipmi::audit::Finding *findingWithId(const SecurityAudit::Report &report, const std::string &id)
{
    for (const auto &finding : report.findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestSecurityAuditModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_registry = new ServerRegistry(this);
        m_pool = new SessionPool(2, std::chrono::minutes(5), this);
        m_fleet = new Fleet(m_registry, m_pool, this);
        const sim::SimBmc &bmc = m_fixture.bmc(0);
        const auto admin = bmc.account(ipmi::Privilege::Administrator);
        ServerEntry entry;
        entry.name = QStringLiteral("audited");
        entry.address = bmc.host;
        entry.port = bmc.port;
        entry.userName = admin->user;
        entry.cipherSuite = 3;
        m_server = m_registry->addServer(entry);
        QVERIFY(!m_server.isNull());
        m_fleet->setCredentials(m_server, {ipmi::SecretBytes(admin->password.toStdString()), {}});
    }

    void auditFindsSuiteZeroAndFixes()
    {
        SecurityAudit audit(m_fleet);
        std::optional<ipmi::Result<SecurityAudit::Report>> result;
        audit.run(m_server, false, [&result](ipmi::Result<SecurityAudit::Report> report) { result = std::move(report); });
        QVERIFY(audit.isBusy());
        bool refused = false;
        audit.run(m_server, false, [&refused](ipmi::Result<SecurityAudit::Report> report) { refused = !report.ok(); });
        QVERIFY(refused);
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 60000));
        QVERIFY2(result->ok(), result->ok() ? "" : result->error().message.c_str());
        const SecurityAudit::Report &report = result->value();
        const auto *zero = findingWithId(report, "cipher-suite-0");
        QVERIFY(zero);
        QCOMPARE(zero->severity, ipmi::audit::Severity::Critical);
        QVERIFY(findingWithId(report, "rakp-hash-exposure"));
        QVERIFY(!report.facts.probes.empty());
        QVERIFY(report.facts.probes.front().accepted); // suite 0 with a wrong password

        std::optional<ipmi::Result<std::string>> fixed;
        audit.applyFix(m_server, *zero->fix, [&fixed](ipmi::Result<std::string> done) { fixed = std::move(done); });
        QVERIFY(QTest::qWaitFor([&] { return fixed.has_value(); }, 30000));
        QVERIFY2(fixed->ok(), fixed->ok() ? "" : fixed->error().message.c_str());
    }

    void unknownServer()
    {
        SecurityAudit audit(m_fleet);
        std::optional<ipmi::Result<SecurityAudit::Report>> result;
        audit.run(QUuid::createUuid(), false, [&result](ipmi::Result<SecurityAudit::Report> report) { result = std::move(report); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY(!audit.isBusy());
    }

private:
    sim::IpmiSimFixture m_fixture;
    ServerRegistry *m_registry = nullptr;
    SessionPool *m_pool = nullptr;
    Fleet *m_fleet = nullptr;
    QUuid m_server;
};

QTEST_GUILESS_MAIN(TestSecurityAuditModel)
#include "tst_securityaudit.moc"
