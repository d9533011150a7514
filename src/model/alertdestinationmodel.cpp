// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdestinationmodel.h"

using ipmi::lan::AlertDestination;
namespace destinationtype = ipmi::lan::destinationtype;

AlertDestinationModel::AlertDestinationModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void AlertDestinationModel::setDestinations(std::vector<AlertDestination> destinations)
{
    beginResetModel();
    m_destinations = std::move(destinations);
    endResetModel();
}

QString AlertDestinationModel::typeName(std::uint8_t type)
{
    switch (type) {
    case destinationtype::PetTrap: return tr("PET trap (SNMP)");
    case destinationtype::Oem1: return tr("OEM 1");
    case destinationtype::Oem2: return tr("OEM 2");
    default: return tr("Unknown (%1)").arg(type);
    }
}

int AlertDestinationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_destinations.size());
}

int AlertDestinationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertDestinationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const AlertDestination &destination = m_destinations[std::size_t(index.row())];
    switch (index.column()) {
    case NumberColumn:
        return destination.number == 0 ? tr("0 (volatile)") : QString::number(destination.number);
    case TypeColumn: return typeName(destination.type);
    case IpColumn: return QString::fromStdString(ipmi::lan::ipv4Text(destination.ipAddress));
    case MacColumn: return QString::fromStdString(ipmi::lan::macText(destination.macAddress));
    case GatewayColumn: return destination.backupGateway ? tr("Backup") : tr("Default");
    case AcknowledgeColumn: return destination.acknowledge ? tr("Yes") : tr("No");
    case RetriesColumn: return destination.retries;
    case IntervalColumn: return destination.timeoutSeconds;
    default: return {};
    }
}

QVariant AlertDestinationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Destination");
    case TypeColumn: return tr("Type");
    case IpColumn: return tr("IP address");
    case MacColumn: return tr("MAC address");
    case GatewayColumn: return tr("Gateway");
    case AcknowledgeColumn: return tr("Acknowledged");
    case RetriesColumn: return tr("Retries");
    case IntervalColumn: return tr("Retry interval (s)");
    default: return {};
    }
}
