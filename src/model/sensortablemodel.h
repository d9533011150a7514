// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverstatus.h"

#include "ipmi/sensor/sensorview.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <vector>

class SensorMonitor;

// The latest sensors of one server as a table: name, type, reading, unit, status and the
// six thresholds. Follows the SensorMonitor: when a sweep finds the same sensors as the
// last one, only the cells that changed are announced; a different set of sensors (a new
// server or a changed SDR) inserts and removes rows.
//
// Threading contract: GUI thread, like the monitor.
class SensorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        ReadingColumn,
        UnitColumn,
        StatusColumn,
        LnrColumn,
        LcColumn,
        LncColumn,
        UncColumn,
        UcColumn,
        UnrColumn,
        ColumnCount
    };
    enum Role {
        HealthRole = Qt::UserRole + 1, // int: ServerStatus::Health of the sensor
        SensorKeyRole,                 // QString: the history name
        TypeRole,                      // QString: sensor type name, for filters
        AnalogRole,                    // bool: has a numeric reading
        ValueRole,                     // double or invalid: reading / threshold as a number
    };

    explicit SensorTableModel(SensorMonitor *monitor, QObject *parent = nullptr);

    void setServer(const QUuid &server);
    QUuid server() const { return m_server; }
    const ipmi::sensor::SensorView *sensorAt(int row) const;
    QString sensorKeyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatValue(double value);

private:
    void refresh();
    QVariant display(const ipmi::sensor::SensorView &view, int column) const;
    std::optional<double> threshold(const ipmi::sensor::SensorView &view, int column) const;

    SensorMonitor *m_monitor;
    QUuid m_server;
    std::vector<ipmi::sensor::SensorView> m_sensors;
    std::vector<QString> m_keys;
};
