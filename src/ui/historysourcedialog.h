// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historysourceconfig.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include <memory>
#include <optional>

namespace Ui {
class HistorySourceDialog;
}
class HistorySources;
class PrometheusHistorySource;
class ServerRegistry;

// Where the History page reads a group's sensor history from (its subgroups and servers
// inherit it), or the whole registry's with a null group: inherited, this computer, or a
// Prometheus server with its address and authentication. The password or token goes to
// the vault, never to a file; a field left empty keeps the stored one. "Test connection"
// asks Prometheus for its version and the targets it has sensor series of, and says how
// many of this group's servers are among them. OK saves through HistorySources.
class HistorySourceDialog : public QDialog
{
    Q_OBJECT

public:
    HistorySourceDialog(HistorySources *sources, const ServerRegistry *registry, const QUuid &group,
                        QWidget *parent = nullptr);
    ~HistorySourceDialog() override;

    // The configuration as entered: nullopt for "inherit".
    std::optional<HistorySourceConfig> config() const;
    // A sentence when the entries cannot be saved (shown under the fields); empty when they can.
    QString problem() const;
    void testConnection();
    QString testResult() const;

    void accept() override;

private:
    void updateFields();
    QStringList groupTargets() const;
    QString describe(const HistorySourceConfig &config) const;

    std::unique_ptr<Ui::HistorySourceDialog> m_ui;
    HistorySources *m_sources;
    const ServerRegistry *m_registry;
    QUuid m_group;
    bool m_hasStoredSecret = false;
    PrometheusConnection::Auth m_storedAuth = PrometheusConnection::Auth::None; // what that secret is for
    bool storedSecretFits() const; // the stored secret serves the authentication chosen now
    QPointer<PrometheusHistorySource> m_probe; // the connection being tested
};
