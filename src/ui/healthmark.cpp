// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthmark.h"

#include <QPainter>
#include <QPixmap>

namespace HealthMark {

QColor colour(ServerStatus::Health health)
{
    switch (health) {
    case ServerStatus::Health::Critical: return QColor(0xd0, 0x30, 0x30);
    case ServerStatus::Health::Warning: return QColor(0xe0, 0xa0, 0x20);
    case ServerStatus::Health::Ok: return QColor(0x30, 0xa0, 0x50);
    case ServerStatus::Health::Unknown: break;
    }
    return QColor(Qt::transparent);
}

QColor unreachableColour()
{
    return QColor(0x80, 0x80, 0x80);
}

// Not a health colour: the BMC is fine, this entry's credentials are not.
QColor loginRejectedColour()
{
    return QColor(0x80, 0x40, 0xc0);
}

QIcon icon(const QColor &colour, Shape shape)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x50, 0x50, 0x50), 1));
    painter.setBrush(colour);
    if (shape == Shape::Box)
        painter.drawRoundedRect(QRectF(2.5, 3.5, 11, 9), 2, 2);
    else
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace HealthMark
