// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverpage.h"

#include "ipmi/lan/lanchange.h"
#include "model/networkservice.h"

#include <memory>

namespace Ui {
class NetworkPage;
}
class ChannelsModel;
class LanConfigModel;
class SafeLanChangeDriver;

// The network settings of the selected server: the LAN configuration of its LAN channel
// (found automatically), the table of its channels, and "Edit…" (LanConfigDialog). The
// reading and writing is NetworkService's; a change of the address we reach the BMC at
// is verified there, runs on when another server is selected, and its progress and
// outcome are shown only with its own server.
class NetworkPage : public ServerPage
{
    Q_OBJECT

public:
    explicit NetworkPage(Fleet *fleet, QWidget *parent = nullptr);
    ~NetworkPage() override;

    LanConfigModel *lanModel() const { return m_lanModel; }
    ChannelsModel *channelsModel() const { return m_channelsModel; }
    NetworkService *service() const { return m_service; }
    // Writes a change to the LAN channel shown (what Apply in the dialog does).
    void applyChange(const ipmi::lan::LanChange &change,
                     NetworkService::Verification verification = NetworkService::Verification::Verify);
    // The verified change of the server shown, if one runs (for tests).
    SafeLanChangeDriver *safeChange() const;
    // Whether BMC Pilot reaches the server shown at the address it reports (read after
    // the configuration; decides whether the editor offers the verified change).
    bool reachedAtShownAddress() const { return m_reachedHere; }

signals:
    void loaded();
    // A change of the server shown ended.
    void changeFinished(bool ok, const QString &message);

protected:
    void clearView() override;
    void load() override;

private:
    void openEditor();
    // Asks before a change that may lose the BMC; false when the user declined.
    bool confirmRisk(const ipmi::lan::LanChange &change);
    void showChangeState();
    void setBusy(bool busy);

    std::unique_ptr<Ui::NetworkPage> m_ui;
    NetworkService *m_service;
    LanConfigModel *m_lanModel;
    ChannelsModel *m_channelsModel;
    bool m_reachedHere = false;
};
