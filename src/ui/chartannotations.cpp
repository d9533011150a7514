// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartannotations.h"

#include "chartline.h"
#include "chartsupport.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using chart::placeAt;
using chart::toKey;

namespace {

QColor severityColor(HistoryEvent::Severity severity)
{
    switch (severity) {
    case HistoryEvent::Severity::Critical: return {200, 30, 30};
    case HistoryEvent::Severity::Warning: return {200, 120, 0};
    case HistoryEvent::Severity::Info: break;
    }
    return {110, 110, 110};
}

// The glyph and line style carry the severity as well as the colour does.
QString severityGlyph(HistoryEvent::Severity severity)
{
    switch (severity) {
    case HistoryEvent::Severity::Critical: return QStringLiteral("!!");
    case HistoryEvent::Severity::Warning: return QStringLiteral("!");
    case HistoryEvent::Severity::Info: break;
    }
    return QStringLiteral("i");
}

Qt::PenStyle severityPenStyle(HistoryEvent::Severity severity)
{
    switch (severity) {
    case HistoryEvent::Severity::Critical: return Qt::SolidLine;
    case HistoryEvent::Severity::Warning: return Qt::DashLine;
    case HistoryEvent::Severity::Info: break;
    }
    return Qt::DotLine;
}

} // namespace

ChartAnnotations::ChartAnnotations(QCustomPlot *plot)
    : m_plot(plot)
{
}

void ChartAnnotations::forget()
{
    m_thresholdLabels.clear();
    m_gapItems.clear();
    m_eventItems.clear();
    m_events.clear();
}

void ChartAnnotations::remove(QList<QCPAbstractItem *> &items)
{
    for (QCPAbstractItem *item : std::as_const(items))
        m_plot->removeItem(item);
    items.clear();
}

void ChartAnnotations::addThresholds(const ChartLine &line)
{
    for (const auto &[name, value] : line.series.thresholds) {
        auto *threshold = new QCPItemStraightLine(m_plot);
        threshold->setPen(QPen(line.color, 1, Qt::DashLine));
        placeAt(threshold->point1, m_plot->xAxis, line.axis, QCPItemPosition::ptAxisRectRatio,
                QCPItemPosition::ptPlotCoords, 0, value);
        placeAt(threshold->point2, m_plot->xAxis, line.axis, QCPItemPosition::ptAxisRectRatio,
                QCPItemPosition::ptPlotCoords, 1, value);
        threshold->setProperty("threshold", name);
        auto *text = new QCPItemText(m_plot);
        text->setText(QCoreApplication::translate("HistoryChart", "%1 %2: %3")
                          .arg(line.series.label, name, chart::formatValue(value)));
        text->setColor(line.color.darker(120));
        text->setBrush(QColor(255, 255, 255, 200));
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        text->position->setType(QCPItemPosition::ptAbsolute); // placed by placeThresholdLabels()
        m_thresholdLabels.append({text, line.axis, value});
    }
}

void ChartAnnotations::placeThresholdLabels()
{
    struct Placed
    {
        double x, y, width;
    };
    QList<Placed> placed;
    const QRect rect = m_plot->axisRect()->rect();
    const double height = QFontMetricsF(m_plot->font()).height() + 2;
    for (const ThresholdLabel &label : std::as_const(m_thresholdLabels)) {
        const double y = std::max(label.axis->coordToPixel(label.value), rect.top() + height);
        const double width = QFontMetricsF(label.item->font()).horizontalAdvance(label.item->text()) + 12;
        double x = rect.left() + 4;
        for (bool moved = true; moved;) {
            moved = false;
            for (const Placed &other : std::as_const(placed))
                if (std::abs(other.y - y) < height && x < other.x + other.width && other.x < x + width) {
                    x = other.x + other.width + 8;
                    moved = true;
                }
        }
        label.item->position->setCoords(x, y);
        placed.append({x, y, width});
    }
}

void ChartAnnotations::drawGaps(const QList<ChartLine> &lines, qint64 pixelMs)
{
    remove(m_gapItems);
    QList<HistoryGap> gaps;
    for (const ChartLine &line : lines)
        gaps.append(line.gaps);
    std::sort(gaps.begin(), gaps.end(), [](const HistoryGap &a, const HistoryGap &b) { return a.fromMs < b.fromMs; });
    QList<HistoryGap> merged;
    for (const HistoryGap &gap : std::as_const(gaps)) {
        if (!merged.isEmpty() && gap.fromMs <= merged.last().toMs + pixelMs)
            merged.last().toMs = std::max(merged.last().toMs, gap.toMs);
        else
            merged << gap;
    }
    for (const HistoryGap &gap : std::as_const(merged)) {
        auto *band = new QCPItemRect(m_plot);
        band->setLayer(QStringLiteral("grid"));
        band->setPen(Qt::NoPen);
        band->setBrush(QColor(120, 120, 120, 40));
        const double right = toKey(std::max(gap.toMs, gap.fromMs + 2 * pixelMs));
        placeAt(band->topLeft, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio,
                toKey(gap.fromMs), 0);
        placeAt(band->bottomRight, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords,
                QCPItemPosition::ptAxisRectRatio, right, 1);
        auto *hatch = new QCPItemRect(m_plot);
        hatch->setLayer(QStringLiteral("grid"));
        hatch->setPen(Qt::NoPen);
        hatch->setBrush(QBrush(QColor(90, 90, 90, 150), Qt::BDiagPattern));
        placeAt(hatch->topLeft, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords,
                QCPItemPosition::ptAxisRectRatio, toKey(gap.fromMs), 0);
        placeAt(hatch->bottomRight, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords,
                QCPItemPosition::ptAxisRectRatio, right, 1);
        m_gapItems << band << hatch;
        // Wide enough for words: say what the band means, not only by its look.
        if (m_plot->xAxis->coordToPixel(right) - m_plot->xAxis->coordToPixel(toKey(gap.fromMs)) > 60) {
            auto *text = new QCPItemText(m_plot);
            text->setText(QCoreApplication::translate("HistoryChart", "no data"));
            text->setColor(QColor(80, 80, 80));
            text->setBrush(QColor(255, 255, 255, 200));
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            placeAt(text->position, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords,
                    QCPItemPosition::ptAxisRectRatio, (toKey(gap.fromMs) + right) / 2, 0.98);
            m_gapItems << text;
        }
    }
}

void ChartAnnotations::addEvents(const QList<HistoryEvent> &events)
{
    m_events.append(events);
    std::sort(m_events.begin(), m_events.end(),
              [](const HistoryEvent &a, const HistoryEvent &b) { return a.timestampMs < b.timestampMs; });
    remove(m_eventItems);
    for (const HistoryEvent &event : std::as_const(m_events)) {
        const QColor color = severityColor(event.severity);
        auto *line = new QCPItemStraightLine(m_plot);
        line->setPen(QPen(color, event.severity == HistoryEvent::Severity::Critical ? 1.5 : 1.2,
                          severityPenStyle(event.severity)));
        placeAt(line->point1, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio,
                toKey(event.timestampMs), 0);
        placeAt(line->point2, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio,
                toKey(event.timestampMs), 1);
        auto *glyph = new QCPItemText(m_plot);
        glyph->setText(severityGlyph(event.severity));
        glyph->setColor(Qt::white);
        glyph->setBrush(color);
        glyph->setPadding(QMargins(3, 0, 3, 0));
        QFont bold = glyph->font();
        bold.setBold(true);
        glyph->setFont(bold);
        glyph->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        placeAt(glyph->position, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio,
                toKey(event.timestampMs), 0);
        line->setProperty("eventText", event.text);
        m_eventItems << line << glyph;
    }
}
