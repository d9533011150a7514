// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartline.h"
#include "chartsupport.h"
#include "model/csv.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMap>
#include <QSaveFile>

#include <cmath>

namespace {

// ISO 8601 in local time with its UTC offset, e.g. 2026-11-24T03:00:00.000+01:00.
QString isoLocal(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString ChartExporter::csv(const QList<ChartLine> &lines, qint64 fromMs, qint64 toMs)
{
    // time -> per line, the values at that time (a bucket's minimum and maximum share it)
    QMap<qint64, QList<QList<double>>> rows;
    for (int i = 0; i < lines.size(); ++i) {
        const auto graphData = lines[i].graph->data();
        for (auto it = graphData->constBegin(); it != graphData->constEnd(); ++it) {
            const qint64 ms = chart::toMs(it->key);
            if (ms < fromMs || ms > toMs || std::isnan(it->value))
                continue;
            auto &row = rows[ms];
            row.resize(lines.size());
            row[i] << it->value;
        }
    }
    QStringList header{QCoreApplication::translate("HistoryChart", "Time")};
    for (const ChartLine &line : lines)
        header << line.legendName();
    QString text = Csv::formatRecord(header);
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        qsizetype count = 0;
        for (const QList<double> &values : it.value())
            count = std::max(count, values.size());
        for (qsizetype row = 0; row < count; ++row) {
            QStringList fields{isoLocal(it.key())};
            for (const QList<double> &values : it.value())
                fields << (row < values.size() ? QString::number(values[row], 'g', 12) : QString());
            text += Csv::formatRecord(fields);
        }
    }
    return text;
}

bool ChartExporter::writeCsv(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("HistoryChart", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::writePng(QCustomPlot *plot, QCPAbstractItem *hidden, const QString &path, QString *error)
{
    const bool wasVisible = hidden && hidden->visible();
    if (hidden)
        hidden->setVisible(false);
    const bool saved = plot->savePng(path, 0, 0, 1.0);
    if (hidden)
        hidden->setVisible(wasVisible);
    if (!saved && error)
        *error = QCoreApplication::translate("HistoryChart", "Could not write the image %1.")
                     .arg(QDir::toNativeSeparators(path));
    return saved;
}
