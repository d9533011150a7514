// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverstatus.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QUuid>

class ServerRegistry;

// The server tree for views: groups and servers of a ServerRegistry, with each server's
// status and a roll-up (the worst of its servers) on groups. Follows the registry's change
// signals row by row, so views keep their selection and expansion; a status change touches
// only the rows it concerns. Supports moving servers and groups by drag and drop.
class ServerTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        IsGroupRole,               // bool
        StatusRole,                // ServerStatus (servers and groups' roll-up)
    };

    explicit ServerTreeModel(ServerRegistry *registry, QObject *parent = nullptr);

    void setStatus(const QUuid &serverId, const ServerStatus &status);
    ServerStatus status(const QUuid &id) const; // roll-up for groups
    QModelIndex indexOf(const QUuid &id, int column = 0) const;
    QUuid idOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString statusText(const ServerStatus &status);

private:
    quintptr handleOf(const QUuid &id) const;
    QUuid idOfHandle(quintptr handle) const;
    void notifyStatusChanged(const QUuid &id);
    QList<QUuid> idsFromMime(const QMimeData *data) const;

    ServerRegistry *m_registry;
    QHash<QUuid, ServerStatus> m_status;
    // Stable internal ids for QModelIndex: a QUuid's handle never changes or gets reused.
    mutable QHash<QUuid, quintptr> m_handles;
    mutable QList<QUuid> m_handleIds;
    bool m_movingItself = false;
};
