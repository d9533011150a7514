// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityaudit.h"

#include "model/auditdriver.h"
#include "model/bmc.h"
#include "model/fleet.h"
#include "model/poolsessionopener.h"

SecurityAudit::SecurityAudit(Fleet *fleet, QObject *parent) : QObject(parent), m_fleet(fleet) {}

SecurityAudit::~SecurityAudit() = default;

ipmi::Result<AuditDriver *> SecurityAudit::startDriver(const QUuid &serverId, QString *displayAddress)
{
    if (m_busy)
        return ipmi::Error{ipmi::ErrorKind::InvalidArgument, tr("An audit is already running.").toStdString()};
    QString error;
    Bmc *bmc = m_fleet->bmc(serverId, &error);
    if (!bmc)
        return Fleet::noBmc(error);
    if (displayAddress)
        *displayAddress = bmc->displayAddress();
    m_busy = true;
    auto *driver = new AuditDriver(std::make_shared<PoolSessionOpener>(m_fleet->pool(), bmc->endpoint()), this);
    connect(driver, &AuditDriver::progressText, this, &SecurityAudit::progressText);
    return driver;
}

void SecurityAudit::finishDriver(AuditDriver *driver)
{
    m_busy = false;
    driver->deleteLater();
}

void SecurityAudit::run(const QUuid &serverId, bool tryDefaults, ReportCallback done)
{
    QString displayAddress;
    const auto started = startDriver(serverId, &displayAddress);
    if (!started) {
        done(started.error());
        return;
    }
    AuditDriver *driver = *started;
    driver->run(tryDefaults, displayAddress,
                [this, driver, serverId, done = std::move(done)](ipmi::Result<AuditDriver::Outcome> outcome) {
                    finishDriver(driver);
                    if (!outcome) {
                        done(outcome.error());
                        return;
                    }
                    if (!m_fleet->bmc(serverId)) {
                        const QString why = tr("The server was removed.");
                        done(ipmi::Error{ipmi::ErrorKind::InvalidArgument, why.toStdString()});
                        return;
                    }
                    Report report;
                    report.serverId = serverId;
                    report.host = QString::fromStdString(outcome->facts.host);
                    report.facts = std::move(outcome->facts);
                    report.findings = std::move(outcome->findings);
                    done(std::move(report));
                });
}

void SecurityAudit::applyFix(const QUuid &serverId, const ipmi::audit::Fix &fix, FixCallback done)
{
    const auto started = startDriver(serverId);
    if (!started) {
        done(started.error());
        return;
    }
    AuditDriver *driver = *started;
    driver->applyFix(fix, [this, driver, done = std::move(done)](ipmi::Result<std::string> applied) {
        finishDriver(driver);
        done(std::move(applied));
    });
}
