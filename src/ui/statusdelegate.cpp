// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "model/servertreemodel.h"

#include "healthmark.h"

namespace {

QColor colourOf(const ServerStatus &status)
{
    if (status.reachability == ServerStatus::Reachability::Unreachable)
        return HealthMark::unreachableColour();
    if (status.reachability == ServerStatus::Reachability::LoginRejected)
        return HealthMark::loginRejectedColour();
    if (status.health != ServerStatus::Health::Unknown)
        return HealthMark::colour(status.health);
    return HealthMark::colour(status.reachability == ServerStatus::Reachability::Reachable ? ServerStatus::Health::Ok
                                                                                         : ServerStatus::Health::Unknown);
}

} // namespace

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ServerTreeModel::NameColumn)
        return;
    const auto status = index.data(ServerTreeModel::StatusRole).value<ServerStatus>();
    const bool group = index.data(ServerTreeModel::IsGroupRole).toBool();
    option->icon = HealthMark::icon(colourOf(status), group ? HealthMark::Shape::Box : HealthMark::Shape::Dot);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
