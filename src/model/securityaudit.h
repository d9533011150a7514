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

class AuditDriver;
class Fleet;

// The security audit of one server for the GUI: AuditDriver over the pool
// (PoolSessionOpener: each login probe a private session of the pool, closed right
// after; the facts over the server's own session), and fixes on request. A local BMC
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
    // A driver over the server's sessions (busy until finishDriver()), or why not;
    // displayAddress gets how the server is named.
    ipmi::Result<AuditDriver *> startDriver(const QUuid &serverId, QString *displayAddress = nullptr);
    void finishDriver(AuditDriver *driver);

    Fleet *m_fleet;
    bool m_busy = false;
};
