// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultunlockdialog.h"

#include "ui_vaultunlockdialog.h"

#include "model/vault.h"

#include <QPushButton>

VaultUnlockDialog::VaultUnlockDialog(Vault *vault, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VaultUnlockDialog>()), m_vault(vault), m_mode(mode)
{
    m_ui->setupUi(this);
    if (m_mode == Mode::Change) {
        setWindowTitle(tr("Change the master password"));
        m_ui->explanationLabel->setText(
            tr("The vault file is encrypted again with the new password. Choose one of at least %1 characters.")
                .arg(MinimumLength));
        m_ui->passwordLabel->setText(tr("New master password"));
    } else if (creating()) {
        setWindowTitle(tr("Create the password vault"));
        m_ui->explanationLabel->setText(
            tr("No desktop keychain is available, so BMC passwords are kept in a file encrypted with a "
               "master password. Choose one of at least %1 characters; it cannot be recovered.")
                .arg(MinimumLength));
    } else {
        setWindowTitle(tr("Unlock the password vault"));
        m_ui->explanationLabel->setText(tr("Enter the master password to use the stored BMC passwords."));
        m_ui->confirmLabel->hide();
        m_ui->confirmEdit->hide();
    }
    if (m_mode != Mode::Change) {
        m_ui->currentLabel->hide();
        m_ui->currentEdit->hide();
    }
    connect(m_ui->currentEdit, &QLineEdit::textChanged, this, &VaultUnlockDialog::validate);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &VaultUnlockDialog::validate);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &VaultUnlockDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VaultUnlockDialog::tryUnlock);
    validate();
}

VaultUnlockDialog::~VaultUnlockDialog() = default;

bool VaultUnlockDialog::creating() const
{
    return m_vault->state() == Vault::State::NeedsSetup;
}

bool VaultUnlockDialog::choosingNew() const
{
    return m_mode == Mode::Change || creating();
}

QString VaultUnlockDialog::problem() const
{
    if (m_mode == Mode::Change && m_ui->currentEdit->text().isEmpty())
        return tr("Enter the current master password.");
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty())
        return tr("Enter the master password.");
    if (!choosingNew())
        return {};
    if (password.size() < MinimumLength)
        return tr("The master password needs at least %1 characters.").arg(MinimumLength);
    if (m_ui->confirmEdit->text() != password)
        return tr("The two passwords differ.");
    return {};
}

void VaultUnlockDialog::validate()
{
    const QString text = problem();
    // An empty field is no error yet: say nothing until something was typed.
    const bool nothingTyped = m_ui->passwordEdit->text().isEmpty() && m_ui->currentEdit->text().isEmpty();
    m_ui->problemLabel->setText(nothingTyped ? QString() : text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void VaultUnlockDialog::tryUnlock()
{
    if (!problem().isEmpty())
        return;
    const SecretValue password = SecretValue::fromUtf8(m_ui->passwordEdit->text());
    const bool done = m_mode == Mode::Change
                          ? m_vault->changeMasterPassword(SecretValue::fromUtf8(m_ui->currentEdit->text()), password)
                          : m_vault->unlock(password);
    if (done) {
        m_ui->currentEdit->clear();
        m_ui->passwordEdit->clear();
        m_ui->confirmEdit->clear();
        accept();
        return;
    }
    m_ui->problemLabel->setText(m_vault->errorString());
    QLineEdit *retry = m_mode == Mode::Change ? m_ui->currentEdit : m_ui->passwordEdit;
    retry->selectAll();
    retry->setFocus();
}
