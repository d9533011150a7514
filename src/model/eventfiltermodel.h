// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/pef/peftables.h"

#include <QAbstractTableModel>

#include <vector>

// The PEF event filter table of one BMC: number, state, what each filter matches
// (sensor type, sensor, event triggers) and what it does (actions, alert policy set).
class EventFilterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        StateColumn,
        SensorTypeColumn,
        SensorColumn,
        TriggerColumn,
        ActionsColumn,
        PolicyColumn,
        ColumnCount
    };

    explicit EventFilterModel(QObject *parent = nullptr);

    void setFilters(std::vector<ipmi::pef::EventFilter> filters);
    void clear() { setFilters({}); }
    const std::vector<ipmi::pef::EventFilter> &filters() const { return m_filters; }

    // The translated names of the action bits set ("Alert, Power off").
    static QString actionsText(std::uint8_t actions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ipmi::pef::EventFilter> m_filters;
};
