// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanconfigdialog.h"

#include "ui_lanconfigdialog.h"

#include "model/coretext.h"

#include <QHostAddress>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace ipmi::lan;

namespace {

QString text(const std::optional<Ipv4Address> &address)
{
    return address ? QString::fromStdString(ipv4Text(*address)) : QString();
}

// A dotted quad, possibly still being typed.
QRegularExpressionValidator *quadValidator(QObject *parent)
{
    static const QRegularExpression quad(QStringLiteral("^(\\d{1,3}(\\.(\\d{1,3}(\\.(\\d{1,3}(\\.\\d{0,3})?)?)?)?)?)?$"));
    return new QRegularExpressionValidator(quad, parent);
}

} // namespace

LanConfigDialog::LanConfigDialog(const LanConfig &current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LanConfigDialog>()), m_current(current)
{
    m_ui->setupUi(this);
    const bool dhcp = current.ipSource == IpSource::Dhcp;
    (dhcp ? m_ui->dhcpRadio : m_ui->staticRadio)->setChecked(true);
    m_ui->addressEdit->setText(text(current.ipAddress));
    m_ui->netmaskEdit->setText(text(current.subnetMask));
    m_ui->gatewayEdit->setText(text(current.defaultGatewayIp));
    m_ui->vlanCheck->setChecked(current.vlan && current.vlan->enabled);
    if (current.vlan && current.vlan->enabled)
        m_ui->vlanIdEdit->setValue(current.vlan->id);
    m_ui->vlanCheck->setEnabled(current.vlan.has_value());
    for (QLineEdit *edit : {m_ui->addressEdit, m_ui->netmaskEdit, m_ui->gatewayEdit}) {
        edit->setValidator(quadValidator(edit));
        connect(edit, &QLineEdit::textChanged, this, &LanConfigDialog::validate);
    }
    connect(m_ui->staticRadio, &QRadioButton::toggled, this, &LanConfigDialog::validate);
    connect(m_ui->vlanCheck, &QCheckBox::toggled, this, &LanConfigDialog::validate);
    connect(m_ui->vlanIdEdit, &QSpinBox::valueChanged, this, &LanConfigDialog::validate);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->keepCheck, &QCheckBox::toggled, this, &LanConfigDialog::validate);
    validate();
}

LanConfigDialog::~LanConfigDialog() = default;

void LanConfigDialog::setVerifiedAddressChange(int seconds)
{
    m_verifySeconds = seconds;
    validate();
}

bool LanConfigDialog::keepWithoutCheck() const
{
    return m_ui->keepCheck->isVisible() && m_ui->keepCheck->isChecked();
}

std::optional<LanChange> LanConfigDialog::typedChange(QString *error) const
{
    LanChange change;
    const bool isStatic = m_ui->staticRadio->isChecked();
    const IpSource source = isStatic ? IpSource::Static : IpSource::Dhcp;
    if (m_current.ipSource != source)
        change.ipSource = source;
    if (isStatic) {
        const std::pair<QLineEdit *, QString> fields[] = {{m_ui->addressEdit, tr("The IP address")},
                                                          {m_ui->netmaskEdit, tr("The subnet mask")},
                                                          {m_ui->gatewayEdit, tr("The default gateway")}};
        std::optional<Ipv4Address> values[3];
        for (int i = 0; i < 3; ++i) {
            const QString typed = fields[i].first->text().trimmed();
            QHostAddress address;
            if (typed.isEmpty() || !address.setAddress(typed) || address.protocol() != QAbstractSocket::IPv4Protocol
                || !parseIpv4(typed.toStdString())) {
                *error = tr("%1 \"%2\" is not an IPv4 address such as 192.168.0.10.").arg(fields[i].second, typed);
                return std::nullopt;
            }
            values[i] = parseIpv4(typed.toStdString()).value();
        }
        if (values[0] != m_current.ipAddress || change.ipSource)
            change.ipAddress = values[0];
        if (values[1] != m_current.subnetMask || change.ipSource)
            change.subnetMask = values[1];
        if (values[2] != m_current.defaultGatewayIp)
            change.defaultGatewayIp = values[2];
    }
    if (m_current.vlan) {
        const Vlan vlan{m_ui->vlanCheck->isChecked(),
                        m_ui->vlanCheck->isChecked() ? std::uint16_t(m_ui->vlanIdEdit->value()) : std::uint16_t(0)};
        if (vlan.enabled != m_current.vlan->enabled || (vlan.enabled && vlan.id != m_current.vlan->id))
            change.vlan = vlan;
    }
    return change;
}

LanChange LanConfigDialog::change() const
{
    QString error;
    return typedChange(&error).value_or(LanChange{});
}

void LanConfigDialog::validate()
{
    const bool isStatic = m_ui->staticRadio->isChecked();
    for (QWidget *field : {static_cast<QWidget *>(m_ui->addressEdit), static_cast<QWidget *>(m_ui->netmaskEdit),
                           static_cast<QWidget *>(m_ui->gatewayEdit)})
        field->setEnabled(isStatic);
    m_ui->vlanIdEdit->setEnabled(m_ui->vlanCheck->isEnabled() && m_ui->vlanCheck->isChecked());

    m_problem.clear();
    m_warning.clear();
    QString error;
    const auto change = typedChange(&error);
    if (!change) {
        m_problem = error;
    } else {
        const LanValidation validation = validateLanChange(*change, &m_current);
        if (!validation.ok())
            m_problem = CoreText::join(validation.errors);
        QStringList warnings;
        for (const std::string &warning : validation.warnings)
            warnings.append(CoreText::translate(warning));
        m_warning = warnings.join(u' ');
        if (m_problem.isEmpty() && change->empty())
            m_problem = tr("Nothing was changed.");
    }
    QString shown = m_problem;
    if (!m_warning.isEmpty())
        shown += (shown.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Warning: %1").arg(m_warning);
    m_ui->messageLabel->setText(shown);

    // Said before Apply, not after: what happens to a new address of the BMC we talk to.
    const bool movesAddress = change && change->ipAddress && change->ipAddress != m_current.ipAddress;
    const bool toDhcp = change && change->ipSource == IpSource::Dhcp;
    QString note;
    if (toDhcp)
        note = tr("Under DHCP the BMC takes an address from a DHCP server, which BMC Pilot cannot know in advance: "
                  "you may lose contact with it until you find its new address.");
    else if (movesAddress && m_verifySeconds > 0 && !m_ui->keepCheck->isChecked())
        note = tr("BMC Pilot reaches this BMC at %1. After Apply it logs in at the new address; if that does not "
                  "answer within %n second(s), the previous settings are written back.",
                  nullptr, m_verifySeconds)
                   .arg(text(m_current.ipAddress));
    else if (movesAddress && m_verifySeconds > 0)
        note = tr("The new address is kept without a check; the server entry moves to it even if this computer "
                  "cannot reach it.");
    m_ui->verifyNoteLabel->setText(note);
    m_ui->verifyNoteLabel->setVisible(!note.isEmpty());
    m_ui->keepCheck->setVisible(movesAddress && m_verifySeconds > 0);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(m_problem.isEmpty());
}
