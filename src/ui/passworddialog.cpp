// SPDX-License-Identifier: GPL-3.0-or-later
#include "passworddialog.h"

#include "ui_passworddialog.h"

#include <QPushButton>

using ipmi::user::PasswordSize;

PasswordDialog::PasswordDialog(std::uint8_t userId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Set the password of user %1").arg(userId));
    m_ui->loginNoteLabel->hide();
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    connect(m_ui->size16Radio, &QRadioButton::toggled, this, &PasswordDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        m_ui->testResultLabel->setText(tr("Asking the BMC…"));
        emit testRequested(m_ui->passwordEdit->text(), size());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

PasswordDialog::~PasswordDialog() = default;

std::string PasswordDialog::password() const
{
    return m_ui->passwordEdit->text().toUtf8().toStdString();
}

PasswordSize PasswordDialog::size() const
{
    return m_ui->size20Radio->isChecked() ? PasswordSize::Bytes20 : PasswordSize::Bytes16;
}

void PasswordDialog::setTestResult(const QString &text)
{
    m_ui->testResultLabel->setText(text);
}

void PasswordDialog::validate()
{
    const qsizetype bytes = m_ui->passwordEdit->text().toUtf8().size();
    // Longer than 16 bytes fits only the 20-byte form.
    const bool needs20 = bytes > 16;
    if (needs20)
        m_ui->size20Radio->setChecked(true);
    m_ui->size16Radio->setEnabled(!needs20);
    m_ui->ruleLabel->setText(
        tr("IPMI 2.0 BMCs accept 20 bytes; a password longer than 16 needs the 20-byte form; IPMI 1.5 logins "
           "use the 16-byte form only, so keep 16 bytes or fewer while IPMI 1.5 is enabled. On IPMI 2.0, "
           "longer passwords resist offline guessing of the RAKP hash better. This one has %n byte(s).",
           nullptr, int(bytes)));
    m_problem.clear();
    if (bytes == 0)
        m_problem = tr("Type the new password.");
    else if (bytes > 20)
        m_problem = tr("The password has %1 bytes; IPMI allows at most 20.").arg(bytes);
    else if (m_ui->confirmEdit->text() != m_ui->passwordEdit->text())
        m_problem = tr("The two passwords differ.");
    m_ui->messageLabel->setText(m_problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    m_ui->testButton->setEnabled(bytes > 0 && bytes <= 20);
}

void PasswordDialog::setLoginAccount(const QString &serverName)
{
    m_ui->loginNoteLabel->setText(tr("BMC Pilot logs in to %1 with this account. Once the BMC accepts the new "
                                     "password, BMC Pilot stores it and uses it for every later login.")
                                      .arg(serverName));
    m_ui->loginNoteLabel->show();
}
