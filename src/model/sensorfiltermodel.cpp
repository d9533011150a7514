// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorfiltermodel.h"

#include "sensortablemodel.h"
#include "serverstatus.h"

void SensorFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void SensorFilterModel::setType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void SensorFilterModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool SensorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, SensorTableModel::NameColumn, sourceParent);
    if (!m_text.isEmpty() && !name.data().toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!m_type.isEmpty() && name.data(SensorTableModel::TypeRole).toString() != m_type)
        return false;
    if (m_problemsOnly) {
        const auto health = static_cast<ServerStatus::Health>(name.data(SensorTableModel::HealthRole).toInt());
        const bool noReading =
            name.data(SensorTableModel::AnalogRole).toBool()
            && !sourceModel()->index(sourceRow, SensorTableModel::ReadingColumn, sourceParent)
                    .data(SensorTableModel::ValueRole)
                    .isValid();
        if (health < ServerStatus::Health::Warning && !noReading)
            return false;
    }
    return true;
}

bool SensorFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == SensorTableModel::StatusColumn)
        return left.data(SensorTableModel::HealthRole).toInt() < right.data(SensorTableModel::HealthRole).toInt();
    const QVariant a = left.data(SensorTableModel::ValueRole);
    const QVariant b = right.data(SensorTableModel::ValueRole);
    if (a.isValid() || b.isValid()) // numbers first, in numeric order; blanks last
        return a.isValid() && (!b.isValid() || a.toDouble() < b.toDouble());
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}
