// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdialog.h"
#include "model/coretext.h"

#include "ui_userdialog.h"

#include <QPushButton>

#include <algorithm>

using namespace ipmi::user;

UserDialog::UserDialog(const std::optional<UserEntry> &existing, const std::vector<std::uint8_t> &freeIds,
                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>()), m_freeIds(freeIds), m_editing(existing.has_value())
{
    m_ui->setupUi(this);
    for (const std::uint8_t level : {std::uint8_t(1), std::uint8_t(2), std::uint8_t(3), std::uint8_t(4),
                                     std::uint8_t(5), NoAccess})
        m_ui->privilegeEdit->addItem(QString::fromStdString(ipmi::privilegeName(level)), int(level));
    if (existing) {
        setWindowTitle(tr("Edit user %1").arg(existing->id));
        m_ui->idEdit->setValue(existing->id);
        m_ui->idEdit->setEnabled(false);
        m_ui->nameEdit->setText(QString::fromStdString(existing->name));
        m_ui->privilegeEdit->setCurrentIndex(m_ui->privilegeEdit->findData(int(existing->access.privilegeLimit)));
        m_ui->enabledCheck->setChecked(existing->access.enableStatus == 1);
    } else {
        setWindowTitle(tr("Add a user"));
        if (!freeIds.empty())
            m_ui->idEdit->setValue(freeIds.front());
        m_ui->privilegeEdit->setCurrentIndex(m_ui->privilegeEdit->findData(2)); // USER
        m_ui->enabledCheck->setChecked(true);
    }
    connect(m_ui->idEdit, &QSpinBox::valueChanged, this, &UserDialog::validate);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &UserDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

UserDialog::~UserDialog() = default;

std::uint8_t UserDialog::userId() const
{
    return std::uint8_t(m_ui->idEdit->value());
}

std::string UserDialog::name() const
{
    return m_ui->nameEdit->text().toUtf8().toStdString();
}

std::uint8_t UserDialog::privilege() const
{
    return std::uint8_t(m_ui->privilegeEdit->currentData().toInt());
}

bool UserDialog::enabled() const
{
    return m_ui->enabledCheck->isChecked();
}

void UserDialog::validate()
{
    const bool anonymous = userId() == AnonymousUser;
    m_ui->nameEdit->setEnabled(!anonymous);
    if (anonymous)
        m_ui->nameEdit->clear();
    m_problem.clear();
    QString note;
    if (anonymous)
        note = tr("User 1 is the anonymous (null) user: the IPMI specification fixes its name as empty, so it "
                  "cannot be set. Leave it disabled unless anonymous logins are wanted.");
    else if (!m_editing && std::find(m_freeIds.begin(), m_freeIds.end(), userId()) == m_freeIds.end())
        m_problem = tr("User %1 is already in use; free IDs are shown by the list.").arg(userId());
    else if (name().empty())
        m_problem = tr("Type a name.");
    else if (auto request = setUserNameRequest(userId(), name()); !request)
        m_problem = CoreText::error(request.error());
    m_ui->messageLabel->setText(m_problem.isEmpty() ? note : m_problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}
