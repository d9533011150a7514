// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auditdriver.h"

#include "model/coretext.h"

#include "ipmi/audit/auditfixer.h"
#include "ipmi/audit/auditgatherer.h"
#include "ipmi/audit/auditrules.h"
#include "ipmi/channel/lanchannelfinder.h"

#include <QCoreApplication>

using namespace ipmi::audit;

namespace {

// These sentences were the desktop audit's before there was one driver; they keep its
// context, and so their translations.
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(SecurityAudit)
};

} // namespace

AuditDriver::AuditDriver(std::shared_ptr<SessionOpener> opener, QObject *parent)
    : QObject(parent), m_opener(std::move(opener))
{
}

AuditDriver::~AuditDriver() = default;

void AuditDriver::run(bool tryDefaults, const QString &localLabel, Done done)
{
    m_done = std::move(done);
    m_facts = AuditFacts{};
    m_probes.clear();
    m_nextProbe = 0;
    m_login = m_opener->lanLogin();
    if (!m_login) {
        // The kernel driver opens no session: a login probe would "succeed" without any
        // login, and the audit has no password of its own to judge.
        m_facts.host = localLabel.toStdString();
        m_facts.notes.push_back(
            AuditText::tr("Login probes (cipher suites without integrity, anonymous login, default passwords) and the "
                          "length of the audit's own password were not checked: these checks need a LAN session, and "
                          "the local interface logs in without one.")
                .toStdString());
        findLanChannel();
        return;
    }
    const ipmi::SessionConfig &config = m_login->config;
    m_facts.host = m_login->endpoint.host.toStdString();
    m_facts.version = config.version;
    m_facts.ownUsername = config.username;
    m_facts.ownPasswordLength = config.password.size();
    m_facts.probesRun = true;
    m_facts.defaultsTried = tryDefaults;
    m_probes = plannedProbes(config.username, tryDefaults);
    nextProbe();
}

void AuditDriver::findLanChannel()
{
    emit progressText(AuditText::tr("Looking for the LAN channel…"));
    // Over the system interface the "current channel" is not the LAN one: the facts are
    // read about the LAN channel by number.
    using Channels = std::vector<ipmi::channel::ChannelInfo>;
    m_opener->run<Channels>(SessionOpener::OwnSession, std::make_shared<ipmi::channel::LanChannelFinder>(true), this,
                            [this](ipmi::Result<Channels> found) {
                                if (found) {
                                    m_facts.lanChannel = found->front().channel;
                                } else {
                                    m_facts.lanChannel = std::uint8_t(1);
                                    m_facts.notes.push_back(
                                        AuditText::tr("The LAN channel was not found (%1); channel 1 was read.")
                                            .arg(CoreText::error(found.error()))
                                            .toStdString());
                                }
                                gather();
                            });
}

void AuditDriver::nextProbe()
{
    if (m_nextProbe >= m_probes.size()) {
        gather();
        return;
    }
    const ProbeSpec spec = m_probes[m_nextProbe++];
    emit progressText(AuditText::tr("Trying %1…").arg(QString::fromStdString(spec.label)));
    const auto probed = [this, spec](ipmi::Result<ipmi::SessionInfo> opened) {
        m_facts.probes.push_back(ProbeResult{spec, opened.ok(), opened ? opened->notes : opened.error().message});
        m_opener->closeSession(m_probeSession); // a probe session is never reused
        nextProbe();
    };
    m_probeSession = m_opener->openSession(m_login->endpoint.host, probeConfig(m_login->config, spec), this, probed);
}

void AuditDriver::gather()
{
    emit progressText(AuditText::tr("Reading the security settings…"));
    m_opener->run<AuditFacts>(SessionOpener::OwnSession, std::make_shared<AuditGatherer>(m_facts), this,
                              [this](ipmi::Result<AuditFacts> facts) {
                                  Done done = std::move(m_done);
                                  if (!facts) {
                                      done(facts.error());
                                      return;
                                  }
                                  Outcome outcome;
                                  outcome.facts = std::move(facts).value();
                                  outcome.findings = evaluate(outcome.facts);
                                  done(std::move(outcome));
                              });
}

void AuditDriver::applyFix(const Fix &fix, FixDone done)
{
    emit progressText(CoreText::translate(fix.description));
    m_opener->run<std::string>(SessionOpener::OwnSession, std::make_shared<AuditFixer>(fix), this, std::move(done));
}
