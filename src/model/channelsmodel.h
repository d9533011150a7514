// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/channel/channelcommands.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

// The channels of a BMC: number, medium, protocol, session support, and the access mode
// and privilege limit, active (volatile) and stored (non-volatile). Rows are added as
// channels are read; setAccess() fills in a row's access later.
class ChannelsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        MediumColumn,
        ProtocolColumn,
        SessionsColumn,
        ActiveAccessColumn,
        StoredAccessColumn,
        ColumnCount
    };

    struct Row
    {
        ipmi::channel::ChannelInfo info;
        std::optional<ipmi::channel::ChannelAccess> active; // volatile
        std::optional<ipmi::channel::ChannelAccess> stored; // non-volatile
    };

    explicit ChannelsModel(QObject *parent = nullptr);

    void clear();
    void addChannel(const ipmi::channel::ChannelInfo &info);
    void setAccess(std::uint8_t channel, ipmi::channel::Storage storage, const ipmi::channel::ChannelAccess &access);
    const std::vector<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};
