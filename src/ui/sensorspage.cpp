// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorspage.h"

#include "ui_sensorspage.h"

#include "chartpage.h"
#include "healthdelegate.h"
#include "model/fleet.h"
#include "model/sensorfiltermodel.h"
#include "model/sensormonitor.h"
#include "model/sensortablemodel.h"
#include "model/serverregistry.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

SensorsPage::SensorsPage(Fleet *fleet, SensorMonitor *monitor, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::SensorsPage>()), m_monitor(monitor),
      m_table(new SensorTableModel(monitor, this)), m_filter(new SensorFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_table);
    m_ui->sensorTable->setModel(m_filter);
    m_ui->sensorTable->setItemDelegateForColumn(SensorTableModel::StatusColumn,
                                                new HealthDelegate(SensorTableModel::HealthRole, this));
    m_ui->sensorTable->verticalHeader()->hide();
    m_ui->sensorTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->sensorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->sensorTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->sensorTable->sortByColumn(-1, Qt::AscendingOrder); // SDR order until a header is clicked
    m_ui->typeCombo->addItem(tr("All types"), QString());

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &SensorFilterModel::setText);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setType(m_ui->typeCombo->currentData().toString()); });
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, m_filter, &SensorFilterModel::setProblemsOnly);
    connect(m_ui->chartButton, &QPushButton::clicked, this, &SensorsPage::chartSelected);
    connect(m_ui->sensorTable, &QAbstractItemView::doubleClicked, this, &SensorsPage::chartSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        if (!server().isNull())
            emit refreshRequested(server());
    });
    connect(m_ui->sensorTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_ui->chartButton->setEnabled(m_ui->sensorTable->selectionModel()->hasSelection());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_table, signal, this, &SensorsPage::updateTypes);
    connect(m_monitor, &SensorMonitor::sensorsUpdated, this, [this](const QUuid &updated) {
        if (updated == server())
            updateSummary();
    });
    connect(m_monitor, &SensorMonitor::sdrProgress, this, [this](const QUuid &loading, int done, int total) {
        if (loading == server() && total > 0)
            m_ui->summaryLabel->setText(tr("Reading the sensor records: %1 of %2…").arg(done).arg(total));
    });
    m_ui->chartButton->setEnabled(false);
    updateSummary();
}

SensorsPage::~SensorsPage() = default;

void SensorsPage::clearView()
{
    m_table->setServer(server());
    updateSummary();
}

void SensorsPage::load()
{
    if (m_monitor->lastSweepMs(server()) == 0 && m_monitor->problem(server()).isEmpty())
        emit refreshRequested(server());
}

void SensorsPage::linkTo(const QList<QWidget *> &pages)
{
    for (QWidget *page : pages)
        if (auto *chart = qobject_cast<ChartPage *>(page))
            connect(this, &SensorsPage::chartRequested, chart, [this, chart](const QList<ChartSeries> &series) {
                chart->setSeries(series);
                emit showPageRequested(chart);
            });
}

void SensorsPage::updateTypes()
{
    const QString current = m_ui->typeCombo->currentData().toString();
    QStringList types;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString type = m_table->index(row, 0).data(SensorTableModel::TypeRole).toString();
        if (!types.contains(type))
            types << type;
    }
    types.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_ui->typeCombo);
    while (m_ui->typeCombo->count() > 1)
        m_ui->typeCombo->removeItem(1);
    for (const QString &type : std::as_const(types))
        m_ui->typeCombo->addItem(type, type);
    const int keep = m_ui->typeCombo->findData(current);
    m_ui->typeCombo->setCurrentIndex(std::max(0, keep));
    m_filter->setType(m_ui->typeCombo->currentData().toString());
}

void SensorsPage::updateSummary()
{
    const QUuid current = server();
    m_ui->refreshButton->setEnabled(!current.isNull());
    m_ui->summaryLabel->setToolTip({});
    if (current.isNull()) {
        m_ui->summaryLabel->setText(tr("Select a server to see its sensors."));
        return;
    }
    const qint64 last = m_monitor->lastSweepMs(current);
    const QString problem = m_monitor->problem(current);
    if (last == 0) {
        m_ui->summaryLabel->setText(problem.isEmpty() ? tr("Waiting for the first sensor sweep…")
                                                      : tr("No sensor readings: %1").arg(problem));
        return;
    }
    int problems = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->index(row, 0).data(SensorTableModel::HealthRole).toInt() >= int(ServerStatus::Health::Warning))
            ++problems;
    }
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(last).time(), QLocale::LongFormat);
    QString text = tr("%n sensor(s), updated %1", nullptr, m_table->rowCount()).arg(time);
    if (problems > 0)
        text += QStringLiteral(" · ") + tr("%n need(s) attention", nullptr, problems);
    if (!problem.isEmpty())
        text += QStringLiteral(" · ") + tr("last sweep failed: %1").arg(problem);
    // The BMC's own words about its damaged records stay in English, as the BMC's data does.
    const QStringList damaged = m_monitor->sdrWarnings(current);
    if (!damaged.isEmpty())
        text += QStringLiteral(" · ") + tr("%n SDR warning(s): point here to read them", nullptr, int(damaged.size()));
    m_ui->summaryLabel->setToolTip(damaged.join(u'\n'));
    m_ui->summaryLabel->setText(text);
}

ChartSeries SensorsPage::chartSeriesFor(int sourceRow) const
{
    const ipmi::sensor::SensorView *view = m_table->sensorAt(sourceRow);
    ChartSeries series;
    series.host = server();
    series.sensorKey = m_table->sensorKeyAt(sourceRow);
    const ServerEntry *entry = fleet()->registry()->findServer(server());
    series.label = entry ? tr("%1 (%2)").arg(series.sensorKey, entry->name) : series.sensorKey;
    series.unit = QString::fromStdString(view->unit);
    const auto add = [&series](const char *name, const std::optional<double> &value) {
        if (value)
            series.thresholds.append({QString::fromLatin1(name), *value});
    };
    add("LNR", view->thresholds.lnr);
    add("LC", view->thresholds.lc);
    add("LNC", view->thresholds.lnc);
    add("UNC", view->thresholds.unc);
    add("UC", view->thresholds.uc);
    add("UNR", view->thresholds.unr);
    return series;
}

void SensorsPage::chartSelected()
{
    QList<ChartSeries> series;
    const QModelIndexList rows = m_ui->sensorTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const int sourceRow = m_filter->mapToSource(row).row();
        if (const auto *view = m_table->sensorAt(sourceRow); view && view->analog)
            series << chartSeriesFor(sourceRow);
    }
    if (!series.isEmpty())
        emit chartRequested(series);
}
