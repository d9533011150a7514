// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QAbstractTableModel>
#include <QUuid>

class SelMonitor;

// The System Event Log of one server as a table: ID, time (ISO 8601, local time with
// its offset), sensor, sensor type, event, direction and severity. Follows the
// SelMonitor: new entries are inserted at the end (no reset per poll); a cleared or
// re-read SEL resets the table.
//
// "New" rows: entries that arrived after the table was filled stay new (NewRole; the page
// shows them bold) until markAllSeen(); the rows of a first read or a reset are not new.
//
// Sorting by time (SortRole of the Time column) puts an entry without a time of its own
// (OEM records without one, pre-init times that cannot be placed) right after the entry
// before it in the log, so "newest first" keeps every entry where the BMC logged it.
//
// Threading contract: GUI thread, like the monitor.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TimeColumn,
        SensorColumn,
        TypeColumn,
        EventColumn,
        DirectionColumn,
        SeverityColumn,
        ColumnCount
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int: HistoryEvent::Severity
        HealthRole,                      // int: ServerStatus::Health, Severity column only
        NewRole,                         // bool: arrived since the page was last looked at
        SortRole,                        // number for ID and time (ms), else the text
        RecordIdRole,                    // int: the SEL record ID
    };

    explicit EventLogModel(SelMonitor *monitor, QObject *parent = nullptr);

    void setServer(const QUuid &server);
    QUuid server() const { return m_server; }
    int newCount() const { return m_rows - m_seen; }
    void markAllSeen();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    void append(int first, int count);
    // Time sort keys from row `from` to the end of the table.
    void updateTimeKeys(int from);
    QVariant display(int row, int column) const;

    SelMonitor *m_monitor;
    QUuid m_server;
    int m_rows = 0; // rows announced; the monitor may already hold more
    int m_seen = 0; // rows before this one are not new
    QList<qint64> m_timeKeys;
};
