// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sessionopener.h"

#include "ipmi/audit/auditfacts.h"
#include "ipmi/audit/auditfinding.h"
#include "ipmi/core/error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// The security audit of one BMC (src/ipmi/audit), for every front end: the login probes
// (cipher suites without integrity, a null user, vendor defaults when asked), each over
// a private session of the opener that is closed right after; for a BMC reached without
// a LAN login (the local interface, where every "login" would succeed) the number of
// its LAN channel instead, and a note that the login checks need a LAN session; then
// the facts over the own session, and the rules. Fixes run over the own session too.
//
// The desktop's SecurityAudit and the CLI's `audit` drive it and keep only their
// presentation.
//
// Threading contract: lives in the thread of the opener's callbacks; done and
// progressText() come from its event loop. One run or fix at a time.
class AuditDriver : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        ipmi::audit::AuditFacts facts;
        std::vector<ipmi::audit::Finding> findings; // the most severe first
    };
    using Done = std::function<void(ipmi::Result<Outcome>)>;
    using FixDone = std::function<void(ipmi::Result<std::string>)>;

    explicit AuditDriver(std::shared_ptr<SessionOpener> opener, QObject *parent = nullptr);
    ~AuditDriver() override;

    // localLabel names a BMC without a LAN login in the facts (AuditFacts::host); one
    // with a login is named by its host.
    void run(bool tryDefaults, const QString &localLabel, Done done);
    // done gets the sentence saying what was changed.
    void applyFix(const ipmi::audit::Fix &fix, FixDone done);

Q_SIGNALS:
    void progressText(const QString &text); // "Trying cipher suite 0…", ...

private:
    void findLanChannel();
    void nextProbe();
    void gather();

    std::shared_ptr<SessionOpener> m_opener;
    std::optional<SessionOpener::LanLogin> m_login;
    ipmi::audit::AuditFacts m_facts;
    std::vector<ipmi::audit::ProbeSpec> m_probes;
    std::size_t m_nextProbe = 0;
    SessionOpener::SessionId m_probeSession = SessionOpener::OwnSession;
    Done m_done;
};
