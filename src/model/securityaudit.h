// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/audit/auditfacts.h"
#include "ipmi/audit/auditfinding.h"
#include "ipmi/core/error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

class Fleet;
struct BmcEndpoint;

// The security audit of one server for the GUI: the login probes (cipher suites without
// integrity, a null user, vendor defaults when asked) each over a private session of
// the pool (BmcEndpoint::isolation, closed right after), then the facts over the
// server's own session, the rules of src/ipmi/audit, and fixes on request. A local BMC
// (BmcEndpoint::local) has no login to probe: only the facts of its LAN channel are read,
// and the report notes that the login checks need a LAN session.
//
// Threading contract: a GUI-thread object; callbacks run in its thread. One audit or fix
// at a time per SecurityAudit; a call while busy fails at once with a sentence.
class SecurityAudit : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        QUuid serverId;
        QString host;
        std::vector<ipmi::audit::Finding> findings;
        ipmi::audit::AuditFacts facts;
    };
    using ReportCallback = std::function<void(ipmi::Result<Report>)>;
    using FixCallback = std::function<void(ipmi::Result<std::string>)>;

    explicit SecurityAudit(Fleet *fleet, QObject *parent = nullptr);
    ~SecurityAudit() override;

    void run(const QUuid &serverId, bool tryDefaults, ReportCallback done);
    void applyFix(const QUuid &serverId, const ipmi::audit::Fix &fix, FixCallback done);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progressText(const QString &text); // "trying cipher suite 0", ...

private:
    struct Job;

    void findLanChannel(std::shared_ptr<Job> job); // a local BMC: which channel to read
    void nextProbe(std::shared_ptr<Job> job);
    void gather(std::shared_ptr<Job> job);

    Fleet *m_fleet;
    bool m_busy = false;
};
