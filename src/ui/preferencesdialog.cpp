// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "model/vault.h"
#include "serverchoices.h"
#include "vaultunlockdialog.h"

PreferencesDialog::PreferencesDialog(const AppSettings &settings, Vault *vault, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_vault(vault),
      m_initialLanguage(settings.language)
{
    m_ui->setupUi(this);
    m_ui->pollEdit->setRange(AppSettings::MinPollSeconds, AppSettings::MaxPollSeconds);
    m_ui->rawEdit->setRange(AppSettings::MinRawDays, AppSettings::MaxRawDays);
    m_ui->rollupEdit->setRange(AppSettings::MinRollupDays, AppSettings::MaxRollupDays);
    m_ui->pollEdit->setValue(settings.pollSeconds);
    m_ui->rawEdit->setValue(settings.rawHistoryDays);
    m_ui->rollupEdit->setValue(settings.rollupHistoryDays);
    connect(m_ui->rawEdit, &QSpinBox::valueChanged, this, &PreferencesDialog::updateRollupMinimum);
    updateRollupMinimum();

    ServerChoices::fillInterfaces(m_ui->interfaceEdit);
    ServerChoices::fillCipherSuites(m_ui->cipherEdit);
    ServerChoices::fillPrivileges(m_ui->privilegeEdit);
    m_ui->userEdit->setText(settings.defaultUser);
    ServerChoices::selectData(m_ui->interfaceEdit, int(settings.defaultInterface));
    ServerChoices::selectCipherSuite(m_ui->cipherEdit, settings.defaultCipherSuite);
    ServerChoices::selectData(m_ui->privilegeEdit, int(settings.defaultPrivilege));

    m_ui->languageEdit->addItem(tr("System default"), QString());
    // Each language names itself, so a person who cannot read the current one finds theirs.
    m_ui->languageEdit->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageEdit->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageEdit->setCurrentIndex(std::max(0, m_ui->languageEdit->findData(settings.language)));
    connect(m_ui->languageEdit, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->languageNote->setText(m_ui->languageEdit->currentData().toString() != m_initialLanguage
                                        ? tr("The new language applies when BMC Pilot is started again.")
                                        : QString());
    });

    connect(m_ui->changeMasterButton, &QPushButton::clicked, this, [this] {
        VaultUnlockDialog dialog(m_vault, VaultUnlockDialog::Mode::Change, this);
        if (dialog.exec() == QDialog::Accepted)
            m_ui->vaultStatusLabel->setText(tr("The master password was changed."));
    });
    updateVaultStatus();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::updateRollupMinimum()
{
    // Rollups outlive the raw samples they summarise.
    m_ui->rollupEdit->setMinimum(std::max(AppSettings::MinRollupDays, m_ui->rawEdit->value()));
}

void PreferencesDialog::updateVaultStatus()
{
    QString status;
    bool canChange = false;
    if (!m_vault) {
        status = tr("The demo lab keeps no passwords.");
    } else if (m_vault->backend() == Vault::Backend::Keychain) {
        status = tr("Passwords are kept in the desktop keychain.");
    } else if (m_vault->state() == Vault::State::Ready) {
        status = tr("Passwords are kept in an encrypted file.");
        canChange = true;
    } else {
        status = tr("The encrypted password file is locked.");
    }
    m_ui->vaultStatusLabel->setText(status);
    m_ui->changeMasterButton->setEnabled(canChange);
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings result;
    result.pollSeconds = m_ui->pollEdit->value();
    result.rawHistoryDays = m_ui->rawEdit->value();
    result.rollupHistoryDays = m_ui->rollupEdit->value();
    result.language = m_ui->languageEdit->currentData().toString();
    result.defaultUser = m_ui->userEdit->text();
    result.defaultInterface = ServerChoices::interfaceOf(m_ui->interfaceEdit);
    result.defaultCipherSuite = ServerChoices::cipherSuiteOf(m_ui->cipherEdit);
    result.defaultPrivilege = ServerChoices::privilegeOf(m_ui->privilegeEdit);
    return result;
}
