// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/appsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}
class Vault;

// Poll interval, history retention, defaults for new servers, language and the vault's
// master password. The caller saves and applies settings() after acceptance.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // vault may be null (the demo lab keeps no secrets).
    PreferencesDialog(const AppSettings &settings, Vault *vault, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    AppSettings settings() const;

private:
    void updateVaultStatus();
    void updateRollupMinimum();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Vault *m_vault;
    QString m_initialLanguage;
};
