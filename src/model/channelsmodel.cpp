// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/channelsmodel.h"
#include "coretext.h"

#include "ipmi/user/usercommands.h"

using namespace ipmi::channel;

namespace {

QString accessText(const std::optional<ChannelAccess> &access)
{
    if (!access)
        return {};
    return QStringLiteral("%1, %2")
        .arg(CoreText::translate(accessModeName(access->mode)),
             CoreText::translate(ipmi::privilegeName(access->privilegeLimit)));
}

} // namespace

ChannelsModel::ChannelsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChannelsModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ChannelsModel::addChannel(const ChannelInfo &info)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(Row{info, std::nullopt, std::nullopt});
    endInsertRows();
}

void ChannelsModel::setAccess(std::uint8_t channel, Storage storage, const ChannelAccess &access)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].info.channel != channel)
            continue;
        (storage == Storage::Volatile ? m_rows[i].active : m_rows[i].stored) = access;
        const int column = storage == Storage::Volatile ? ActiveAccessColumn : StoredAccessColumn;
        emit dataChanged(index(int(i), column), index(int(i), column));
    }
}

int ChannelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case NumberColumn: return int(row.info.channel);
    case MediumColumn: return CoreText::translate(mediumName(row.info.medium));
    case ProtocolColumn: return CoreText::translate(protocolName(row.info.protocol));
    case SessionsColumn: return CoreText::translate(sessionSupportName(row.info.sessionSupport));
    case ActiveAccessColumn: return accessText(row.active);
    case StoredAccessColumn: return accessText(row.stored);
    default: break;
    }
    return {};
}

QVariant ChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Channel");
    case MediumColumn: return tr("Medium");
    case ProtocolColumn: return tr("Protocol");
    case SessionsColumn: return tr("Sessions");
    case ActiveAccessColumn: return tr("Access (active)");
    case StoredAccessColumn: return tr("Access (stored)");
    default: break;
    }
    return {};
}
