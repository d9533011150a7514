// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartannotations.h"

#include "chartline.h"
#include "chartsupport.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

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
        threshold->setLayer(QString::fromLatin1(LabelLayer));
        auto *text = new QCPItemText(m_plot);
        text->setLayer(QString::fromLatin1(LabelLayer));
        text->setProperty("thresholdLabel", name);
        text->setColor(line.color.darker(120));
        text->setBrush(QColor(255, 255, 255, 170));
        text->setPadding(QMargins(2, 0, 2, 0));
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->position->setType(QCPItemPosition::ptAbsolute); // placed by placeThresholdLabels()
        const QString full = QCoreApplication::translate("HistoryChart", "%1 %2: %3")
                                 .arg(line.series.label, name, chart::formatValue(value));
        const QString brief = QCoreApplication::translate("HistoryChart", "%1 %2").arg(name, chart::formatValue(value));
        m_thresholdLabels.append({text, line.axis, value, full, brief});
    }
}

void ChartAnnotations::placeThresholdLabels(const QList<QRectF> &taken)
{
    const QRectF area = m_plot->axisRect()->rect();
    QList<QRectF> placed = taken;
    // Top to bottom, so that neighbours settle in reading order.
    QList<const ThresholdLabel *> order;
    for (const ThresholdLabel &label : std::as_const(m_thresholdLabels))
        order << &label;
    std::stable_sort(order.begin(), order.end(), [](const ThresholdLabel *a, const ThresholdLabel *b) {
        return a->axis->coordToPixel(a->value) < b->axis->coordToPixel(b->value);
    });
    const auto fits = [&](const QRectF &rect) {
        if (!area.contains(rect))
            return false;
        return std::none_of(placed.begin(), placed.end(), [&](const QRectF &other) { return other.intersects(rect); });
    };
    // The first free place for a label of this size by its line, leftmost first: above
    // the line, else below it; else a little further right, past what is in the way.
    const auto findPlace = [&](double lineY, QSizeF size) -> std::optional<QRectF> {
        for (double x = area.left() + 4; x + size.width() <= area.right();) {
            double next = area.right();
            for (const double top : {lineY - size.height() - 1, lineY + 1}) {
                const QRectF rect(QPointF(x, top), size);
                if (fits(rect))
                    return rect;
                for (const QRectF &other : std::as_const(placed))
                    if (other.intersects(rect))
                        next = std::min(next, other.right() + 6);
            }
            x = std::max(next, x + 1);
        }
        return std::nullopt;
    };
    for (const ThresholdLabel *label : std::as_const(order)) {
        QCPItemText *item = label->item;
        item->setVisible(false);
        const double lineY = label->axis->coordToPixel(label->value);
        if (lineY < area.top() || lineY > area.bottom())
            continue; // the line is out of sight
        for (const QString &text : {label->text, label->shortText}) {
            item->setText(text);
            const QFontMetricsF metrics(item->font());
            const QMargins padding = item->padding();
            const QSizeF size(metrics.horizontalAdvance(text) + padding.left() + padding.right() + 1,
                              metrics.height() + padding.top() + padding.bottom());
            if (const std::optional<QRectF> rect = findPlace(lineY, size)) {
                item->position->setCoords(rect->topLeft());
                item->setVisible(true);
                placed << *rect;
                break;
            }
        }
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
