// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartreadout.h"

#include "chartline.h"
#include "chartsupport.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <limits>

namespace {

constexpr int EventHitPixels = 4;

} // namespace

QString ChartReadout::at(const QList<ChartLine> &lines, const QList<HistoryEvent> &events, const QCPAxis *timeAxis,
                         double keySeconds, int pixelX)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(chart::toMs(keySeconds));
    QStringList values;
    for (const ChartLine &line : lines)
        values << QCoreApplication::translate("HistoryChart", "%1: %2")
                      .arg(line.series.label, valueAt(line, keySeconds));
    QString text = QCoreApplication::translate("HistoryChart", "%1 — %2")
                       .arg(QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss t")),
                            values.join(QStringLiteral(" · ")));
    for (const HistoryEvent &event : events) {
        if (std::abs(timeAxis->coordToPixel(chart::toKey(event.timestampMs)) - pixelX) <= EventHitPixels)
            text += QLatin1Char('\n') +
                    QCoreApplication::translate("HistoryChart", "%1 event at %2: %3")
                        .arg(chart::severityName(event.severity),
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.timestampMs),
                                                QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             event.text);
    }
    return text;
}

QString ChartReadout::valueAt(const ChartLine &line, double keySeconds)
{
    const qint64 ms = chart::toMs(keySeconds);
    for (const HistoryGap &gap : line.gaps)
        if (ms >= gap.fromMs && ms <= gap.toMs)
            return QCoreApplication::translate("HistoryChart", "no data");
    const auto graphData = line.graph->data();
    if (graphData->isEmpty())
        return QCoreApplication::translate("HistoryChart", "no data");
    auto after = graphData->findBegin(keySeconds, false);
    auto nearest = after;
    if (after == graphData->constEnd() || (after != graphData->constBegin() && keySeconds - (after - 1)->key < after->key - keySeconds))
        nearest = after - 1;
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (auto it = graphData->findBegin(nearest->key, false); it != graphData->constEnd() && it->key == nearest->key; ++it)
        if (!std::isnan(it->value)) {
            low = std::min(low, it->value);
            high = std::max(high, it->value);
        }
    if (!std::isfinite(low))
        return QCoreApplication::translate("HistoryChart", "no data");
    const QString unit = line.series.unit.isEmpty() ? QString() : QLatin1Char(' ') + line.series.unit;
    if (high > low)
        return QCoreApplication::translate("HistoryChart", "%1–%2%3")
            .arg(chart::formatValue(low), chart::formatValue(high), unit);
    return chart::formatValue(low) + unit;
}
