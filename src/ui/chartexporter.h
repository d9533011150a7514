// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

struct ChartLine;
class QCPAbstractItem;
class QCustomPlot;

// The history chart's exports: the visible data as CSV and the plot as a PNG picture.
class ChartExporter
{
public:
    // "Time" (ISO 8601 local time with offset), then one column per line, for the points
    // in [fromMs, toMs]. A bucket's minimum and maximum share a time and give two rows.
    static QString csv(const QList<ChartLine> &lines, qint64 fromMs, qint64 toMs);
    // Writes text atomically; false with *error set when the file cannot be written.
    static bool writeCsv(const QString &path, const QString &text, QString *error);
    // Saves the plot as it is shown, without `hidden` (the mouse cursor line) if given.
    static bool writePng(QCustomPlot *plot, QCPAbstractItem *hidden, const QString &path, QString *error);
};
