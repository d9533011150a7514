// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/user/userlist.h"

#include <QAbstractTableModel>

#include <vector>

// The user table of one channel: ID, name, enabled, callin, link authentication, IPMI
// messaging and privilege limit. setTable() and updateUser() change only the rows that
// differ (inserts, removals and dataChanged, never a reset), so a selection survives a
// re-read.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        EnabledColumn,
        CallinColumn,
        LinkAuthColumn,
        MessagingColumn,
        PrivilegeColumn,
        ColumnCount
    };
    enum Role { UserIdRole = Qt::UserRole + 1 };

    explicit UsersModel(QObject *parent = nullptr);

    void setTable(const ipmi::user::UserTable &table);
    void updateUser(const ipmi::user::UserEntry &user);
    void clear();

    std::uint8_t channel() const { return m_channel; }
    std::uint8_t maxUsers() const { return m_maxUsers; }
    const ipmi::user::UserEntry *user(std::uint8_t id) const;
    const std::vector<ipmi::user::UserEntry> &users() const { return m_users; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::uint8_t m_channel = 0;
    std::uint8_t m_maxUsers = 0;
    std::vector<ipmi::user::UserEntry> m_users; // sorted by id
};
