// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fleet.h"
#include "model/hostlist.h"
#include "model/serverentry.h"

#include <QDialog>
#include <QUuid>

#include <memory>
#include <optional>

namespace Ui {
class ServerDialog;
}
class AddressLookup;

// Adds a server or edits one: where the BMC is, how to log in, and where it sits in the
// tree. "Local (this machine's BMC)" picks the kernel driver instead of the network: the
// address and login fields are then disabled and not stored. "Test connection" opens a
// session with what is typed and reports the cipher suite and privilege obtained (or
// opens the local device), or the reason it failed. OK stays disabled while the input
// has a problem, which is shown in words under the form.
//
// The address may carry its port as ipmitool users write it ("host:623", "[v6]:623"),
// which moves to the port field. A host name is looked up in the background (the form
// says so); OK waits for the answer and stays disabled when the name does not resolve.
// An address, port and user that another entry already has get a warning naming it.
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
    // Why OK is disabled, or empty (a lookup still running is not a problem, yet).
    QString problem() const;
    // The existing entry with the same address, port and user, or null.
    const ServerEntry *duplicateOf() const;
    AddressLookup *lookup() const { return m_lookup; }

private:
    void validate();
    bool isLocal() const;
    void updatePasswordRule();
    void testConnection();
    void fillGroups(const QUuid &parent, int depth);
    std::optional<QByteArray> kgBytes(QString *error) const;
    // The address field as host and port (the port field's value unless one is typed).
    std::optional<HostEndpoint> typedEndpoint(QString *error) const;
    // Moves a port typed into the address field to the port field.
    void splitTypedPort();
    void updateAddressStatus();

    std::unique_ptr<Ui::ServerDialog> m_ui;
    Fleet *m_fleet;
    QUuid m_id;
    bool m_editing = false;
    AddressLookup *m_lookup;
    QObject *m_testContext = nullptr; // replaced per test, so a stale answer is dropped
};
