// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogmodel.h"

#include "coretext.h"

#include "selmonitor.h"
#include "serverstatus.h"

#include "ipmi/sel/seldescription.h"

namespace {

ServerStatus::Health healthOf(HistoryEvent::Severity severity)
{
    switch (severity) {
    case HistoryEvent::Severity::Critical: return ServerStatus::Health::Critical;
    case HistoryEvent::Severity::Warning: return ServerStatus::Health::Warning;
    case HistoryEvent::Severity::Info: break;
    }
    return ServerStatus::Health::Ok;
}

} // namespace

EventLogModel::EventLogModel(SelMonitor *monitor, QObject *parent) : QAbstractTableModel(parent), m_monitor(monitor)
{
    connect(monitor, &SelMonitor::eventsAdded, this, [this](const QUuid &server, int first, int count) {
        if (server == m_server)
            append(first, count);
    });
    connect(monitor, &SelMonitor::eventsReset, this, [this](const QUuid &server) {
        if (server == m_server)
            reset();
    });
    connect(monitor, &SelMonitor::eventsDescribed, this, [this](const QUuid &server) {
        if (server != m_server || m_rows == 0)
            return;
        updateTimeKeys(0);
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
}

void EventLogModel::setServer(const QUuid &server)
{
    if (server == m_server)
        return;
    m_server = server;
    reset();
}

void EventLogModel::reset()
{
    beginResetModel();
    m_rows = m_server.isNull() ? 0 : int(m_monitor->events(m_server).size());
    m_seen = m_rows;
    updateTimeKeys(0);
    endResetModel();
}

void EventLogModel::updateTimeKeys(int from)
{
    const std::vector<SelMonitor::Event> &events = m_monitor->events(m_server);
    m_timeKeys.resize(m_rows);
    for (int row = from; row < m_rows && row < int(events.size()); ++row) {
        const qint64 own = events[std::size_t(row)].timestampMs;
        m_timeKeys[row] = own != 0 ? own : row > 0 ? m_timeKeys[row - 1] : 0;
    }
}

void EventLogModel::append(int first, int count)
{
    const int available = int(m_monitor->events(m_server).size());
    if (first != m_rows || first + count > available) {
        reset(); // out of step with the monitor: start over rather than show wrong rows
        return;
    }
    beginInsertRows({}, first, first + count - 1);
    m_rows = first + count;
    updateTimeKeys(first);
    endInsertRows();
}

void EventLogModel::markAllSeen()
{
    if (m_seen == m_rows)
        return;
    const int from = m_seen;
    m_seen = m_rows;
    emit dataChanged(index(from, 0), index(m_rows - 1, ColumnCount - 1), {NewRole});
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::display(int row, int column) const
{
    const SelMonitor::Event &event = m_monitor->events(m_server)[std::size_t(row)];
    switch (column) {
    case IdColumn: return QStringLiteral("0x%1").arg(uint(event.entry.recordId), 4, 16, QLatin1Char('0'));
    case TimeColumn: return event.time;
    case SensorColumn: return event.sensor;
    // The SEL's words are kept in English (the history stores them so) and shown in
    // the user's language.
    case TypeColumn: return CoreText::translate(event.sensorType);
    case EventColumn:
        return event.detail.isEmpty() ? CoreText::translate(event.event)
                                      : tr("%1 (%2)").arg(CoreText::translate(event.event),
                                                          CoreText::translate(event.detail));
    case DirectionColumn: return CoreText::translate(event.direction);
    case SeverityColumn: return SelMonitor::severityText(event.severity);
    default: break;
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    // The monitor's list is checked too: it may change just before a reset is announced.
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= int(m_monitor->events(m_server).size()))
        return {};
    const SelMonitor::Event &event = m_monitor->events(m_server)[std::size_t(index.row())];
    const bool isNew = index.row() >= m_seen;
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == EventColumn && !event.detail.isEmpty())
            return event.detail;
        if (index.column() == TimeColumn && event.timestampMs != 0 && event.entry.timestamp().preInit())
            return tr("The BMC's clock was never set: it stamped this event %1. The time shown is where that falls "
                      "by the clock's count now.")
                .arg(QString::fromStdString(ipmi::sel::isoTimestamp(event.entry.timestamp(), 0)));
        return {};
    case SeverityRole: return int(event.severity);
    case HealthRole: // only where the mark goes
        return index.column() == SeverityColumn ? QVariant(int(healthOf(event.severity))) : QVariant();
    case NewRole: return isNew;
    case RecordIdRole: return int(event.entry.recordId);
    case SortRole:
        switch (index.column()) {
        case IdColumn: return int(event.entry.recordId);
        case TimeColumn: return m_timeKeys.value(index.row());
        case SeverityColumn: return int(event.severity);
        default: return display(index.row(), index.column());
        }
    default: break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case TimeColumn: return tr("Time");
    case SensorColumn: return tr("Sensor");
    case TypeColumn: return tr("Type");
    case EventColumn: return tr("Event");
    case DirectionColumn: return tr("Direction");
    case SeverityColumn: return tr("Severity");
    default: break;
    }
    return {};
}
