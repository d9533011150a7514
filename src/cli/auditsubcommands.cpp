// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditsubcommands.h"

#include "cli/commandregistry.h"
#include "cli/hostsessionopener.h"
#include "model/auditdriver.h"
#include "ipmi/audit/auditfinding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

// One host's audit: AuditDriver over the command's session (HostSessionOpener), then the
// fixes when asked, and the report. Kept alive by the callbacks it hands out.
class HostAudit : public std::enable_shared_from_this<HostAudit>
{
public:
    HostAudit(HostSession &session, AuditOptions options, TaskDone done)
        : m_options(options), m_done(std::move(done)),
          m_driver(new AuditDriver(std::make_shared<HostSessionOpener>(session)))
    {
        if (const auto login = session.lanLogin())
            m_host = login->endpoint.host;
    }

    // The last callback of the driver may be what releases this run.
    ~HostAudit() { m_driver->deleteLater(); }

    void start()
    {
        auto self = shared_from_this();
        m_driver->run(m_options.tryDefaults, QString(), [self](ipmi::Result<AuditDriver::Outcome> outcome) {
            if (!outcome) {
                self->m_done(outcome.error());
                return;
            }
            self->m_facts = std::move(outcome->facts);
            self->m_findings = std::move(outcome->findings);
            if (self->m_options.fix)
                self->nextFix();
            else
                self->report();
        });
    }

private:
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
        m_driver->applyFix(*m_findings[index].fix, [self, index](ipmi::Result<std::string> applied) {
            self->m_fixResults[index] = {applied.ok(), applied ? q(*applied) : q(applied.error().message)};
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

    AuditOptions m_options;
    TaskDone m_done;
    AuditDriver *m_driver; // deleted later, with this run
    QString m_host;
    AuditFacts m_facts;
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
