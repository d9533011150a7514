// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"
#include "model/coretext.h"

#include "ui_auditpage.h"
#include "plainmessage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace {

enum Column { SeverityColumn, FindingColumn, FixColumn, ColumnCount };

QColor severityColour(ipmi::audit::Severity severity)
{
    using ipmi::audit::Severity;
    switch (severity) {
    case Severity::Critical: return QColor(0xc6, 0x28, 0x28);
    case Severity::High: return QColor(0xef, 0x6c, 0x00);
    case Severity::Medium: return QColor(0xf9, 0xa8, 0x25);
    case Severity::Low: return QColor(0x15, 0x65, 0xc0);
    case Severity::Info: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString severityText(ipmi::audit::Severity severity)
{
    using ipmi::audit::Severity;
    switch (severity) {
    case Severity::Critical: return AuditPage::tr("Critical");
    case Severity::High: return AuditPage::tr("High");
    case Severity::Medium: return AuditPage::tr("Medium");
    case Severity::Low: return AuditPage::tr("Low");
    case Severity::Info: break;
    }
    return AuditPage::tr("Info");
}

} // namespace

AuditPage::AuditPage(Fleet *fleet, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::AuditPage>()), m_audit(new SecurityAudit(fleet, this))
{
    m_ui->setupUi(this);
    m_ui->findingsTable->setColumnCount(ColumnCount);
    m_ui->findingsTable->setHorizontalHeaderLabels({tr("Severity"), tr("Finding"), tr("Fix")});
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(FindingColumn, QHeaderView::Stretch);
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(FixColumn, QHeaderView::ResizeToContents);
    m_ui->findingsTable->verticalHeader()->hide();
    connect(m_ui->runButton, &QPushButton::clicked, this, &AuditPage::runAudit);
    connect(m_ui->findingsTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDetails(row); });
    connect(m_audit, &SecurityAudit::progressText, m_ui->statusLabel, &QLabel::setText);
    m_ui->statusLabel->setText(tr("Select a server to audit."));
    m_ui->runButton->setEnabled(false);
}

AuditPage::~AuditPage() = default;

void AuditPage::clearView()
{
    m_report.reset();
    showReport();
    m_ui->runButton->setEnabled(!server().isNull() && !m_audit->isBusy());
    m_ui->statusLabel->setText(server().isNull() ? tr("Select a server to audit.")
                                                 : tr("Run the audit to check the security settings of %1.")
                                                       .arg(serverLabel()));
}

void AuditPage::setBusy(bool busy)
{
    m_ui->runButton->setEnabled(!busy && !server().isNull());
    m_ui->defaultsCheck->setEnabled(!busy);
    m_ui->findingsTable->setEnabled(!busy);
}

void AuditPage::runAudit()
{
    if (server().isNull() || m_audit->isBusy())
        return;
    setBusy(true);
    const QUuid audited = server();
    m_audit->run(audited, m_ui->defaultsCheck->isChecked(), [this, audited](ipmi::Result<SecurityAudit::Report> report) {
        setBusy(false);
        if (audited != server())
            return; // another server was selected meanwhile
        if (!report) {
            m_report.reset();
            showReport();
            m_ui->statusLabel->setText(tr("The audit failed: %1").arg(CoreText::error(report.error())));
        } else {
            m_report = std::move(report).value();
            showReport();
        }
        emit auditFinished();
    });
}

void AuditPage::showReport()
{
    QTableWidget *table = m_ui->findingsTable;
    table->setRowCount(0);
    m_ui->detailsView->clear();
    if (!m_report)
        return;
    const auto &findings = m_report->findings;
    table->setRowCount(int(findings.size()));
    for (int row = 0; row < int(findings.size()); ++row) {
        const auto &finding = findings[std::size_t(row)];
        auto *severity = new QTableWidgetItem(severityText(finding.severity));
        severity->setBackground(severityColour(finding.severity));
        severity->setForeground(Qt::white);
        table->setItem(row, SeverityColumn, severity);
        auto *text = new QTableWidgetItem(CoreText::translate(finding.text));
        text->setToolTip(CoreText::translate(finding.text));
        table->setItem(row, FindingColumn, text);
        if (finding.fix) {
            auto *button = new QPushButton(tr("Fix…"), table);
            button->setToolTip(CoreText::translate(finding.fix->description));
            connect(button, &QPushButton::clicked, this, [this, row] { confirmFix(row); });
            table->setCellWidget(row, FixColumn, button);
        }
    }
    int critical = 0;
    for (const auto &finding : findings)
        critical += finding.severity >= ipmi::audit::Severity::High ? 1 : 0;
    m_ui->statusLabel->setText(findings.empty() ? tr("No findings.")
                                                : tr("%n finding(s), %1 high or critical.", nullptr,
                                                     int(findings.size()))
                                                      .arg(critical));
    if (!findings.empty())
        table->selectRow(0);
}

void AuditPage::showDetails(int row)
{
    if (!m_report || row < 0 || row >= int(m_report->findings.size())) {
        m_ui->detailsView->clear();
        return;
    }
    const auto &finding = m_report->findings[std::size_t(row)];
    QString html = QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p><p><b>%4</b> %5</p>")
                       .arg(severityText(finding.severity), QString::fromStdString(finding.id).toHtmlEscaped(),
                            CoreText::translate(finding.text).toHtmlEscaped(), tr("Evidence:"),
                            CoreText::translate(finding.evidence).toHtmlEscaped());
    if (finding.fix)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Fix:"), CoreText::translate(finding.fix->description).toHtmlEscaped());
    if (!m_report->facts.notes.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Not checked:"));
        for (const std::string &note : m_report->facts.notes)
            html += QStringLiteral("<li>%1</li>").arg(CoreText::translate(note).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_ui->detailsView->setHtml(html);
}

void AuditPage::confirmFix(int row)
{
    if (!m_report || row < 0 || row >= int(m_report->findings.size()) || !m_report->findings[std::size_t(row)].fix)
        return;
    const ipmi::audit::Fix fix = *m_report->findings[std::size_t(row)].fix;
    const QString host = m_report->host;
    const auto answer = QMessageBox::question(
        this, tr("Apply fix"),
        tr("Change the settings of %1?\n\n%2").arg(host, CoreText::translate(fix.description)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true);
    m_audit->applyFix(m_report->serverId, fix, [this](ipmi::Result<std::string> applied) {
        setBusy(false);
        if (!applied) {
            PlainMessage::warning(this, tr("Fix not applied"), CoreText::error(applied.error()));
            return;
        }
        m_ui->statusLabel->setText(tr("Applied: %1").arg(QString::fromStdString(applied.value())));
        runAudit(); // show what is left
    });
}
