// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensortablemodel.h"
#include "coretext.h"

#include "sensormonitor.h"

#include "ipmi/sensor/eventtext.h"

#include <QLocale>

using ipmi::sensor::SensorView;

SensorTableModel::SensorTableModel(SensorMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent), m_monitor(monitor)
{
    connect(monitor, &SensorMonitor::sensorsUpdated, this, [this](const QUuid &server) {
        if (server == m_server)
            refresh();
    });
}

void SensorTableModel::setServer(const QUuid &server)
{
    if (server == m_server)
        return;
    m_server = server;
    refresh();
}

const SensorView *SensorTableModel::sensorAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_sensors[static_cast<std::size_t>(row)] : nullptr;
}

QString SensorTableModel::sensorKeyAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_keys[static_cast<std::size_t>(row)] : QString();
}

void SensorTableModel::refresh()
{
    const std::vector<SensorView> &next = m_server.isNull() ? std::vector<SensorView>() : m_monitor->sensors(m_server);
    std::vector<QString> nextKeys = SensorMonitor::sensorKeys(next);
    if (nextKeys == m_keys) {
        // The same sensors: announce only the rows whose cells changed.
        std::vector<SensorView> previous = std::exchange(m_sensors, next);
        for (std::size_t row = 0; row < m_sensors.size(); ++row) {
            int first = -1;
            int last = -1;
            for (int column = 0; column < ColumnCount; ++column) {
                if (display(previous[row], column) != display(m_sensors[row], column)
                    || SensorMonitor::healthOf(previous[row]) != SensorMonitor::healthOf(m_sensors[row])) {
                    first = first < 0 ? column : first;
                    last = column;
                }
            }
            if (first >= 0)
                emit dataChanged(index(int(row), first), index(int(row), last));
        }
        return;
    }
    // Another set of sensors: replace the rows (a new server or a changed repository).
    if (!m_sensors.empty()) {
        beginRemoveRows({}, 0, int(m_sensors.size()) - 1);
        m_sensors.clear();
        m_keys.clear();
        endRemoveRows();
    }
    if (!next.empty()) {
        beginInsertRows({}, 0, int(next.size()) - 1);
        m_sensors = next;
        m_keys = std::move(nextKeys);
        endInsertRows();
    }
}

int SensorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sensors.size());
}

int SensorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SensorTableModel::formatValue(double value)
{
    // Up to three decimals, as much as sensors resolve, without trailing zeros.
    QString text = QLocale().toString(value, 'f', 3);
    const QChar point = QLocale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

std::optional<double> SensorTableModel::threshold(const SensorView &view, int column) const
{
    const SensorView::Thresholds &t = view.thresholds;
    switch (column) {
    case LnrColumn: return t.lnr;
    case LcColumn: return t.lc;
    case LncColumn: return t.lnc;
    case UncColumn: return t.unc;
    case UcColumn: return t.uc;
    case UnrColumn: return t.unr;
    default: return std::nullopt;
    }
}

QVariant SensorTableModel::display(const SensorView &view, int column) const
{
    switch (column) {
    case NameColumn: return QString::fromStdString(view.name);
    case TypeColumn: return CoreText::translate(ipmi::sensor::sensorTypeName(view.sensorType));
    case ReadingColumn: {
        if (view.reading)
            return formatValue(*view.reading);
        if (!view.states.empty()) {
            QStringList states;
            for (const std::string &state : view.states)
                states << CoreText::translate(state);
            return states.join(QStringLiteral(", "));
        }
        return view.unavailable ? tr("no reading") : QString();
    }
    case UnitColumn: return view.analog ? QString::fromStdString(view.unit) : QString();
    case StatusColumn: {
        switch (SensorMonitor::healthOf(view)) {
        case ServerStatus::Health::Ok: return tr("OK");
        case ServerStatus::Health::Warning: return tr("Warning (%1)").arg(CoreText::translate(view.statusText));
        case ServerStatus::Health::Critical: return tr("Critical (%1)").arg(CoreText::translate(view.statusText));
        case ServerStatus::Health::Unknown: break;
        }
        return view.unavailable ? tr("Not available") : QString();
    }
    default:
        if (const auto value = threshold(view, column))
            return formatValue(*value);
        return QString();
    }
}

QVariant SensorTableModel::data(const QModelIndex &index, int role) const
{
    const SensorView *view = index.isValid() ? sensorAt(index.row()) : nullptr;
    if (!view)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*view, index.column());
    case Qt::ToolTipRole:
        if (!view->note.empty())
            return QString::fromStdString(view->note);
        return index.column() == StatusColumn ? CoreText::translate(view->statusText) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= ReadingColumn && index.column() != UnitColumn && index.column() != StatusColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case HealthRole: return int(SensorMonitor::healthOf(*view));
    case SensorKeyRole: return sensorKeyAt(index.row());
    case TypeRole: return display(*view, TypeColumn);
    case AnalogRole: return view->analog;
    case ValueRole: {
        const std::optional<double> value = index.column() == ReadingColumn ? view->reading : threshold(*view, index.column());
        return value ? QVariant(*value) : QVariant();
    }
    default: return {};
    }
}

QVariant SensorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Sensor");
    case TypeColumn: return tr("Type");
    case ReadingColumn: return tr("Reading");
    case UnitColumn: return tr("Unit");
    case StatusColumn: return tr("Status");
    case LnrColumn: return tr("Lower NR", "lower non-recoverable threshold");
    case LcColumn: return tr("Lower C", "lower critical threshold");
    case LncColumn: return tr("Lower NC", "lower non-critical threshold");
    case UncColumn: return tr("Upper NC", "upper non-critical threshold");
    case UcColumn: return tr("Upper C", "upper critical threshold");
    case UnrColumn: return tr("Upper NR", "upper non-recoverable threshold");
    default: return {};
    }
}
