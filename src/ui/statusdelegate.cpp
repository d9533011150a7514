// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "model/servertreemodel.h"

#include <QPainter>
#include <QPixmap>

namespace {

QColor colourOf(const ServerStatus &status)
{
    if (status.reachability == ServerStatus::Reachability::Unreachable)
        return QColor(0x80, 0x80, 0x80);
    switch (status.health) {
    case ServerStatus::Health::Critical: return QColor(0xd0, 0x30, 0x30);
    case ServerStatus::Health::Warning: return QColor(0xe0, 0xa0, 0x20);
    case ServerStatus::Health::Ok: return QColor(0x30, 0xa0, 0x50);
    case ServerStatus::Health::Unknown: break;
    }
    return status.reachability == ServerStatus::Reachability::Reachable ? QColor(0x30, 0xa0, 0x50)
                                                                        : QColor(Qt::transparent);
}

QIcon markFor(const QColor &colour, bool group)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x50, 0x50, 0x50), 1));
    painter.setBrush(colour);
    if (group)
        painter.drawRoundedRect(QRectF(2.5, 3.5, 11, 9), 2, 2);
    else
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ServerTreeModel::NameColumn)
        return;
    const auto status = index.data(ServerTreeModel::StatusRole).value<ServerStatus>();
    option->icon = markFor(colourOf(status), index.data(ServerTreeModel::IsGroupRole).toBool());
    option->features |= QStyleOptionViewItem::HasDecoration;
}
