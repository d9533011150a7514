// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include "chartannotations.h"
#include "chartexporter.h"
#include "chartreadout.h"
#include "chartsupport.h"
#include "chartvalueaxes.h"
#include "model/historysource.h"

#include <qcustomplot.h>

#include <QDateTime>
#include <QLabel>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using chart::placeAt;
using chart::toKey;
using chart::toMs;

namespace {

constexpr qint64 MinimumSpanMs = 60'000;
constexpr qint64 MaximumSpanMs = 400LL * 24 * 3600 * 1000;
constexpr int DebounceMs = 150;

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
QColor seriesColor(int index)
{
    static const QColor palette[] = {{0, 114, 178}, {213, 94, 0},  {0, 158, 115}, {204, 121, 167},
                                     {230, 159, 0}, {86, 180, 233}, {0, 0, 0}};
    return palette[index % int(std::size(palette))];
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

} // namespace

HistoryChart::HistoryChart(HistorySource *history, QWidget *parent)
    : QWidget(parent), m_history(history), m_plot(new QCustomPlot(this)), m_emptyLabel(new QLabel(this)),
      m_axes(std::make_unique<ChartValueAxes>(m_plot)), m_annotations(std::make_unique<ChartAnnotations>(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setMinimumSize(320, 200);
    setMinimumSize(m_plot->minimumSize()); // also while the plot is hidden (no series)
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
    // Labels and threshold lines under the graphs: a label never hides a line.
    m_plot->addLayer(ChartAnnotations::LabelLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDragAxes(QList<QCPAxis *>{m_plot->xAxis}, QList<QCPAxis *>{});
    m_plot->axisRect()->setRangeZoomAxes(QList<QCPAxis *>{m_plot->xAxis}, QList<QCPAxis *>{});
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
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
    // Another history source for some series (the settings of a group changed).
    connect(m_history, &HistorySource::changed, this, [this] {
        if (!m_lines.isEmpty())
            m_debounce.start();
    });
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
    m_lines.clear();
    for (const ChartSeries &one : series)
        m_lines.append({one, {}, nullptr, nullptr, {}, nullptr});
    rebuild();
    requery();
}

QList<ChartSeries> HistoryChart::series() const
{
    QList<ChartSeries> result;
    for (const ChartLine &line : m_lines)
        result << line.series;
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
    return seriesIndex >= 0 && seriesIndex < m_lines.size() ? m_lines[seriesIndex].color : QColor();
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
    m_annotations->forget();
    m_axes->reset();
    m_anyData = false;
    m_shownSequence = 0;

    for (int i = 0; i < m_lines.size(); ++i) {
        ChartLine &line = m_lines[i];
        line.color = seriesColor(i);
        line.axis = m_axes->axisFor(line.series.unit);
        line.graph = m_plot->addGraph(m_plot->xAxis, line.axis);
        // Width 1: wider pens take the slow stroker path (a month replotted in 640 ms instead of 26 ms).
        line.graph->setPen(QPen(line.color, 1.0));
        line.graph->setName(line.legendName());
        line.gaps.clear();
        line.endLabel = new QCPItemText(m_plot);
        line.endLabel->position->setType(QCPItemPosition::ptAbsolute);
        line.endLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line.endLabel->setText(line.series.label);
        line.endLabel->setColor(line.color.darker(120));
        line.endLabel->setBrush(QColor(255, 255, 255, 210));
        line.endLabel->setPadding(QMargins(3, 1, 3, 1));
        line.endLabel->setClipToAxisRect(true);
        line.endLabel->setLayer(QString::fromLatin1(ChartAnnotations::LabelLayer));
        line.endLabel->setVisible(false);
        m_annotations->addThresholds(line);
    }
    if (m_lines.isEmpty())
        m_plot->yAxis->setRange(0, 1);

    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setLayer(QStringLiteral("overlay"));
    m_cursor->setPen(QPen(QColor(60, 60, 60, 160), 1, Qt::SolidLine));
    placeAt(m_cursor->point1, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio, 0, 0);
    placeAt(m_cursor->point2, m_plot->xAxis, m_plot->yAxis, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio, 0, 1);
    m_cursor->setVisible(false);

    updateTimeAxisFormat();
    updateEmptyState();
    fitLegend();
    m_plot->replot();
}

// As many legend columns as the widest entry allows: entries never run past the edge,
// on screen or in the exported picture (which has the widget's size).
void HistoryChart::fitLegend()
{
    QCPLegend *legend = m_plot->legend;
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) // the grid's cells: some may be empty
        if (QCPAbstractLegendItem *item = legend->item(i))
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    const QMargins margins = legend->margins() + m_plot->plotLayout()->margins();
    const int available = m_plot->width() - margins.left() - margins.right();
    const int columns = widest > 0 ? std::max(1, (available + legend->columnSpacing()) / (widest + legend->columnSpacing())) : 1;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true); // re-flows the present entries
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
    if (m_lines.isEmpty()) {
        updateEmptyState();
        return;
    }
    // Half the visible span again on each side, so a pan shows data before its answer.
    const qint64 from = rangeFrom(), to = rangeTo(), margin = (to - from) / 2;
    // Two points (minimum and maximum) per pixel column, over twice the visible width.
    m_request = {from - margin, to + margin, 4 * pixelWidth(), ++m_sequence};
    QList<HistorySeriesKey> keys;
    QList<QUuid> hosts;
    for (const ChartLine &line : std::as_const(m_lines)) {
        keys.append({line.series.host, line.series.sensorKey});
        if (!hosts.contains(line.series.host))
            hosts << line.series.host;
    }
    const quint64 sequence = m_sequence;
    m_history->query(keys, m_request.fromMs, m_request.toMs, m_request.maxPoints, this,
                     [this, sequence](QList<HistoryAnswer> answers) { showData(sequence, answers); });
    m_annotations->clearEvents();
    for (const QUuid &host : std::as_const(hosts))
        m_history->events(host, m_request.fromMs, m_request.toMs, this,
                          [this, sequence](QList<HistoryEvent> events) { showEvents(sequence, events); });
}

void HistoryChart::showData(quint64 sequence, const QList<HistoryAnswer> &answers)
{
    if (sequence != m_sequence)
        return; // an older request finished after a newer one
    m_anyData = false;
    m_errors.clear();
    const double visibleFrom = m_plot->xAxis->range().lower, visibleTo = m_plot->xAxis->range().upper;
    for (int i = 0; i < m_lines.size(); ++i) {
        ChartLine &line = m_lines[i];
        const HistoryAnswer answer = answers.value(i);
        const bool visible = line.show(answer.data.value_or(HistorySeriesData{}), visibleFrom, visibleTo);
        if (!answer.error.isEmpty() && !m_errors.contains(answer.error))
            m_errors << answer.error;
        line.graph->setName(visible                   ? line.legendName()
                            : answer.error.isEmpty() ? tr("%1 (no data in this range)").arg(line.legendName())
                                                     : tr("%1 (history unavailable)").arg(line.legendName()));
        m_anyData = m_anyData || visible;
    }
    m_shownSequence = sequence;
    m_annotations->drawGaps(m_lines, std::max<qint64>(1, (rangeTo() - rangeFrom()) / pixelWidth()));
    m_axes->rescale(m_lines);
    updateEmptyState();
    fitLegend(); // the names may have changed ("no data in this range")
    m_plot->replot();
    emit dataShown(sequence);
}

void HistoryChart::showEvents(quint64 sequence, const QList<HistoryEvent> &events)
{
    if (sequence != m_sequence)
        return;
    m_annotations->addEvents(events);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HistoryChart::placeLabels()
{
    placeEndLabels();
    QList<QRectF> taken;
    for (const ChartLine &line : std::as_const(m_lines))
        if (line.endLabel && line.endLabel->visible())
            taken << QRectF(line.endLabel->topLeft->pixelPosition(), line.endLabel->bottomRight->pixelPosition());
    m_annotations->placeThresholdLabels(taken);
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
    for (const ChartLine &line : std::as_const(m_lines)) {
        if (!line.endLabel)
            continue;
        line.endLabel->setVisible(false);
        const auto graphData = line.graph->data();
        auto it = graphData->findEnd(visible.upper, false);
        while (it != graphData->constBegin()) {
            --it;
            if (it->key < visible.lower)
                break;
            if (!std::isnan(it->value)) {
                labels.append({line.endLabel, m_plot->xAxis->coordToPixel(it->key) - 6, line.axis->coordToPixel(it->value)});
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
    if (m_lines.isEmpty())
        return tr("No sensors to chart. Choose sensors on the Sensors page to see their history here.");
    if (m_anyData || m_shownSequence == 0)
        return {};
    if (!m_errors.isEmpty())
        return m_errors.join(QLatin1Char('\n'));
    QStringList names;
    for (const ChartLine &line : m_lines)
        names << line.series.label;
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
    // Without series there is nothing to put on axes: the message alone. With series but
    // no data in the range the axes stay, so the range can still be zoomed and panned.
    m_plot->setVisible(!m_lines.isEmpty());
    m_emptyLabel->raise();
    resizeEvent(nullptr);
}

QSize HistoryChart::sizeHint() const
{
    return static_cast<const QWidget *>(m_plot)->sizeHint(); // the layout says nothing while the plot is hidden
}

void HistoryChart::resizeEvent(QResizeEvent *event)
{
    if (event) {
        QWidget::resizeEvent(event);
        if (!m_lines.isEmpty())
            m_debounce.start(); // the pixel width sets the detail
        fitLegend();
    }
    const int width = std::min(this->width() - 40, 520);
    m_emptyLabel->setFixedWidth(std::max(100, width));
    m_emptyLabel->adjustSize();
    m_emptyLabel->move((this->width() - m_emptyLabel->width()) / 2, (this->height() - m_emptyLabel->height()) / 2);
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
    if (!m_cursor || !m_plot->axisRect()->rect().contains(at) || m_lines.isEmpty()) {
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
    const QString text = ChartReadout::at(m_lines, m_annotations->events(), m_plot->xAxis, key, at.x());
    emit readoutChanged(text);
    const qsizetype eventsAt = text.indexOf(QLatin1Char('\n'));
    if (eventsAt >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), text.mid(eventsAt + 1), m_plot);
    else
        QToolTip::hideText();
}

QString HistoryChart::csv() const
{
    return ChartExporter::csv(m_lines, rangeFrom(), rangeTo());
}

bool HistoryChart::exportCsv(const QString &path, QString *error) const
{
    return ChartExporter::writeCsv(path, csv(), error);
}

bool HistoryChart::exportPng(const QString &path, QString *error)
{
    return ChartExporter::writePng(m_plot, m_cursor, path, error);
}
