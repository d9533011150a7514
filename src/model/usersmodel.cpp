// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/usersmodel.h"
#include "coretext.h"

#include <algorithm>

using namespace ipmi::user;

namespace {

// Whether the columns would show the same.
bool sameUser(const UserEntry &a, const UserEntry &b)
{
    return a.name == b.name && a.nameKnown == b.nameKnown && a.access.enableStatus == b.access.enableStatus
           && a.access.callbackOnly == b.access.callbackOnly && a.access.linkAuth == b.access.linkAuth
           && a.access.ipmiMessaging == b.access.ipmiMessaging && a.access.privilegeLimit == b.access.privilegeLimit;
}

QString yesNo(bool value)
{
    return value ? UsersModel::tr("yes") : UsersModel::tr("no");
}

} // namespace

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent) {}

void UsersModel::clear()
{
    if (m_users.empty())
        return;
    beginRemoveRows({}, 0, int(m_users.size()) - 1);
    m_users.clear();
    endRemoveRows();
}

void UsersModel::setTable(const UserTable &table)
{
    m_channel = table.channel;
    m_maxUsers = table.maxUsers;
    // Rows whose id is gone go first, then each new entry is updated or inserted in order.
    for (int row = int(m_users.size()) - 1; row >= 0; --row) {
        const std::uint8_t id = m_users[std::size_t(row)].id;
        const bool kept = std::any_of(table.users.begin(), table.users.end(),
                                      [id](const UserEntry &user) { return user.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_users.erase(m_users.begin() + row);
            endRemoveRows();
        }
    }
    for (const UserEntry &user : table.users)
        updateUser(user);
}

void UsersModel::updateUser(const UserEntry &user)
{
    const auto at = std::lower_bound(m_users.begin(), m_users.end(), user.id,
                                     [](const UserEntry &entry, std::uint8_t id) { return entry.id < id; });
    const int row = int(at - m_users.begin());
    if (at != m_users.end() && at->id == user.id) {
        const bool shownChanged = !sameUser(*at, user);
        *at = user; // also the counts, which no column shows
        if (shownChanged)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, row, row);
    m_users.insert(at, user);
    endInsertRows();
}

const UserEntry *UsersModel::user(std::uint8_t id) const
{
    for (const UserEntry &entry : m_users)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UserEntry &user = m_users[std::size_t(index.row())];
    if (role == UserIdRole)
        return int(user.id);
    if (role == Qt::ToolTipRole && user.id == AnonymousUser && index.column() == NameColumn)
        return tr("User 1 is the anonymous (null) user: the specification fixes its name as empty.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return int(user.id);
    case NameColumn:
        if (user.id == AnonymousUser && user.name.empty())
            return tr("(anonymous)");
        return QString::fromStdString(user.name);
    case EnabledColumn:
        return user.access.enableStatus == 1 ? tr("yes") : user.access.enableStatus == 2 ? tr("no") : tr("unknown");
    case CallinColumn: return yesNo(!user.access.callbackOnly);
    case LinkAuthColumn: return yesNo(user.access.linkAuth);
    case MessagingColumn: return yesNo(user.access.ipmiMessaging);
    case PrivilegeColumn: return CoreText::translate(ipmi::privilegeName(user.access.privilegeLimit));
    default: break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("ID");
    case NameColumn: return tr("Name");
    case EnabledColumn: return tr("Enabled");
    case CallinColumn: return tr("Callin");
    case LinkAuthColumn: return tr("Link auth");
    case MessagingColumn: return tr("IPMI messaging");
    case PrivilegeColumn: return tr("Privilege");
    default: break;
    }
    return {};
}
