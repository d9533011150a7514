// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthdelegate.h"

#include "healthmark.h"

HealthDelegate::HealthDelegate(int healthRole, QObject *parent)
    : QStyledItemDelegate(parent), m_healthRole(healthRole)
{
}

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto health = static_cast<ServerStatus::Health>(index.data(m_healthRole).toInt());
    if (health == ServerStatus::Health::Unknown)
        return;
    option->icon = HealthMark::icon(HealthMark::colour(health));
    option->features |= QStyleOptionViewItem::HasDecoration;
}
