// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"

#include "transport/presencescanner.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DiscoveryDialog;
}

// Sweeps a range of addresses for BMCs with ASF presence pings at a bounded rate and
// adds the ones the user checks to the server list in one click, with the defaults for
// new servers and, if given, a user name and password for all of them.
class DiscoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiscoveryDialog(const AppServices &services, QWidget *parent = nullptr);
    ~DiscoveryDialog() override;

    PresenceScanner *scanner() const { return m_scanner; }
    // Starts a sweep of what the address field holds; false with the reason shown.
    bool startSweep();
    // Adds the checked results; returns how many servers were added.
    int addChecked();

private:
    void onFound(const PresenceScanner::Found &bmc);
    void onFinished(int answered, int total);
    bool alreadyListed(const QString &address, quint16 port) const;
    void showProblem(const QString &text);

    std::unique_ptr<Ui::DiscoveryDialog> m_ui;
    AppServices m_services;
    PresenceScanner *m_scanner;
};
