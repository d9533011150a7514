// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/operationtask.h"
#include "ipmi/audit/auditfixer.h"
#include "ipmi/audit/auditgatherer.h"
#include "ipmi/audit/auditrules.h"
#include "ipmi/channel/lanchannelfinder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>

namespace {

using namespace ipmi::audit;

// Context holder: qualified AuditText::tr() calls are what lupdate can extract.
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
};

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

struct AuditOptions
{
    bool tryDefaults = false;
    bool fix = false;
};

// One host's audit: probes over extra sessions, then the facts over the command's own
// session, the rules, and the fixes when asked. Kept alive by the callbacks it hands out.
class HostAudit : public std::enable_shared_from_this<HostAudit>
{
public:
    HostAudit(HostSession &session, AuditOptions options, TaskDone done)
        : m_session(session), m_options(options), m_done(std::move(done))
    {
    }

    void start()
    {
        if (const auto login = m_session.lanLogin()) {
            m_endpoint = login->endpoint;
            m_host = login->endpoint.host;
            m_base = login->config;
            m_facts.host = m_host.toStdString();
            m_facts.version = m_base.version;
            m_facts.ownUsername = m_base.username;
            m_facts.ownPasswordLength = m_base.password.size();
            m_probes = plannedProbes(m_base.username, m_options.tryDefaults);
            m_facts.probesRun = true;
            m_facts.defaultsTried = m_options.tryDefaults;
        } else {
            m_facts.notes.push_back("login probes (cipher suites, anonymous login, default passwords) need a LAN "
                                    "session; not run");
        }
        nextProbe();
    }

private:
    void nextProbe()
    {
        if (m_nextProbe >= m_probes.size()) {
            gather();
            return;
        }
        const ProbeSpec spec = m_probes[m_nextProbe++];
        std::shared_ptr<HostSession> probe = m_session.openLanSession(m_endpoint, probeConfig(m_base, spec));
        HostSession *opening = probe.get();
        auto self = shared_from_this();
        // The probe session travels from callback to callback and is released only from
        // the event loop: never inside one of its own calls.
        opening->open([self, spec, probe](ipmi::Result<ipmi::SessionInfo> opened) mutable {
            ProbeResult result{spec, opened.ok(), opened ? opened->notes : opened.error().message};
            self->m_facts.probes.push_back(std::move(result));
            QTimer::singleShot(0, [self, probe = std::move(probe)]() mutable {
                HostSession *closing = probe.get();
                closing->close([self, probe = std::move(probe)]() mutable {
                    QTimer::singleShot(0, [self, probe = std::move(probe)] { self->nextProbe(); });
                });
            });
        });
    }

    void gather()
    {
        if (m_facts.probesRun || m_facts.lanChannel) {
            gatherFacts();
            return;
        }
        // Over the local interface the "current channel" is the system interface: find
        // the LAN channel and read about it by number.
        auto self = shared_from_this();
        using Channels = std::vector<ipmi::channel::ChannelInfo>;
        const auto fallBack = [self](const std::string &why) {
            self->m_facts.lanChannel = std::uint8_t(1);
            self->m_facts.notes.push_back(
                AuditText::tr("The LAN channel was not found (%1); channel 1 was read.").arg(q(why)).toStdString());
            self->gatherFacts();
        };
        runOperation(m_session, std::shared_ptr<ipmi::op::Operation<Channels>>(std::make_shared<ipmi::channel::LanChannelFinder>(true)),
                     [fallBack](CommandResult failed) { fallBack(failed ? std::string() : failed.error().message); },
                     [self](Channels found) {
                         self->m_facts.lanChannel = found.front().channel;
                         self->gatherFacts();
                     });
    }

    void gatherFacts()
    {
        auto self = shared_from_this();
        runOperation(m_session, std::shared_ptr<ipmi::op::Operation<AuditFacts>>(std::make_shared<AuditGatherer>(m_facts)), m_done, [self](AuditFacts facts) {
            self->m_facts = std::move(facts);
            self->m_findings = evaluate(self->m_facts);
            if (self->m_options.fix)
                self->nextFix();
            else
                self->report();
        });
    }

    void nextFix()
    {
        while (m_nextFix < m_findings.size() && !m_findings[m_nextFix].fix)
            ++m_nextFix;
        if (m_nextFix >= m_findings.size()) {
            report();
            return;
        }
        const std::size_t index = m_nextFix++;
        auto self = shared_from_this();
        std::shared_ptr<ipmi::op::Operation<std::string>> fixer = std::make_shared<AuditFixer>(*m_findings[index].fix);
        runOperation(
            m_session, fixer,
            TaskDone([self, index](CommandResult failed) {
                self->m_fixResults[index] = {false, failed.ok() ? QString() : q(failed.error().message)};
                self->nextFix();
            }),
            [self, index](std::string applied) {
                self->m_fixResults[index] = {true, q(applied)};
                self->nextFix();
            });
    }

    void report()
    {
        QString text = AuditText::tr("Security audit of %1\n").arg(m_host.isEmpty() ? AuditText::tr("the local BMC") : m_host);
        QJsonArray findings;
        for (std::size_t i = 0; i < m_findings.size(); ++i) {
            const Finding &finding = m_findings[i];
            const QString severity = q(std::string(severityName(finding.severity)));
            text += QStringLiteral("%1 %2\n").arg(severity.toUpper().leftJustified(9), q(finding.id));
            text += QStringLiteral("    %1\n").arg(q(finding.text));
            text += QStringLiteral("    %1 %2\n").arg(AuditText::tr("Evidence:"), q(finding.evidence));
            QJsonObject json{{"id", q(finding.id)},
                             {"severity", severity},
                             {"text", q(finding.text)},
                             {"evidence", q(finding.evidence)},
                             {"fixable", bool(finding.fix)}};
            if (finding.fix) {
                json["fix"] = q(finding.fix->description);
                const auto applied = m_fixResults.find(i);
                if (applied != m_fixResults.end()) {
                    json["fixed"] = applied->second.first;
                    json["fix_result"] = applied->second.second;
                    text += QStringLiteral("    %1 %2\n")
                                .arg(applied->second.first ? AuditText::tr("Fixed:") : AuditText::tr("Fix failed:"), applied->second.second);
                } else {
                    text += QStringLiteral("    %1 %2 %3\n")
                                .arg(AuditText::tr("Fix:"), q(finding.fix->description), AuditText::tr("(run with --fix)"));
                }
            }
            findings.append(json);
        }
        if (m_findings.empty())
            text += AuditText::tr("No findings.\n");
        QJsonArray probes;
        for (const ProbeResult &probe : m_facts.probes)
            probes.append(QJsonObject{{"probe", q(probe.spec.label)},
                                      {"accepted", probe.accepted},
                                      {"detail", q(probe.detail)}});
        QJsonArray notes;
        for (const std::string &note : m_facts.notes) {
            notes.append(q(note));
            text += QStringLiteral("%1 %2\n").arg(AuditText::tr("Not checked:"), q(note));
        }
        if (!m_options.tryDefaults)
            text += AuditText::tr("Vendor default passwords were not tried (use --try-defaults).\n");
        QJsonObject json{{"host", m_host},
                         {"findings", findings},
                         {"probes", probes},
                         {"notes", notes},
                         {"defaults_tried", m_options.tryDefaults}};
        m_done(CommandOutput{text, json});
    }

    HostSession &m_session;
    AuditOptions m_options;
    TaskDone m_done;
    QString m_host;
    HostEndpoint m_endpoint;
    ipmi::SessionConfig m_base;
    AuditFacts m_facts;
    std::vector<ProbeSpec> m_probes;
    std::size_t m_nextProbe = 0;
    std::vector<Finding> m_findings;
    std::size_t m_nextFix = 0;
    std::map<std::size_t, std::pair<bool, QString>> m_fixResults;
};

const QString Synopsis = QStringLiteral("audit [--try-defaults] [--fix]");

} // namespace

void registerAuditCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("audit")}, Synopsis,
                  AuditText::tr("security audit: weak cipher suites, anonymous and null users, IPMI 1.5 authentication, "
                     "passwords; --try-defaults tries vendor default passwords, --fix applies the fixes"),
                  [](const QStringList &arguments) -> ipmi::Result<HostTask> {
                      AuditOptions options;
                      for (const QString &argument : arguments) {
                          if (argument == QLatin1String("--try-defaults"))
                              options.tryDefaults = true;
                          else if (argument == QLatin1String("--fix"))
                              options.fix = true;
                          else
                              return CommandRegistry::usageError(AuditText::tr("Unknown audit option \"%1\".").arg(argument),
                                                                 Synopsis);
                      }
                      return HostTask([options](HostSession &session, TaskDone done) {
                          std::make_shared<HostAudit>(session, options, std::move(done))->start();
                      });
                  }});
}
