// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsupport.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace chart {

void placeAt(QCPItemPosition *position, QCPAxis *xAxis, QCPAxis *yAxis, QCPItemPosition::PositionType typeX,
             QCPItemPosition::PositionType typeY, double x, double y)
{
    position->setAxes(xAxis, yAxis);
    position->setAxisRect(xAxis->axisRect());
    position->setTypeX(typeX);
    position->setTypeY(typeY);
    position->setCoords(x, y);
}

QString formatValue(double value)
{
    const double magnitude = std::abs(value);
    return QLocale().toString(value, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

QString severityName(HistoryEvent::Severity severity)
{
    switch (severity) {
    case HistoryEvent::Severity::Critical: return QCoreApplication::translate("HistoryChart", "Critical");
    case HistoryEvent::Severity::Warning: return QCoreApplication::translate("HistoryChart", "Warning");
    case HistoryEvent::Severity::Info: break;
    }
    return QCoreApplication::translate("HistoryChart", "Info");
}

} // namespace chart
