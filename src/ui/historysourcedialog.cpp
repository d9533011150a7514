// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysourcedialog.h"

#include "ui_historysourcedialog.h"

#include "model/historysources.h"
#include "model/prometheushistorysource.h"
#include "model/prometheusquery.h"
#include "model/serverregistry.h"

#include <QPushButton>

namespace {

using Auth = PrometheusConnection::Auth;

// The combo box rows, in the form's order.
constexpr Auth AuthRows[] = {Auth::None, Auth::Basic, Auth::Bearer};

} // namespace

HistorySourceDialog::HistorySourceDialog(HistorySources *sources, const ServerRegistry *registry, const QUuid &group,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HistorySourceDialog>()), m_sources(sources), m_registry(registry),
      m_group(group)
{
    m_ui->setupUi(this);
    const QString groupName = m_registry->groupPath(group).join(QLatin1Char('/'));
    const HistorySourceConfig now = m_sources->effectiveConfig(group);
    if (group.isNull()) {
        setWindowTitle(tr("History source of all servers"));
        m_ui->introLabel->setText(tr("Where the History page reads the sensor history of all servers from, unless "
                                     "a group chooses otherwise. Now: %1.")
                                      .arg(describe(now)));
        m_ui->inheritRadio->hide();
    } else {
        setWindowTitle(tr("History source of %1").arg(groupName));
        m_ui->introLabel->setText(tr("Where the History page reads the sensor history of the servers in %1 and its "
                                     "subgroups from, unless a subgroup chooses otherwise. Now: %2.")
                                      .arg(groupName, describe(now)));
        const QUuid parentGroup = m_registry->parentOf(group);
        const QString parentName = parentGroup.isNull() ? tr("all servers")
                                                        : m_registry->groupPath(parentGroup).join(QLatin1Char('/'));
        m_ui->inheritRadio->setText(
            tr("&Inherit from %1 (%2)").arg(parentName, describe(m_sources->effectiveConfig(parentGroup))));
    }

    const std::optional<HistorySourceConfig> own = m_sources->ownConfig(group);
    if (!own)
        (group.isNull() ? m_ui->localRadio : m_ui->inheritRadio)->setChecked(true);
    else if (own->kind == HistorySourceConfig::Kind::Local)
        m_ui->localRadio->setChecked(true);
    else
        m_ui->prometheusRadio->setChecked(true);
    if (own && own->kind == HistorySourceConfig::Kind::Prometheus) {
        m_ui->urlEdit->setText(own->url.toString());
        m_ui->authCombo->setCurrentIndex(int(std::find(std::begin(AuthRows), std::end(AuthRows), own->auth) - AuthRows));
        m_ui->userEdit->setText(own->user);
        m_hasStoredSecret = own->auth != Auth::None && !m_sources->secretOf(group).isEmpty();
        m_storedAuth = own->auth;
    }

    for (QRadioButton *radio : {m_ui->inheritRadio, m_ui->localRadio, m_ui->prometheusRadio})
        connect(radio, &QRadioButton::toggled, this, &HistorySourceDialog::updateFields);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &HistorySourceDialog::updateFields);
    for (QLineEdit *edit : {m_ui->urlEdit, m_ui->userEdit, m_ui->secretEdit})
        connect(edit, &QLineEdit::textChanged, this, &HistorySourceDialog::updateFields);
    connect(m_ui->testButton, &QPushButton::clicked, this, &HistorySourceDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HistorySourceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

HistorySourceDialog::~HistorySourceDialog() = default;

QString HistorySourceDialog::describe(const HistorySourceConfig &config) const
{
    if (config.kind == HistorySourceConfig::Kind::Local)
        return tr("this computer");
    return tr("Prometheus at %1").arg(config.url.toDisplayString());
}

std::optional<HistorySourceConfig> HistorySourceDialog::config() const
{
    if (m_ui->inheritRadio->isChecked() && !m_group.isNull())
        return std::nullopt;
    HistorySourceConfig config;
    config.group = m_group;
    if (!m_ui->prometheusRadio->isChecked()) // local: for all servers that is the default anyway
        return m_group.isNull() ? std::nullopt : std::optional(config);
    config.kind = HistorySourceConfig::Kind::Prometheus;
    config.url = QUrl(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
    config.auth = AuthRows[std::clamp(m_ui->authCombo->currentIndex(), 0, 2)];
    if (config.auth == Auth::Basic)
        config.user = m_ui->userEdit->text().trimmed();
    return config;
}

QString HistorySourceDialog::problem() const
{
    const auto chosen = config();
    if (!chosen || chosen->kind != HistorySourceConfig::Kind::Prometheus)
        return {};
    if (const QString bad = PrometheusQuery::checkBaseUrl(chosen->url); !bad.isEmpty())
        return bad;
    if (chosen->auth == Auth::Basic && chosen->user.isEmpty())
        return tr("Type the user name for Prometheus.");
    if (chosen->auth != Auth::None && m_ui->secretEdit->text().isEmpty() && !storedSecretFits())
        return chosen->auth == Auth::Basic ? tr("Type the password for Prometheus.")
                                           : tr("Type the bearer token for Prometheus.");
    return {};
}

void HistorySourceDialog::updateFields()
{
    const bool prometheus = m_ui->prometheusRadio->isChecked();
    const Auth auth = AuthRows[std::clamp(m_ui->authCombo->currentIndex(), 0, 2)];
    m_ui->prometheusBox->setEnabled(prometheus);
    m_ui->userLabel->setVisible(auth == Auth::Basic);
    m_ui->userEdit->setVisible(auth == Auth::Basic);
    m_ui->secretLabel->setVisible(auth != Auth::None);
    m_ui->secretEdit->setVisible(auth != Auth::None);
    m_ui->secretLabel->setText(auth == Auth::Bearer ? tr("To&ken") : tr("Pass&word"));
    m_ui->secretEdit->setPlaceholderText(storedSecretFits() ? tr("kept in the password vault; type to replace")
                                                            : QString());
    m_ui->testButton->setEnabled(prometheus);
    const QString problem = this->problem();
    m_ui->noteLabel->setText(!problem.isEmpty() ? problem
                             : prometheus
                                 ? tr("The password or token is kept in the password vault. TLS certificates are "
                                      "always verified: for a private certificate authority, install its "
                                      "certificate on this computer.")
                                 : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QStringList HistorySourceDialog::groupTargets() const
{
    QStringList targets;
    m_registry->forEachServer([&](const ServerEntry &entry, const QUuid &parent) {
        for (QUuid at = parent;; at = m_registry->parentOf(at)) {
            if (at == m_group) {
                targets << PrometheusQuery::targetLabel(entry);
                return;
            }
            if (at.isNull())
                return;
        }
    });
    return targets;
}

void HistorySourceDialog::testConnection()
{
    const auto chosen = config();
    if (!chosen || chosen->kind != HistorySourceConfig::Kind::Prometheus)
        return;
    if (m_probe)
        m_probe->deleteLater(); // its answer would be about other entries
    const SecretValue secret = !m_ui->secretEdit->text().isEmpty() ? SecretValue::fromUtf8(m_ui->secretEdit->text())
                               : storedSecretFits()               ? m_sources->secretOf(m_group)
                                                                  : SecretValue();
    m_probe = m_sources->createPrometheus(*chosen, secret, this);
    m_ui->testResultLabel->setText(tr("Asking Prometheus…"));
    m_probe->probe(m_probe, [this, probe = m_probe.data()](const PrometheusHistorySource::Probe &result) {
        probe->deleteLater();
        if (!result.error.isEmpty()) {
            m_ui->testResultLabel->setText(result.error);
            return;
        }
        const QStringList servers = groupTargets();
        int found = 0;
        for (const QString &target : servers)
            found += result.targets.contains(target) ? 1 : 0;
        const QString version = result.version.isEmpty() ? tr("Prometheus answered")
                                                         : tr("Prometheus %1 answered").arg(result.version);
        const QString series = tr("it has sensor series of %n target(s)", nullptr, int(result.targets.size()));
        const QString ours = servers.isEmpty()
                                 ? tr("there are no servers here yet")
                                 : tr("%1 of the %n server(s) here are among them", nullptr, int(servers.size())).arg(found);
        m_ui->testResultLabel->setText(tr("%1: %2; %3.").arg(version, series, ours));
    });
}

bool HistorySourceDialog::storedSecretFits() const
{
    return m_hasStoredSecret && AuthRows[std::clamp(m_ui->authCombo->currentIndex(), 0, 2)] == m_storedAuth;
}

QString HistorySourceDialog::testResult() const
{
    return m_ui->testResultLabel->text();
}

void HistorySourceDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const auto chosen = config();
    std::optional<SecretValue> secret;
    if (!m_ui->secretEdit->text().isEmpty())
        secret = SecretValue::fromUtf8(m_ui->secretEdit->text());
    QString error;
    if (!m_sources->setConfig(m_group, chosen, secret, &error)) {
        m_ui->noteLabel->setText(error);
        return;
    }
    QDialog::accept();
}
