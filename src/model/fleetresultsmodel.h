// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class FleetOperation;

// The per-host results of a FleetOperation as a table: server, address, state, detail
// and time. The rows are the operation's hosts, fixed when it was made; each host change
// updates its one row (dataChanged), never the whole table. refreshRunningTimes() moves
// the Time column of the running rows on, for a view that ticks once a second.
//
// Threading contract: GUI thread, like the operation. The operation must outlive the
// model or be destroyed with it (the model then shows no rows).
class FleetResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServerColumn, AddressColumn, StateColumn, DetailColumn, TimeColumn, ColumnCount };
    enum Role {
        HealthRole = Qt::UserRole + 1, // int: ServerStatus::Health of the state (for the colour mark)
        StateRole,                     // int: FleetOperation::HostState
    };

    explicit FleetResultsModel(FleetOperation *operation, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refreshRunningTimes();
    // "350 ms", "2.4 s"; empty for -1 (not started).
    static QString timeText(qint64 ms);
    // Tab-separated, a header line then one line per host, for the clipboard.
    QString toText() const;

private:
    QString display(int row, int column) const;

    QPointer<FleetOperation> m_operation;
};
