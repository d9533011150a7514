// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/solsettingsservice.h"

#include <QDialog>
#include <QUuid>

#include <memory>
#include <optional>

namespace Ui {
class SolSettingsDialog;
}
class Fleet;

// The Serial-over-LAN settings of a server's LAN channel: enable SOL (which a console
// needs before it can be activated), force encryption or authentication. Reads when
// opened; Save writes what changed through SolSettingsService and shows the read-back.
class SolSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SolSettingsDialog(Fleet *fleet, const QUuid &server, QWidget *parent = nullptr);
    ~SolSettingsDialog() override;

    void save();

Q_SIGNALS:
    void loaded(bool ok);
    void saved(bool ok, const QString &message);

private:
    void read();
    void show(const SolSettingsService::Settings &settings);

    std::unique_ptr<Ui::SolSettingsDialog> m_ui;
    SolSettingsService *m_service;
    QUuid m_server;
    std::optional<SolSettingsService::Settings> m_settings;
};
