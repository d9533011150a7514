// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historytypes.h"

#include <QSortFilterProxyModel>

// Narrows an EventLogModel down by text (in the sensor, type or event), a minimum
// severity and a sensor type, and sorts IDs and times as numbers (equal keys in log
// order).
class EventLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setMinimumSeverity(HistoryEvent::Severity severity);
    void setSensorType(const QString &type); // empty: every type
    HistoryEvent::Severity minimumSeverity() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_type;
    HistoryEvent::Severity m_minimum = HistoryEvent::Severity::Info;
};
