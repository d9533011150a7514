// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fleet.h"
#include "model/serverentry.h"

#include <QDialog>
#include <QUuid>

#include <memory>
#include <optional>

namespace Ui {
class ServerDialog;
}

// Adds a server or edits one: where the BMC is, how to log in, and where it sits in the
// tree. "Local (this machine's BMC)" picks the kernel driver instead of the network: the
// address and login fields are then disabled and not stored. "Test connection" opens a
// session with what is typed and reports the cipher suite and privilege obtained (or
// opens the local device), or the reason it failed. OK stays disabled while the input
// has a problem, which is shown in words under the form.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(Fleet *fleet, QWidget *parent = nullptr);
    ~ServerDialog() override;

    // Edit mode: the form shows the entry; the password field stays empty and means
    // "unchanged" unless typed into.
    void setEntry(const ServerEntry &entry, const QUuid &group);
    void setGroup(const QUuid &group);

    ServerEntry entry() const;
    QUuid group() const;
    // Nothing in edit mode when neither password nor K_g was typed.
    std::optional<Fleet::Credentials> credentials() const;
    // Why OK is disabled, or empty.
    QString problem() const;

private:
    void validate();
    bool isLocal() const;
    void updatePasswordRule();
    void testConnection();
    void fillGroups(const QUuid &parent, int depth);
    std::optional<QByteArray> kgBytes(QString *error) const;

    std::unique_ptr<Ui::ServerDialog> m_ui;
    Fleet *m_fleet;
    QUuid m_id;
    bool m_editing = false;
    QObject *m_testContext = nullptr; // replaced per test, so a stale answer is dropped
};
