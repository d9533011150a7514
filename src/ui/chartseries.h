// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

// One sensor to chart, as the sensors page hands it over.
struct ChartSeries
{
    QUuid host;
    QString sensorKey; // HistoryService sensor name
    QString label;     // "CPU Temp (web-01)"
    QString unit;      // "degrees C", "RPM", "Volts"; one y axis per distinct unit
    QList<QPair<QString, double>> thresholds; // e.g. {"UC", 90.0}, {"LC", 5.0}

    // The same sensor of the same host (label, unit and thresholds may be refreshed).
    bool sameSensor(const ChartSeries &other) const { return host == other.host && sensorKey == other.sensorKey; }
};
