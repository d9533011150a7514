// SPDX-License-Identifier: GPL-3.0-or-later
#include "solsettingsdialog.h"
#include "ipmi/core/privilege.h"
#include "model/coretext.h"

#include "ui_solsettingsdialog.h"

#include <QPushButton>

using namespace ipmi::sol;

SolSettingsDialog::SolSettingsDialog(Fleet *fleet, const QUuid &server, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SolSettingsDialog>()), m_service(new SolSettingsService(fleet, this)),
      m_server(server)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &SolSettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    read();
}

SolSettingsDialog::~SolSettingsDialog() = default;

void SolSettingsDialog::read()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->statusLabel->setText(tr("Reading the Serial-over-LAN settings…"));
    m_service->read(m_server, this, [this](ipmi::Result<SolSettingsService::Settings> settings) {
        if (!settings) {
            m_ui->statusLabel->setText(CoreText::error(settings.error()));
            emit loaded(false);
            return;
        }
        show(settings.value());
        m_ui->statusLabel->clear();
        emit loaded(true);
    });
}

void SolSettingsDialog::show(const SolSettingsService::Settings &settings)
{
    m_settings = settings;
    const SolConfiguration &config = settings.read.config;
    m_ui->channelValue->setText(QString::number(settings.channel));
    m_ui->privilegeValue->setText(CoreText::translate(ipmi::privilegeName(config.privilege)));
    m_ui->bitRateValue->setText(QString::fromStdString(bitRateText(config.volatileBitRate)));
    m_ui->enabledCheck->setChecked(config.enabled);
    m_ui->encryptionCheck->setChecked(config.forceEncryption);
    m_ui->authenticationCheck->setChecked(config.forceAuthentication);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
}

void SolSettingsDialog::save()
{
    if (!m_settings)
        return;
    const SolConfiguration &present = m_settings->read.config;
    SolChange change;
    if (m_ui->enabledCheck->isChecked() != present.enabled)
        change.enabled = m_ui->enabledCheck->isChecked();
    if (m_ui->encryptionCheck->isChecked() != present.forceEncryption)
        change.forceEncryption = m_ui->encryptionCheck->isChecked();
    if (m_ui->authenticationCheck->isChecked() != present.forceAuthentication)
        change.forceAuthentication = m_ui->authenticationCheck->isChecked();
    if (!change.enabled && !change.forceEncryption && !change.forceAuthentication) {
        m_ui->statusLabel->setText(tr("Nothing to change."));
        emit saved(true, m_ui->statusLabel->text());
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_service->change(m_server, *m_settings, change, this, [this](ipmi::Result<QString> outcome) {
        const QString message = outcome ? outcome.value() : CoreText::error(outcome.error());
        // The settings as the BMC now holds them, whatever the outcome.
        m_service->read(m_server, this, [this, message, ok = outcome.ok()](ipmi::Result<SolSettingsService::Settings> settings) {
            if (settings)
                show(settings.value());
            m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(settings.ok());
            m_ui->statusLabel->setText(message);
            emit saved(ok, message);
        });
    });
}
