// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include "model/csv.h"
#include "model/historyservice.h"

#include <qcustomplot.h>

#include <QDateTime>
#include <QLabel>
#include <QMap>
#include <QSaveFile>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 MinimumSpanMs = 60'000;
constexpr qint64 MaximumSpanMs = 400LL * 24 * 3600 * 1000;
constexpr int DebounceMs = 150;
constexpr int EventHitPixels = 4;

double toKey(qint64 ms)
{
    return double(ms) / 1000.0;
}

qint64 toMs(double key)
{
    return qRound64(key * 1000.0);
}

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
QColor seriesColor(int index)
{
    static const QColor palette[] = {{0, 114, 178}, {213, 94, 0},  {0, 158, 115}, {204, 121, 167},
                                     {230, 159, 0}, {86, 180, 233}, {0, 0, 0}};
    return palette[index % int(std::size(palette))];
}

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

QString severityName(HistoryEvent::Severity severity)
{
    switch (severity) {
    case HistoryEvent::Severity::Critical: return HistoryChart::tr("Critical");
    case HistoryEvent::Severity::Warning: return HistoryChart::tr("Warning");
    case HistoryEvent::Severity::Info: break;
    }
    return HistoryChart::tr("Info");
}

// ISO 8601 in local time with its UTC offset, e.g. 2026-11-24T03:00:00.000+01:00.
QString isoLocal(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString timeZoneText()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString offset = QTimeZone::systemTimeZone().displayName(now, QTimeZone::OffsetName);
    const QString abbreviation = now.timeZoneAbbreviation();
    if (abbreviation.isEmpty() || abbreviation == offset || abbreviation.startsWith(QLatin1String("UTC")))
        return offset;
    return QStringLiteral("%1, %2").arg(abbreviation, offset);
}

QString formatValue(double value)
{
    const double magnitude = std::abs(value);
    return QLocale().toString(value, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

void placeAt(QCPItemPosition *position, QCPAxis *xAxis, QCPAxis *yAxis, QCPItemPosition::PositionType typeX,
             QCPItemPosition::PositionType typeY, double x, double y)
{
    position->setAxes(xAxis, yAxis);
    position->setAxisRect(xAxis->axisRect());
    position->setTypeX(typeX);
    position->setTypeY(typeY);
    position->setCoords(x, y);
}

} // namespace

HistoryChart::HistoryChart(HistoryService *history, QWidget *parent)
    : QWidget(parent), m_history(history), m_plot(new QCustomPlot(this)), m_emptyLabel(new QLabel(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setMinimumSize(320, 200);
    m_plot->setNoAntialiasingOnDrag(true);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setTickCount(7);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Time (%1)").arg(timeZoneText()));

    // The legend in a row of its own above the plot: it never covers data.
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(3);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDragAxes(QList<QCPAxis *>{m_plot->xAxis}, QList<QCPAxis *>{});
    m_plot->axisRect()->setRangeZoomAxes(QList<QCPAxis *>{m_plot->xAxis}, QList<QCPAxis *>{});
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents); // zooming out must still work
    m_emptyLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255,255,255,220); color: #444; border: 1px solid #bbb; border-radius: 4px; padding: 12px; font-size: 11pt; }"));

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryChart::requery);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &HistoryChart::onRangeChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this, &HistoryChart::onMouseMove);
    connect(m_plot, &QCustomPlot::afterLayout, this, &HistoryChart::placeLabels);
    m_plot->installEventFilter(this);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_settingRange = true;
    m_plot->xAxis->setRange(toKey(now - 3600'000), toKey(now));
    m_settingRange = false;
    rebuild();
}

HistoryChart::~HistoryChart() = default;

void HistoryChart::setSeries(const QList<ChartSeries> &series)
{
    m_shown.clear();
    for (const ChartSeries &one : series)
        m_shown.append({one, {}, nullptr, nullptr, {}, nullptr});
    rebuild();
    requery();
}

QList<ChartSeries> HistoryChart::series() const
{
    QList<ChartSeries> result;
    for (const Shown &shown : m_shown)
        result << shown.series;
    return result;
}

qint64 HistoryChart::rangeFrom() const
{
    return toMs(m_plot->xAxis->range().lower);
}

qint64 HistoryChart::rangeTo() const
{
    return toMs(m_plot->xAxis->range().upper);
}

QColor HistoryChart::colorOf(int seriesIndex) const
{
    return seriesIndex >= 0 && seriesIndex < m_shown.size() ? m_shown[seriesIndex].color : QColor();
}

void HistoryChart::setRange(qint64 fromMs, qint64 toMs)
{
    m_settingRange = true;
    m_plot->xAxis->setRange(toKey(fromMs), toKey(std::max(toMs, fromMs + MinimumSpanMs)));
    m_settingRange = false;
    updateTimeAxisFormat();
    m_debounce.stop();
    requery();
}

// Graphs, axes and threshold lines for the series; data follows with the next answer.
void HistoryChart::rebuild()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_thresholdItems.clear();
    m_thresholdLabels.clear();
    m_gapItems.clear();
    m_eventItems.clear();
    m_events.clear();
    for (QCPAxis *axis : std::as_const(m_extraAxes))
        m_plot->axisRect()->removeAxis(axis);
    m_extraAxes.clear();
    m_plot->yAxis2->setVisible(false);
    m_plot->yAxis->setLabel(QString());
    m_anyData = false;
    m_shownSequence = 0;

    QStringList units;
    for (int i = 0; i < m_shown.size(); ++i) {
        Shown &shown = m_shown[i];
        shown.color = seriesColor(i);
        shown.axis = axisForUnit(shown.series.unit, units);
        shown.graph = m_plot->addGraph(m_plot->xAxis, shown.axis);
        // Width 1: wider pens take the slow stroker path (a month replotted in 640 ms instead of 26 ms).
        shown.graph->setPen(QPen(shown.color, 1.0));
        shown.graph->setName(shown.series.unit.isEmpty() ? shown.series.label
                                                         : tr("%1 [%2]").arg(shown.series.label, shown.series.unit));
        shown.gaps.clear();
        shown.endLabel = new QCPItemText(m_plot);
        shown.endLabel->position->setType(QCPItemPosition::ptAbsolute);
        shown.endLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        shown.endLabel->setText(shown.series.label);
        shown.endLabel->setColor(shown.color.darker(120));
        shown.endLabel->setBrush(QColor(255, 255, 255, 210));
        shown.endLabel->setPadding(QMargins(3, 1, 3, 1));
        shown.endLabel->setClipToAxisRect(true);
        shown.endLabel->setVisible(false);
        addThresholds(shown);
    }
    if (m_shown.isEmpty())
        m_plot->yAxis->setRange(0, 1);

    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setLayer(QStringLiteral("overlay"));
    m_cursor->setPen(QPen(QColor(60, 60, 60, 160), 1, Qt::SolidLine));
    placeAt(m_cursor->point1, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio, 0, 0);
    placeAt(m_cursor->point2, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio, 0, 1);
    m_cursor->setVisible(false);

    updateTimeAxisFormat();
    updateEmptyState();
    m_plot->replot();
}

// First unit on the left axis, second on the right, then alternating outwards.
QCPAxis *HistoryChart::axisForUnit(const QString &unit, QStringList &units)
{
    const qsizetype known = units.indexOf(unit);
    if (known == 0)
        return m_plot->yAxis;
    if (known == 1)
        return m_plot->yAxis2;
    if (known > 1)
        return m_extraAxes[known - 2];
    units << unit;
    QCPAxis *axis = nullptr;
    if (units.size() == 1) {
        axis = m_plot->yAxis;
    } else if (units.size() == 2) {
        axis = m_plot->yAxis2;
        axis->setVisible(true);
        axis->setTickLabels(true);
    } else {
        axis = m_plot->axisRect()->addAxis(units.size() % 2 ? QCPAxis::atLeft : QCPAxis::atRight);
        axis->setBasePen(m_plot->yAxis->basePen());
        m_extraAxes << axis;
    }
    axis->setLabel(unit.isEmpty() ? tr("Value") : unit);
    return axis;
}

void HistoryChart::addThresholds(const Shown &shown)
{
    for (const auto &[name, value] : shown.series.thresholds) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setPen(QPen(shown.color, 1, Qt::DashLine));
        placeAt(line->point1, m_plot->xAxis, shown.axis, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords, 0, value);
        placeAt(line->point2, m_plot->xAxis, shown.axis, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords, 1, value);
        line->setProperty("threshold", name);
        auto *text = new QCPItemText(m_plot);
        text->setText(tr("%1 %2: %3").arg(shown.series.label, name, formatValue(value)));
        text->setColor(shown.color.darker(120));
        text->setBrush(QColor(255, 255, 255, 200));
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        text->position->setType(QCPItemPosition::ptAbsolute); // placed by placeThresholdLabels()
        m_thresholdItems << line << text;
        m_thresholdLabels.append({text, shown.axis, value});
    }
}

void HistoryChart::onRangeChanged()
{
    if (m_settingRange)
        return;
    const QCPRange range = m_plot->xAxis->range();
    const double span = std::clamp(range.size(), toKey(MinimumSpanMs), toKey(MaximumSpanMs));
    if (span != range.size()) {
        m_settingRange = true;
        m_plot->xAxis->setRange(range.center(), span, Qt::AlignCenter);
        m_settingRange = false;
    }
    updateTimeAxisFormat();
    m_debounce.start();
    emit rangeChangedByUser(rangeFrom(), rangeTo());
}

int HistoryChart::pixelWidth() const
{
    return std::max(200, m_plot->axisRect()->width() > 0 ? m_plot->axisRect()->width() : m_plot->width());
}

void HistoryChart::requery()
{
    m_debounce.stop();
    if (m_shown.isEmpty()) {
        updateEmptyState();
        return;
    }
    // Half the visible span again on each side, so a pan shows data before its answer.
    const qint64 from = rangeFrom(), to = rangeTo(), margin = (to - from) / 2;
    // Two points (minimum and maximum) per pixel column, over twice the visible width.
    m_request = {from - margin, to + margin, 4 * pixelWidth(), ++m_sequence};
    QList<HistoryService::SeriesKey> keys;
    QList<QUuid> hosts;
    for (const Shown &shown : std::as_const(m_shown)) {
        keys.append({shown.series.host, shown.series.sensorKey});
        if (!hosts.contains(shown.series.host))
            hosts << shown.series.host;
    }
    const quint64 sequence = m_sequence;
    m_history->query(keys, m_request.fromMs, m_request.toMs, m_request.maxPoints, this,
                     [this, sequence](QList<std::optional<HistorySeriesData>> results) { showData(sequence, results); });
    m_events.clear();
    for (const QUuid &host : std::as_const(hosts))
        m_history->events(host, m_request.fromMs, m_request.toMs, this,
                          [this, sequence](QList<HistoryEvent> events) { showEvents(sequence, events); });
}

void HistoryChart::showData(quint64 sequence, const QList<std::optional<HistorySeriesData>> &results)
{
    if (sequence != m_sequence)
        return; // an older request finished after a newer one
    m_anyData = false;
    const double visibleFrom = m_plot->xAxis->range().lower, visibleTo = m_plot->xAxis->range().upper;
    for (int i = 0; i < m_shown.size(); ++i) {
        Shown &shown = m_shown[i];
        const HistorySeriesData answer = results.value(i).value_or(HistorySeriesData{});
        // Failed polls with no reading between them are one outage, however far apart.
        shown.gaps.clear();
        for (const HistoryGap &next : answer.gaps) {
            const auto between = std::lower_bound(answer.points.cbegin(), answer.points.cend(),
                                                  shown.gaps.isEmpty() ? 0 : shown.gaps.last().toMs + 1,
                                                  [](const HistoryPoint &p, qint64 t) { return p.timestampMs < t; });
            if (!shown.gaps.isEmpty() && (between == answer.points.cend() || between->timestampMs > next.fromMs))
                shown.gaps.last().toMs = std::max(shown.gaps.last().toMs, next.toMs);
            else
                shown.gaps << next;
        }
        // A NaN point at the start of each gap makes QCPGraph break the line there.
        QVector<QCPGraphData> points;
        points.reserve(answer.points.size() + shown.gaps.size());
        qsizetype gap = 0;
        bool visible = false;
        for (const HistoryPoint &point : answer.points) {
            for (; gap < shown.gaps.size() && shown.gaps[gap].fromMs <= point.timestampMs; ++gap)
                points.append({toKey(shown.gaps[gap].fromMs), std::numeric_limits<double>::quiet_NaN()});
            points.append({toKey(point.timestampMs), point.value});
            visible = visible || (points.last().key >= visibleFrom && points.last().key <= visibleTo);
        }
        for (; gap < shown.gaps.size(); ++gap)
            points.append({toKey(shown.gaps[gap].fromMs), std::numeric_limits<double>::quiet_NaN()});
        shown.graph->data()->set(points, true);
        const QString name = shown.series.unit.isEmpty() ? shown.series.label
                                                         : tr("%1 [%2]").arg(shown.series.label, shown.series.unit);
        shown.graph->setName(visible ? name : tr("%1 (no data in this range)").arg(name));
        m_anyData = m_anyData || visible;
    }
    m_shownSequence = sequence;
    drawGaps();
    rescaleValueAxes();
    updateEmptyState();
    m_plot->replot();
    emit dataShown(sequence);
}

void HistoryChart::showEvents(quint64 sequence, const QList<HistoryEvent> &events)
{
    if (sequence != m_sequence)
        return;
    m_events.append(events);
    std::sort(m_events.begin(), m_events.end(),
              [](const HistoryEvent &a, const HistoryEvent &b) { return a.timestampMs < b.timestampMs; });
    clearItems(m_eventItems);
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
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HistoryChart::clearItems(QList<QCPAbstractItem *> &items)
{
    for (QCPAbstractItem *item : std::as_const(items))
        m_plot->removeItem(item);
    items.clear();
}

// Hatched bands over the gaps of all series, merged where closer than a pixel.
void HistoryChart::drawGaps()
{
    clearItems(m_gapItems);
    QList<HistoryGap> gaps;
    for (const Shown &shown : std::as_const(m_shown))
        gaps.append(shown.gaps);
    std::sort(gaps.begin(), gaps.end(), [](const HistoryGap &a, const HistoryGap &b) { return a.fromMs < b.fromMs; });
    const qint64 pixelMs = std::max<qint64>(1, (rangeTo() - rangeFrom()) / pixelWidth());
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
            text->setText(tr("no data"));
            text->setColor(QColor(80, 80, 80));
            text->setBrush(QColor(255, 255, 255, 200));
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            placeAt(text->position, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords,
                    QCPItemPosition::ptAxisRectRatio, (toKey(gap.fromMs) + right) / 2, 0.98);
            m_gapItems << text;
        }
    }
}

void HistoryChart::placeLabels()
{
    placeEndLabels();
    placeThresholdLabels();
}

// Threshold labels at the left end of their lines; where lines of several axes meet at
// the same height, the labels line up side by side instead of on top of each other.
void HistoryChart::placeThresholdLabels()
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

// Each line's label at its last visible point, pushed apart so labels never overlap.
void HistoryChart::placeEndLabels()
{
    struct Label
    {
        QCPItemText *item;
        double x, y;
    };
    QList<Label> labels;
    const QCPRange visible = m_plot->xAxis->range();
    for (const Shown &shown : std::as_const(m_shown)) {
        if (!shown.endLabel)
            continue;
        shown.endLabel->setVisible(false);
        const auto graphData = shown.graph->data();
        auto it = graphData->findEnd(visible.upper, false);
        while (it != graphData->constBegin()) {
            --it;
            if (it->key < visible.lower)
                break;
            if (!std::isnan(it->value)) {
                labels.append({shown.endLabel, m_plot->xAxis->coordToPixel(it->key) - 6, shown.axis->coordToPixel(it->value)});
                break;
            }
        }
    }
    std::sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) { return a.y < b.y; });
    const double height = QFontMetricsF(m_plot->font()).height() + 3;
    const QRect rect = m_plot->axisRect()->rect();
    for (int i = 0; i < labels.size(); ++i) {
        double y = std::max(labels[i].y, rect.top() + height / 2);
        if (i > 0)
            y = std::max(y, labels[i - 1].y + height);
        labels[i].y = y;
        labels[i].item->position->setCoords(std::max(labels[i].x, rect.left() + 80.0), y);
        labels[i].item->setVisible(true);
    }
}

// Fits each value axis to its series in the visible range and their thresholds.
void HistoryChart::rescaleValueAxes()
{
    QList<QCPAxis *> axes;
    for (const Shown &shown : std::as_const(m_shown))
        if (!axes.contains(shown.axis))
            axes << shown.axis;
    const QCPRange visible = m_plot->xAxis->range();
    for (QCPAxis *axis : std::as_const(axes)) {
        double low = std::numeric_limits<double>::infinity(), high = -low;
        for (const Shown &shown : std::as_const(m_shown)) {
            if (shown.axis != axis)
                continue;
            const auto graphData = shown.graph->data();
            for (auto it = graphData->findBegin(visible.lower, false); it != graphData->findEnd(visible.upper, false); ++it) {
                if (!std::isnan(it->value)) {
                    low = std::min(low, it->value);
                    high = std::max(high, it->value);
                }
            }
            if (std::isfinite(low)) // thresholds widen a range, they do not make one
                for (const auto &threshold : shown.series.thresholds) {
                    low = std::min(low, threshold.second);
                    high = std::max(high, threshold.second);
                }
        }
        if (!std::isfinite(low)) {
            axis->setRange(0, 1);
            continue;
        }
        const double pad = high > low ? (high - low) * 0.08 : std::max(1.0, std::abs(high) * 0.05);
        axis->setRange(low - pad, high + pad);
    }
}

void HistoryChart::updateTimeAxisFormat()
{
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    const double span = m_plot->xAxis->range().size();
    if (span <= 6 * 3600)
        ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    else if (span <= 3 * 86400)
        ticker->setDateTimeFormat(QStringLiteral("HH:mm\nd MMM"));
    else
        ticker->setDateTimeFormat(QStringLiteral("d MMM"));
}

QString HistoryChart::emptyText() const
{
    if (m_shown.isEmpty())
        return tr("No sensors to chart. Choose sensors on the Sensors page to see their history here.");
    if (m_anyData || m_shownSequence == 0)
        return {};
    QStringList names;
    for (const Shown &shown : m_shown)
        names << shown.series.label;
    // A range that ends about now: the poller has not recorded anything yet.
    if (rangeTo() >= QDateTime::currentMSecsSinceEpoch() - 5 * 60'000)
        return tr("No history yet for %1.\nReadings are recorded while the server is polled.").arg(names.join(tr(", ")));
    return tr("No history for %1 in this time range.\nZoom out or choose a longer range.").arg(names.join(tr(", ")));
}

void HistoryChart::updateEmptyState()
{
    const QString text = emptyText();
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
    resizeEvent(nullptr);
}

void HistoryChart::resizeEvent(QResizeEvent *event)
{
    if (event) {
        QWidget::resizeEvent(event);
        if (!m_shown.isEmpty())
            m_debounce.start(); // the pixel width sets the detail
    }
    const int width = std::min(m_plot->width() - 40, 520);
    m_emptyLabel->setFixedWidth(std::max(100, width));
    m_emptyLabel->adjustSize();
    m_emptyLabel->move((m_plot->width() - m_emptyLabel->width()) / 2, (m_plot->height() - m_emptyLabel->height()) / 2);
}

bool HistoryChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave && m_cursor) {
        m_cursor->setVisible(false);
        m_plot->layer(QStringLiteral("overlay"))->replot();
        emit readoutChanged(QString());
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryChart::onMouseMove(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (!m_cursor || !m_plot->axisRect()->rect().contains(at) || m_shown.isEmpty()) {
        if (m_cursor && m_cursor->visible()) {
            m_cursor->setVisible(false);
            m_plot->layer(QStringLiteral("overlay"))->replot();
        }
        return;
    }
    const double key = m_plot->xAxis->pixelToCoord(at.x());
    m_cursor->point1->setCoords(key, 0);
    m_cursor->point2->setCoords(key, 1);
    m_cursor->setVisible(true);
    m_plot->layer(QStringLiteral("overlay"))->replot(); // only the cursor layer: no full redraw per move
    const QString text = readoutFor(key, at.x());
    emit readoutChanged(text);
    const qsizetype eventsAt = text.indexOf(QLatin1Char('\n'));
    if (eventsAt >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), text.mid(eventsAt + 1), m_plot);
    else
        QToolTip::hideText();
}

// "2026-11-24 03:10:00 CET — CPU Temp (web-01): 45.0 degrees C · …", then events near the mouse.
QString HistoryChart::readoutFor(double keySeconds, int pixelX) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(toMs(keySeconds));
    QStringList values;
    for (const Shown &shown : m_shown)
        values << tr("%1: %2").arg(shown.series.label, valueText(shown, keySeconds));
    QString text = tr("%1 — %2").arg(QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss t")),
                                      values.join(QStringLiteral(" · ")));
    for (const HistoryEvent &event : m_events) {
        if (std::abs(m_plot->xAxis->coordToPixel(toKey(event.timestampMs)) - pixelX) <= EventHitPixels)
            text += QLatin1Char('\n') + tr("%1 event at %2: %3")
                                            .arg(severityName(event.severity),
                                                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.timestampMs),
                                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                 event.text);
    }
    return text;
}

// The value nearest the time, "min–max" where a bucket holds both, "no data" in a gap.
QString HistoryChart::valueText(const Shown &shown, double keySeconds) const
{
    const qint64 ms = toMs(keySeconds);
    for (const HistoryGap &gap : shown.gaps)
        if (ms >= gap.fromMs && ms <= gap.toMs)
            return tr("no data");
    const auto graphData = shown.graph->data();
    if (graphData->isEmpty())
        return tr("no data");
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
        return tr("no data");
    const QString unit = shown.series.unit.isEmpty() ? QString() : QLatin1Char(' ') + shown.series.unit;
    if (high > low)
        return tr("%1–%2%3").arg(formatValue(low), formatValue(high), unit);
    return formatValue(low) + unit;
}

QString HistoryChart::csv() const
{
    const qint64 from = rangeFrom(), to = rangeTo();
    // time -> per series, the values at that time (a bucket's minimum and maximum share it)
    QMap<qint64, QList<QList<double>>> rows;
    for (int i = 0; i < m_shown.size(); ++i) {
        const auto graphData = m_shown[i].graph->data();
        for (auto it = graphData->constBegin(); it != graphData->constEnd(); ++it) {
            const qint64 ms = toMs(it->key);
            if (ms < from || ms > to || std::isnan(it->value))
                continue;
            auto &row = rows[ms];
            row.resize(m_shown.size());
            row[i] << it->value;
        }
    }
    QStringList header{tr("Time")};
    for (const Shown &shown : m_shown)
        header << (shown.series.unit.isEmpty() ? shown.series.label
                                                : tr("%1 [%2]").arg(shown.series.label, shown.series.unit));
    QString text = Csv::formatRecord(header);
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        qsizetype lines = 0;
        for (const QList<double> &values : it.value())
            lines = std::max(lines, values.size());
        for (qsizetype line = 0; line < lines; ++line) {
            QStringList fields{isoLocal(it.key())};
            for (const QList<double> &values : it.value())
                fields << (line < values.size() ? QString::number(values[line], 'g', 12) : QString());
            text += Csv::formatRecord(fields);
        }
    }
    return text;
}

bool HistoryChart::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool HistoryChart::exportPng(const QString &path, QString *error)
{
    const bool cursor = m_cursor && m_cursor->visible();
    if (m_cursor)
        m_cursor->setVisible(false);
    const bool saved = m_plot->savePng(path, 0, 0, 1.0);
    if (m_cursor)
        m_cursor->setVisible(cursor);
    if (!saved && error)
        *error = tr("Could not write the image %1.").arg(QDir::toNativeSeparators(path));
    return saved;
}
