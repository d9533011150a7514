// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogfiltermodel.h"

#include "eventlogmodel.h"

EventLogFilterModel::EventLogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventLogModel::SortRole);
}

void EventLogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void EventLogFilterModel::setMinimumSeverity(HistoryEvent::Severity severity)
{
    m_minimum = severity;
    invalidateFilter();
}

void EventLogFilterModel::setSensorType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const auto cell = [&](int column) { return source->index(sourceRow, column, sourceParent); };
    if (cell(0).data(EventLogModel::SeverityRole).toInt() < int(m_minimum))
        return false;
    if (!m_type.isEmpty() && cell(EventLogModel::TypeColumn).data().toString() != m_type)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {EventLogModel::SensorColumn, EventLogModel::TypeColumn, EventLogModel::EventColumn}) {
        if (cell(column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool EventLogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(EventLogModel::SortRole);
    const QVariant b = right.data(EventLogModel::SortRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    if (a.toLongLong() != b.toLongLong())
        return a.toLongLong() < b.toLongLong();
    // Equal times: the order the BMC logged them in.
    return left.row() < right.row();
}
