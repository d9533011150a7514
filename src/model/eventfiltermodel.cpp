// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfiltermodel.h"

#include "coretext.h"

#include "ipmi/pef/pefcommands.h"
#include "ipmi/sensor/eventtext.h"

using ipmi::pef::EventFilter;

EventFilterModel::EventFilterModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void EventFilterModel::setFilters(std::vector<EventFilter> filters)
{
    beginResetModel();
    m_filters = std::move(filters);
    endResetModel();
}

QString EventFilterModel::actionsText(std::uint8_t actions)
{
    namespace a = ipmi::pef::action;
    QStringList names;
    if (actions & a::Alert)
        names << tr("Alert");
    if (actions & a::PowerOff)
        names << tr("Power off");
    if (actions & a::Reset)
        names << tr("Reset");
    if (actions & a::PowerCycle)
        names << tr("Power cycle");
    if (actions & a::Oem)
        names << tr("OEM action");
    if (actions & a::DiagnosticInterrupt)
        names << tr("Diagnostic interrupt");
    return names.isEmpty() ? tr("None") : names.join(QStringLiteral(", "));
}

int EventFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_filters.size());
}

int EventFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventFilterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const EventFilter &filter = m_filters[std::size_t(index.row())];
    switch (index.column()) {
    case NumberColumn: return filter.number;
    case StateColumn: {
        const QString state = filter.enabled ? tr("Enabled") : tr("Disabled");
        return filter.preConfigured ? tr("%1 (manufacturer's)").arg(state) : state;
    }
    case SensorTypeColumn:
        // The specification's terms, in the user's language.
        if (filter.sensorType == 0xff)
            return tr("Any");
        else
            return CoreText::translate(ipmi::sensor::sensorTypeName(filter.sensorType));
    case SensorColumn: return filter.sensorNumber == 0xff ? tr("Any") : QString::number(filter.sensorNumber);
    case TriggerColumn: return CoreText::translate(ipmi::pef::eventTriggersText(filter));
    case ActionsColumn: return actionsText(filter.actions);
    case PolicyColumn: return (filter.actions & ipmi::pef::action::Alert) ? QVariant(filter.policySet) : QVariant();
    default: return {};
    }
}

QVariant EventFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Filter");
    case StateColumn: return tr("State");
    case SensorTypeColumn: return tr("Sensor type");
    case SensorColumn: return tr("Sensor");
    case TriggerColumn: return tr("Events");
    case ActionsColumn: return tr("Actions");
    case PolicyColumn: return tr("Policy set");
    default: return {};
    }
}
