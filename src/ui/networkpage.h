// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/lanchange.h"
#include "model/safelanchange.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class NetworkPage;
}
class Bmc;
class ChannelsModel;
class Fleet;
class LanConfigModel;

// The network settings of the selected server: the LAN configuration of its LAN channel
// (found automatically), the table of its channels, and "Edit…" (LanConfigDialog).
// Changing the address of the BMC we are connected to runs the verified change
// (SafeLanChangeDriver) with a countdown; once the new address answered, the server's
// registry entry moves to it. Other changes are written directly (LanConfigWriter).
class NetworkPage : public QWidget
{
    Q_OBJECT

public:
    NetworkPage(Fleet *fleet, QWidget *parent = nullptr);
    ~NetworkPage() override;

    void setServer(const QUuid &server);
    QUuid server() const { return m_server; }
    void reload();

    LanConfigModel *lanModel() const { return m_lanModel; }
    ChannelsModel *channelsModel() const { return m_channelsModel; }
    // Writes a change to the LAN channel shown (what Apply in the dialog does).
    void applyChange(const ipmi::lan::LanChange &change);
    // The verified change in progress, if any (for tests).
    SafeLanChangeDriver *safeChange() const { return m_safeChange; }

signals:
    void loaded();
    void changeFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openEditor();
    void readLanChannel(Bmc *bmc);
    void readChannel(Bmc *bmc, std::uint8_t channel);
    void readAccess(Bmc *bmc, std::uint8_t channel);
    void writeDirectly(Bmc *bmc, const ipmi::lan::LanChange &change);
    void runSafeChange(Bmc *bmc, const ipmi::lan::LanChange &change);
    void setBusy(bool busy);

    std::unique_ptr<Ui::NetworkPage> m_ui;
    Fleet *m_fleet;
    LanConfigModel *m_lanModel;
    ChannelsModel *m_channelsModel;
    QPointer<SafeLanChangeDriver> m_safeChange;
    QObject *m_readContext = nullptr; // replaced per read, so a stale answer is dropped
    QUuid m_server;
    QUuid m_loadedFor;
};
