// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetresultsmodel.h"

#include "fleetoperation.h"
#include "serverstatus.h"

namespace {

ServerStatus::Health healthOf(FleetOperation::HostState state)
{
    switch (state) {
    case FleetOperation::HostState::Done: return ServerStatus::Health::Ok;
    case FleetOperation::HostState::Cancelled: return ServerStatus::Health::Warning;
    case FleetOperation::HostState::Failed: return ServerStatus::Health::Critical;
    case FleetOperation::HostState::Queued:
    case FleetOperation::HostState::Running: break;
    }
    return ServerStatus::Health::Unknown;
}

} // namespace

FleetResultsModel::FleetResultsModel(FleetOperation *operation, QObject *parent)
    : QAbstractTableModel(parent), m_operation(operation)
{
    connect(operation, &FleetOperation::hostChanged, this, [this](int row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(operation, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int FleetResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_operation ? 0 : m_operation->hostCount();
}

int FleetResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetResultsModel::display(int row, int column) const
{
    const FleetOperation::Host &host = m_operation->host(row);
    switch (column) {
    case ServerColumn: return host.name;
    case AddressColumn: return host.address;
    case StateColumn: return FleetOperation::stateName(host.state);
    case DetailColumn: return host.detail;
    case TimeColumn: return timeText(m_operation->elapsedMs(row));
    default: break;
    }
    return {};
}

QString FleetResultsModel::timeText(qint64 ms)
{
    if (ms < 0)
        return {};
    // A BMC on a shared session answers in milliseconds: tenths of a second would read 0.0.
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QVariant FleetResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_operation)
        return {};
    const FleetOperation::Host &host = m_operation->host(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? QVariant(host.detail) : QVariant();
    case HealthRole:
        return index.column() == StateColumn ? QVariant(int(healthOf(host.state))) : QVariant();
    case StateRole: return int(host.state);
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default: break;
    }
    return {};
}

QVariant FleetResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServerColumn: return tr("Server");
    case AddressColumn: return tr("Address");
    case StateColumn: return tr("State");
    case DetailColumn: return tr("Detail");
    case TimeColumn: return tr("Time");
    default: break;
    }
    return {};
}

void FleetResultsModel::refreshRunningTimes()
{
    if (!m_operation)
        return;
    for (int row = 0; row < m_operation->hostCount(); ++row)
        if (m_operation->host(row).state == FleetOperation::HostState::Running)
            emit dataChanged(index(row, TimeColumn), index(row, TimeColumn), {Qt::DisplayRole});
}

QString FleetResultsModel::toText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << display(row, column).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
