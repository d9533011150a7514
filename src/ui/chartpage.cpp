// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpage.h"

#include "ui_chartpage.h"

#include "ui/historychart.h"
#include "model/historysource.h"
#include "plainmessage.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QShortcut>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace {

// A short line in the series colour, as in the chart's legend.
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(24, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3));
    painter.drawLine(2, 6, 22, 6);
    return QIcon(pixmap);
}

} // namespace

ChartPage::ChartPage(HistorySource *history, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChartPage>()), m_history(history), m_chart(new HistoryChart(history))
{
    m_ui->setupUi(this);
    m_ui->chartHostLayout->addWidget(m_chart);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);

    const QList<std::pair<QToolButton *, Preset>> presets{{m_ui->preset15mButton, Preset::Minutes15},
                                                          {m_ui->preset1hButton, Preset::Hour1},
                                                          {m_ui->preset24hButton, Preset::Hours24},
                                                          {m_ui->preset7dButton, Preset::Days7},
                                                          {m_ui->preset30dButton, Preset::Days30}};
    for (const auto &[button, preset] : presets)
        connect(button, &QToolButton::clicked, this, [this, preset] { applyPreset(preset); });
    connect(m_ui->followButton, &QToolButton::clicked, this, [this](bool checked) {
        m_rangeChosen = true;
        if (checked)
            follow(m_chart->rangeTo() - m_chart->rangeFrom());
        else
            stopFollowing();
    });
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, &ChartPage::exportPng);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ChartPage::exportCsv);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_ui->seriesList->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int row : std::as_const(rows))
            removeSeries(row);
    });
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_ui->seriesList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, m_ui->removeButton, &QPushButton::click);
    connect(m_ui->seriesList, &QListWidget::itemSelectionChanged, this,
            [this] { m_ui->removeButton->setEnabled(!m_ui->seriesList->selectedItems().isEmpty()); });

    // Here rather than in the toolbar, which must stay narrow enough for a 1024 pixel window.
    const QString hint =
        tr("Move the mouse over the chart to read the values at a time. The wheel zooms the time axis, dragging pans it.");
    m_ui->readoutLabel->setText(hint);
    // Without the mouse over the chart: the hint, or why some series have no history (when
    // none has, the chart itself says why).
    const auto idleText = [this, hint] {
        const QStringList problems = m_chart->problems();
        return problems.isEmpty() || !m_chart->emptyText().isEmpty() ? hint : problems.join(QLatin1Char('\n'));
    };
    connect(m_chart, &HistoryChart::readoutChanged, this, [this, idleText](const QString &text) {
        m_ui->readoutLabel->setText(text.isEmpty() ? idleText() : text);
    });
    connect(m_chart, &HistoryChart::dataShown, this, [this, idleText] {
        if (!m_chart->underMouse())
            m_ui->readoutLabel->setText(idleText());
    });
    connect(m_chart, &HistoryChart::rangeChangedByUser, this, [this] {
        m_rangeChosen = true;
        stopFollowing();
    });

    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_followSpanMs)
            moveToNow();
    });
    follow(presetSpanMs(presetCovering(std::nullopt, 0)));
    updateSeriesList();
}

ChartPage::~ChartPage() = default;

qint64 ChartPage::presetSpanMs(Preset preset)
{
    constexpr qint64 minute = 60'000, hour = 60 * minute, day = 24 * hour;
    switch (preset) {
    case Preset::Minutes15: return 15 * minute;
    case Preset::Hour1: return hour;
    case Preset::Hours24: return day;
    case Preset::Days7: return 7 * day;
    case Preset::Days30: return 30 * day;
    }
    return day;
}

ChartPage::Preset ChartPage::presetCovering(std::optional<qint64> oldestMs, qint64 nowMs)
{
    if (!oldestMs)
        return Preset::Hour1;
    for (Preset preset : {Preset::Minutes15, Preset::Hour1, Preset::Hours24, Preset::Days7})
        if (nowMs - *oldestMs <= presetSpanMs(preset))
            return preset;
    return Preset::Days30;
}

void ChartPage::setSeries(const QList<ChartSeries> &series)
{
    // While the page is hidden its range stays where it was (at start, or when last
    // shown) and misses what was recorded since: bring it up to now before asking.
    if (m_followSpanMs)
        moveToNow();
    m_chart->setSeries(series);
    updateSeriesList();
    if (!m_rangeChosen && !series.isEmpty())
        chooseRangeFromData();
}

void ChartPage::chooseRangeFromData()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<HistorySeriesKey> keys;
    for (const ChartSeries &one : m_chart->series())
        keys.append({one.host, one.sensorKey});
    // Each bucket's points carry its first sample's time: a few buckets over the longest
    // preset are enough to see where the data starts.
    constexpr int FewPoints = 8;
    const quint64 question = ++m_dataQuestion;
    m_history->query(keys, now - presetSpanMs(Preset::Days30), now, FewPoints, this,
                     [this, question, now](QList<HistoryAnswer> answers) {
                         if (question != m_dataQuestion || m_rangeChosen)
                             return;
                         std::optional<qint64> oldest;
                         for (const auto &answer : std::as_const(answers)) {
                             if (!answer.data)
                                 continue;
                             const QList<HistoryPoint> &points = answer.data->points;
                             const auto first = std::find_if(points.begin(), points.end(),
                                                             [](const HistoryPoint &p) { return !std::isnan(p.value); });
                             if (first != points.end())
                                 oldest = std::min(oldest.value_or(first->timestampMs), first->timestampMs);
                         }
                         follow(presetSpanMs(presetCovering(oldest, now)));
                     });
}

void ChartPage::addSeries(const ChartSeries &series)
{
    QList<ChartSeries> all = m_chart->series();
    const auto same = std::find_if(all.begin(), all.end(), [&](const ChartSeries &one) { return one.sameSensor(series); });
    if (same != all.end())
        *same = series;
    else
        all << series;
    setSeries(all);
}

void ChartPage::removeSeries(int index)
{
    QList<ChartSeries> all = m_chart->series();
    if (index < 0 || index >= all.size())
        return;
    all.removeAt(index);
    setSeries(all);
}

QList<ChartSeries> ChartPage::series() const
{
    return m_chart->series();
}

void ChartPage::setRange(qint64 fromMs, qint64 toMs)
{
    m_rangeChosen = true;
    stopFollowing();
    m_chart->setRange(fromMs, toMs);
}

void ChartPage::applyPreset(Preset preset)
{
    m_rangeChosen = true;
    follow(presetSpanMs(preset));
}

void ChartPage::follow(qint64 spanMs)
{
    m_followSpanMs = spanMs;
    m_preset.reset();
    for (Preset preset : {Preset::Minutes15, Preset::Hour1, Preset::Hours24, Preset::Days7, Preset::Days30})
        if (presetSpanMs(preset) == spanMs)
            m_preset = preset;
    moveToNow();
    updateRangeButtons();
    if (isVisible())
        m_refresh.start();
}

void ChartPage::stopFollowing()
{
    m_followSpanMs.reset();
    m_preset.reset();
    m_refresh.stop();
    updateRangeButtons();
}

void ChartPage::moveToNow()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_chart->setRange(now - *m_followSpanMs, now);
}

void ChartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_followSpanMs) { // what was recorded while the page was hidden
        moveToNow();
        m_refresh.start();
    }
}

void ChartPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh.stop();
}

void ChartPage::updateRangeButtons()
{
    m_ui->followButton->setChecked(m_followSpanMs.has_value());
    const QList<std::pair<QToolButton *, Preset>> presets{{m_ui->preset15mButton, Preset::Minutes15},
                                                          {m_ui->preset1hButton, Preset::Hour1},
                                                          {m_ui->preset24hButton, Preset::Hours24},
                                                          {m_ui->preset7dButton, Preset::Days7},
                                                          {m_ui->preset30dButton, Preset::Days30}};
    for (const auto &[button, preset] : presets)
        button->setChecked(m_preset == preset);
}

void ChartPage::updateSeriesList()
{
    m_ui->seriesList->clear();
    const QList<ChartSeries> all = m_chart->series();
    for (int i = 0; i < all.size(); ++i) {
        const ChartSeries &one = all[i];
        auto *item = new QListWidgetItem(swatch(m_chart->colorOf(i)),
                                         one.unit.isEmpty() ? one.label : tr("%1 [%2]").arg(one.label, one.unit));
        QStringList thresholds;
        for (const auto &[name, value] : one.thresholds)
            thresholds << tr("%1 %2").arg(name, QLocale().toString(value));
        item->setToolTip(thresholds.isEmpty() ? one.label
                                              : tr("%1\nThresholds: %2").arg(one.label, thresholds.join(tr(", "))));
        m_ui->seriesList->addItem(item);
    }
    m_ui->removeButton->setEnabled(false);
    m_ui->exportPngButton->setEnabled(!all.isEmpty());
    m_ui->exportCsvButton->setEnabled(!all.isEmpty());
}

QString ChartPage::askExportPath(const QString &title, const QString &filter, const QString &suffix)
{
    const QString name = QStringLiteral("sensor-history-%1.%2")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")), suffix);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

void ChartPage::exportPng()
{
    const QString path = askExportPath(tr("Export Chart as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"));
    QString error;
    if (!path.isEmpty() && !m_chart->exportPng(path, &error))
        PlainMessage::warning(this, tr("Export PNG"), error);
}

void ChartPage::exportCsv()
{
    const QString path = askExportPath(tr("Export Chart Data as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    QString error;
    if (!path.isEmpty() && !m_chart->exportCsv(path, &error))
        PlainMessage::warning(this, tr("Export CSV"), error);
}
