// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanchange.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LanConfigDialog;
}

// Edits the address settings of a LAN channel: static or DHCP, address, netmask,
// default gateway, VLAN. Everything is checked as it is typed (ipmi::lan::
// validateLanChange against the present settings): errors are shown in words and keep
// Apply disabled, a gateway outside the subnet is a warning. Under DHCP the address
// fields are disabled. The dialog sends nothing; the caller runs change().
class LanConfigDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LanConfigDialog(const ipmi::lan::LanConfig &current, QWidget *parent = nullptr);
    ~LanConfigDialog() override;

    // Only what differs from the present settings.
    ipmi::lan::LanChange change() const;
    QString problem() const { return m_problem; } // why Apply is disabled, or empty
    QString warning() const { return m_warning; }
    // BMC Pilot reaches this BMC at its present address: a new address is verified
    // (reverted after `seconds` unless it answers) unless the user ticks "keep".
    void setVerifiedAddressChange(int seconds);
    // The user asked to keep a new address without the check.
    bool keepWithoutCheck() const;

private:
    void validate();
    // The change as typed, or the first field that is not an address.
    std::optional<ipmi::lan::LanChange> typedChange(QString *error) const;

    std::unique_ptr<Ui::LanConfigDialog> m_ui;
    ipmi::lan::LanConfig m_current;
    int m_verifySeconds = 0; // 0: the address is not the one we reach the BMC at
    QString m_problem;
    QString m_warning;
};
