// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/securityaudit.h"

#include "serverpage.h"

#include <memory>
#include <optional>

namespace Ui {
class AuditPage;
}
class Fleet;

// The security audit of the selected server: "Run audit", the findings with their
// severity colour, the details of the selected one, and a Fix button on each finding
// that has a fix (applied after a confirmation, then the audit runs again).
class AuditPage : public ServerPage
{
    Q_OBJECT

public:
    AuditPage(Fleet *fleet, QWidget *parent = nullptr);
    ~AuditPage() override;

    void runAudit();
    // The findings shown, for tests and the screenshot tour.
    const std::optional<SecurityAudit::Report> &report() const { return m_report; }

Q_SIGNALS:
    void auditFinished(); // the table shows a new report, or the error

protected:
    void clearView() override;
    // The audit sends probe logins and reads many settings: it runs when asked, not on
    // every visit.
    void load() override {}

private:
    void showReport();
    void showDetails(int row);
    void confirmFix(int row);
    void setBusy(bool busy);

    std::unique_ptr<Ui::AuditPage> m_ui;
    SecurityAudit *m_audit;
    std::optional<SecurityAudit::Report> m_report;
};
