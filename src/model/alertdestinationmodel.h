// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/lan/alertdestination.h"

#include <QAbstractTableModel>

#include <vector>

// The LAN alert destinations of one channel: number, type, addresses, gateway,
// acknowledgement and retries. Destination 0 is the volatile one.
class AlertDestinationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TypeColumn,
        IpColumn,
        MacColumn,
        GatewayColumn,
        AcknowledgeColumn,
        RetriesColumn,
        IntervalColumn,
        ColumnCount
    };

    explicit AlertDestinationModel(QObject *parent = nullptr);

    void setDestinations(std::vector<ipmi::lan::AlertDestination> destinations);
    void clear() { setDestinations({}); }
    const std::vector<ipmi::lan::AlertDestination> &destinations() const { return m_destinations; }

    static QString typeName(std::uint8_t type); // translated "PET trap", "OEM 1", ...

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ipmi::lan::AlertDestination> m_destinations;
};
