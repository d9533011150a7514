// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityaudit.h"
#include "coretext.h"

#include "model/bmc.h"
#include "model/fleet.h"
#include "model/sessionpool.h"

#include "ipmi/audit/auditfixer.h"
#include "ipmi/audit/auditgatherer.h"
#include "ipmi/audit/auditrules.h"
#include "ipmi/channel/lanchannelfinder.h"

using namespace ipmi::audit;

struct SecurityAudit::Job
{
    QUuid serverId;
    BmcEndpoint base;
    std::vector<ProbeSpec> probes;
    std::size_t next = 0;
    AuditFacts facts;
    ReportCallback done;
};

SecurityAudit::SecurityAudit(Fleet *fleet, QObject *parent) : QObject(parent), m_fleet(fleet) {}

SecurityAudit::~SecurityAudit() = default;

void SecurityAudit::run(const QUuid &serverId, bool tryDefaults, ReportCallback done)
{
    if (m_busy) {
        done(ipmi::Error{ipmi::ErrorKind::InvalidArgument, tr("An audit is already running.").toStdString()});
        return;
    }
    QString error;
    Bmc *bmc = m_fleet->bmc(serverId, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    m_busy = true;
    auto job = std::make_shared<Job>();
    job->serverId = serverId;
    job->base = bmc->endpoint();
    job->done = std::move(done);
    const ipmi::SessionConfig &config = job->base.config;
    job->facts.host = job->base.host.toStdString();
    job->facts.version = config.version;
    if (job->base.local) {
        // The kernel driver opens no session: a login probe would "succeed" without any
        // login, and the audit has no password of its own to judge.
        job->facts.host = bmc->displayAddress().toStdString();
        job->facts.notes.push_back(
            tr("Login probes (cipher suites without integrity, anonymous login, default passwords) and the length "
               "of the audit's own password were not checked: these checks need a LAN session, and the local "
               "interface logs in without one.")
                .toStdString());
        findLanChannel(job);
        return;
    }
    job->facts.ownUsername = config.username;
    job->facts.ownPasswordLength = config.password.size();
    job->facts.probesRun = true;
    job->facts.defaultsTried = tryDefaults;
    job->probes = plannedProbes(config.username, tryDefaults);
    nextProbe(job);
}

void SecurityAudit::findLanChannel(std::shared_ptr<Job> job)
{
    emit progressText(tr("Looking for the LAN channel…"));
    Bmc *bmc = m_fleet->bmc(job->serverId);
    if (!bmc) {
        m_busy = false;
        job->done(ipmi::Error{ipmi::ErrorKind::InvalidArgument, tr("The server was removed.").toStdString()});
        return;
    }
    // Over the system interface the "current channel" is not the LAN one: the facts are
    // read about the LAN channel by number.
    using Channels = std::vector<ipmi::channel::ChannelInfo>;
    bmc->run<Channels>(std::make_shared<ipmi::channel::LanChannelFinder>(true), this,
                       [this, job](ipmi::Result<Channels> found) {
                           if (found) {
                               job->facts.lanChannel = found->front().channel;
                           } else {
                               job->facts.lanChannel = std::uint8_t(1);
                               job->facts.notes.push_back(tr("The LAN channel was not found (%1); channel 1 was read.")
                                                              .arg(CoreText::error(found.error()))
                                                              .toStdString());
                           }
                           gather(job);
                       });
}

void SecurityAudit::nextProbe(std::shared_ptr<Job> job)
{
    if (job->next >= job->probes.size()) {
        gather(job);
        return;
    }
    const std::size_t index = job->next++;
    const ProbeSpec spec = job->probes[index];
    emit progressText(tr("Trying %1…").arg(QString::fromStdString(spec.label)));
    BmcEndpoint probe = job->base;
    probe.isolation = QStringLiteral("audit-probe-%1").arg(index);
    probe.config = probeConfig(job->base.config, spec);
    SessionPool *pool = m_fleet->pool();
    pool->open(probe, this, [this, job, spec, probe, pool](ipmi::Result<ipmi::SessionInfo> opened) {
        job->facts.probes.push_back(ProbeResult{spec, opened.ok(), opened ? opened->notes : opened.error().message});
        pool->forget(probe); // a probe session is never reused
        nextProbe(job);
    });
}

void SecurityAudit::gather(std::shared_ptr<Job> job)
{
    emit progressText(tr("Reading the security settings…"));
    Bmc *bmc = m_fleet->bmc(job->serverId);
    if (!bmc) {
        m_busy = false;
        job->done(ipmi::Error{ipmi::ErrorKind::InvalidArgument, tr("The server was removed.").toStdString()});
        return;
    }
    bmc->run<AuditFacts>(std::make_shared<AuditGatherer>(job->facts), this, [this, job](ipmi::Result<AuditFacts> facts) {
        m_busy = false;
        if (!facts) {
            job->done(facts.error());
            return;
        }
        Report report;
        report.serverId = job->serverId;
        // A local BMC's host is a label; the report names it as the GUI does.
        report.host = job->base.local ? QString::fromStdString(job->facts.host) : job->base.host;
        report.facts = std::move(facts).value();
        report.findings = evaluate(report.facts);
        job->done(std::move(report));
    });
}

void SecurityAudit::applyFix(const QUuid &serverId, const Fix &fix, FixCallback done)
{
    if (m_busy) {
        done(ipmi::Error{ipmi::ErrorKind::InvalidArgument, tr("An audit is already running.").toStdString()});
        return;
    }
    QString error;
    Bmc *bmc = m_fleet->bmc(serverId, &error);
    if (!bmc) {
        done(Fleet::noBmc(error));
        return;
    }
    m_busy = true;
    emit progressText(CoreText::translate(fix.description));
    bmc->run<std::string>(std::make_shared<AuditFixer>(fix), this,
                          [this, done = std::move(done)](ipmi::Result<std::string> applied) {
                              m_busy = false;
                              done(std::move(applied));
                          });
}
