// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogpage.h"
#include "model/coretext.h"

#include "ui_eventlogpage.h"

#include "healthdelegate.h"
#include "model/fleet.h"
#include "model/csv.h"
#include "model/eventlogfiltermodel.h"
#include "model/eventlogmodel.h"
#include "model/selmonitor.h"
#include "model/serverregistry.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>

namespace {

// The severity mark (HealthDelegate) plus bold text for the rows that are new.
class EventDelegate final : public HealthDelegate
{
public:
    using HealthDelegate::HealthDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        HealthDelegate::initStyleOption(option, index);
        if (index.data(EventLogModel::NewRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

EventLogPage::EventLogPage(Fleet *fleet, SelMonitor *monitor, QWidget *parent)
    : ServerPage(fleet, parent), m_ui(std::make_unique<Ui::EventLogPage>()), m_monitor(monitor),
      m_table(new EventLogModel(monitor, this)), m_filter(new EventLogFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_table);
    m_ui->eventTable->setModel(m_filter);
    m_ui->eventTable->setItemDelegate(new EventDelegate(EventLogModel::HealthRole, this));
    m_ui->eventTable->verticalHeader()->hide();
    // What matters first, left: ID, time, severity, sensor, event, direction, then the type
    // (the type filter above says it too). The sensor, event and type widths follow the
    // page's width (fitColumns()).
    QHeaderView *header = m_ui->eventTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {EventLogModel::SensorColumn, EventLogModel::TypeColumn, EventLogModel::EventColumn})
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->moveSection(header->visualIndex(EventLogModel::SeverityColumn), header->visualIndex(EventLogModel::TimeColumn) + 1);
    header->moveSection(header->visualIndex(EventLogModel::TypeColumn), EventLogModel::ColumnCount - 1);
    m_ui->eventTable->viewport()->installEventFilter(this);
    m_ui->eventTable->sortByColumn(EventLogModel::TimeColumn, Qt::DescendingOrder); // newest first

    m_ui->severityCombo->addItem(tr("All severities"), int(HistoryEvent::Severity::Info));
    m_ui->severityCombo->addItem(tr("Warning and critical"), int(HistoryEvent::Severity::Warning));
    m_ui->severityCombo->addItem(tr("Critical only"), int(HistoryEvent::Severity::Critical));
    m_ui->typeCombo->addItem(tr("All types"), QString());

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &EventLogFilterModel::setText);
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(HistoryEvent::Severity(m_ui->severityCombo->currentData().toInt()));
    });
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSensorType(m_ui->typeCombo->currentData().toString()); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &EventLogPage::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &EventLogPage::exportWithDialog);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &EventLogPage::clearWithConfirmation);
    const auto rowsChanged = [this] {
        updateTypes();
        updateSummary();
        fitColumns();
    };
    connect(m_table, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_table, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_table, &QAbstractItemModel::dataChanged, this, [this] {
        updateTypes();
        fitColumns(); // sensor names arrive with the SDR
    });
    connect(m_monitor, &SelMonitor::updated, this, [this](const QUuid &updated) {
        if (updated == server())
            updateSummary();
    });
    updateSummary();
}

EventLogPage::~EventLogPage() = default;

void EventLogPage::clearView()
{
    if (m_table->server() != server()) {
        m_table->markAllSeen();
        m_result.clear();
        m_table->setServer(server());
    }
    updateSummary();
}

void EventLogPage::load()
{
    if (!m_monitor->loaded(server()) && !m_monitor->busy(server()))
        m_monitor->update(server());
}

QString EventLogPage::hostLabel() const
{
    const ServerEntry *entry = fleet()->registry()->findServer(server());
    if (!entry)
        return server().toString(QUuid::WithoutBraces);
    return entry->name == entry->address ? entry->name : tr("%1 (%2)").arg(entry->name, entry->address);
}

void EventLogPage::hideEvent(QHideEvent *event)
{
    // Whatever arrived was on screen while the page was shown: it is not new any more.
    m_table->markAllSeen();
    ServerPage::hideEvent(event);
}

void EventLogPage::updateTypes()
{
    const QString current = m_ui->typeCombo->currentData().toString();
    QStringList types;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString type = m_table->index(row, EventLogModel::TypeColumn).data().toString();
        if (!type.isEmpty() && !types.contains(type))
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
    m_filter->setSensorType(m_ui->typeCombo->currentData().toString());
}

bool EventLogPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->eventTable->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return ServerPage::eventFilter(watched, event);
}

void EventLogPage::fitColumns()
{
    QTableView *table = m_ui->eventTable;
    const int character = table->fontMetrics().averageCharWidth();
    // Sensor names and types as wide as they are, up to a limit (elided beyond it).
    for (const int column : {EventLogModel::SensorColumn, EventLogModel::TypeColumn}) {
        table->resizeColumnToContents(column);
        table->setColumnWidth(column, std::min(table->columnWidth(column), character * MaxNameCharacters));
    }
    // The event text takes the room that is left, but no less than a readable width: in
    // a narrow window the type, then the direction, move out to the right (the table
    // scrolls to them).
    int others = 0;
    for (int column = 0; column < EventLogModel::ColumnCount; ++column)
        others += column == EventLogModel::EventColumn ? 0 : table->columnWidth(column);
    const int available = table->viewport()->width();
    const int minimum = character * MinEventCharacters;
    int room = available - others;
    if (room < minimum)
        room = available - (others - table->columnWidth(EventLogModel::TypeColumn));
    table->setColumnWidth(EventLogModel::EventColumn, std::max(minimum, room));
}

void EventLogPage::showResult(const QString &text)
{
    m_result = text;
    updateSummary();
}

void EventLogPage::updateSummary()
{
    const QUuid current = server();
    const bool hasServer = !current.isNull();
    m_ui->refreshButton->setEnabled(hasServer);
    m_ui->clearButton->setEnabled(hasServer && m_monitor->loaded(current));
    m_ui->exportButton->setEnabled(m_table->rowCount() > 0);
    if (!hasServer) {
        m_ui->summaryLabel->setText(tr("Select a server to see its event log."));
        return;
    }
    const QString problem = m_monitor->problem(current);
    QString text;
    if (!m_monitor->loaded(current)) {
        text = problem.isEmpty() ? tr("Reading the event log…") : tr("Could not read the event log: %1").arg(problem);
    } else {
        const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_monitor->lastUpdateMs(current)).time(),
                                                QLocale::LongFormat);
        text = tr("%n entry(s), checked %1", nullptr, m_table->rowCount()).arg(time);
        if (m_table->newCount() > 0)
            text += QStringLiteral(" · ") + tr("%n arrived while this page was open (bold)", nullptr, m_table->newCount());
        if (!problem.isEmpty())
            text += QStringLiteral(" · ") + tr("last check failed: %1").arg(problem);
    }
    if (!m_result.isEmpty())
        text += QStringLiteral(" · ") + m_result;
    m_ui->summaryLabel->setText(text);
}

void EventLogPage::refresh()
{
    const QUuid current = server();
    if (current.isNull())
        return;
    m_result.clear();
    updateSummary();
    // What a refresh found shows in the entry count, the check time and the bold rows;
    // only a failure needs words of its own.
    m_monitor->update(current, [this, current, page = QPointer<EventLogPage>(this)](ipmi::Result<int> added) {
        if (!page || current != server())
            return;
        if (!added)
            showResult(tr("refresh failed: %1").arg(CoreText::error(added.error())));
    });
}

bool EventLogPage::exportCsv(const QString &path, QString *error) const
{
    QString text;
    QStringList header;
    for (int column = 0; column < EventLogModel::ColumnCount; ++column)
        header << m_table->headerData(column, Qt::Horizontal).toString();
    text += Csv::formatRecord(header);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < EventLogModel::ColumnCount; ++column)
            fields << m_filter->index(row, column).data().toString();
        text += Csv::formatRecord(fields);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EventLogPage::exportWithDialog()
{
    const ServerEntry *entry = fleet()->registry()->findServer(server());
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-sel.csv").arg(entry ? entry->name : QStringLiteral("server")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export event log"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        showResult(tr("exported %n entry(s) to %1", nullptr, m_filter->rowCount()).arg(QDir::toNativeSeparators(path)));
    else
        showResult(tr("export failed: %1").arg(error));
}

void EventLogPage::clearWithConfirmation()
{
    const QUuid current = server();
    if (current.isNull())
        return;
    const QString host = hostLabel();
    const int count = int(m_monitor->events(current).size());
    QMessageBox confirm(QMessageBox::Warning, tr("Clear event log"),
                        tr("Erase all %n entry(s) of the System Event Log on %1?", nullptr, count).arg(host),
                        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("clearConfirmation"));
    confirm.setInformativeText(tr("The entries are deleted on the BMC and cannot be brought back. "
                                  "Export them first if you may need them."));
    QPushButton *erase = confirm.addButton(tr("Clear %1").arg(host), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != erase)
        return;
    m_ui->clearButton->setEnabled(false);
    showResult(tr("clearing…"));
    m_monitor->clear(current, [this, current, host, page = QPointer<EventLogPage>(this)](ipmi::Result<int> cleared) {
        if (!page)
            return;
        if (current == server()) {
            if (cleared)
                showResult(tr("cleared the event log of %1 (%n entry(s) erased)", nullptr, *cleared).arg(host));
            else
                showResult(tr("could not clear the event log of %1: %2")
                               .arg(host, CoreText::error(cleared.error())));
        }
        updateSummary();
    });
}
