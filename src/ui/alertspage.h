// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverpage.h"

#include "ipmi/core/error.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace Ui {
class AlertsPage;
}
class AlertDestinationModel;
class AlertService;
class EventFilterModel;

// How the selected server's BMC tells an administrator about events: PEF on or off and
// the actions it may take, the event filter table (enable, disable, add a common preset)
// and the LAN alert destinations (edit one, send a test event). The Serial-over-LAN
// settings open from here too (SolSettingsDialog). AlertService reads and writes; every
// write is read back, and the page then shows what the BMC holds.
class AlertsPage : public ServerPage
{
    Q_OBJECT

public:
    explicit AlertsPage(Fleet *fleet, QWidget *parent = nullptr);
    ~AlertsPage() override;

    EventFilterModel *filterModel() const { return m_filters; }
    AlertDestinationModel *destinationModel() const { return m_destinations; }

    // What the controls do, for the selected filter or destination.
    void setPefEnabled(bool enabled);
    void setFilterEnabled(bool enabled);
    void addPreset();
    void saveDestination();
    void sendTestEvent();
    void openSolSettings();

Q_SIGNALS:
    void loaded(); // both tables were read (or failed to be)
    void changeFinished(bool ok, const QString &message);

protected:
    void clearView() override;
    void load() override;

private:
    void readPef();
    void readDestinations();
    void finishRead();
    void showDestination();
    void finishChange(const ipmi::Result<QString> &outcome);
    void updateButtons();
    int selectedRow(class QTableView *table) const;

    std::unique_ptr<Ui::AlertsPage> m_ui;
    AlertService *m_service;
    EventFilterModel *m_filters;
    AlertDestinationModel *m_destinations;
    std::uint8_t m_channel = 0;
    int m_reading = 0; // reads still running
    QStringList m_notes; // what the reads could not show, as sentences
    QString m_outcome;   // the last change's outcome, shown once the reads are done
    bool m_writing = false;
    bool m_pefRead = false;
};
