// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class VaultUnlockDialog;
}
class Vault;

// Asks for the master password of the encrypted vault file: twice when the vault is
// created, once to unlock it, and the current one plus the new one twice to change it.
// The dialog acts on the vault itself and stays open with the reason when that fails,
// so nothing typed is lost to a typo.
class VaultUnlockDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Open, Change }; // Open: set up or unlock, as the vault needs
    explicit VaultUnlockDialog(Vault *vault, Mode mode = Mode::Open, QWidget *parent = nullptr);
    ~VaultUnlockDialog() override;

    static constexpr int MinimumLength = 8;

    QString problem() const; // why OK is disabled, or empty

private:
    bool creating() const;
    bool choosingNew() const; // a new password is typed twice
    void validate();
    void tryUnlock();

    std::unique_ptr<Ui::VaultUnlockDialog> m_ui;
    Vault *m_vault;
    Mode m_mode;
};
