// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/user/usercommands.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

// A new password for one user, typed twice, with the stored form (16 or 20 bytes) and
// its rule explained: a password longer than 16 bytes needs the 20-byte form, which only
// IPMI 2.0 logins use. "Test password" asks the BMC whether a password matches
// (testRequested; the caller answers with setTestResult). The dialog sends nothing.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(std::uint8_t userId, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    std::string password() const; // UTF-8
    ipmi::user::PasswordSize size() const;
    QString problem() const { return m_problem; } // why OK is disabled, or empty
    void setTestResult(const QString &text);
    // This user is the account BMC Pilot logs in to `serverName` with: say so, and that
    // the new password will be used for the next logins.
    void setLoginAccount(const QString &serverName);

signals:
    void testRequested(const QString &password, ipmi::user::PasswordSize size);

private:
    void validate();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    QString m_problem;
};
