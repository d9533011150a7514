// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Puts the coloured health mark (HealthMark) beside a cell's text, from the int
// ServerStatus::Health the model gives in healthRole; the text still says the state.
class HealthDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HealthDelegate(int healthRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_healthRole;
};
