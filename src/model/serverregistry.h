// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverentry.h"
#include "model/servergroup.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

// The tree of groups and servers. Groups and servers share one id space; the null QUuid
// is the invisible root group. Children keep their order (groups and servers mixed).
//
// Change signals come in before/after pairs with the parent and row, which is exactly
// what QAbstractItemModel::begin/end{Insert,Remove,Move}Rows need, so a tree model can
// follow the registry without resets. Removing a group removes its subtree with one
// signal pair (for the group's row). A move's toRow is the row after the move.
//
// Threading contract: a QObject of the GUI thread; use it only from the thread it lives
// in. Other threads get copies (ServerEntry is a plain value).
class ServerRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ServerRegistry(QObject *parent = nullptr);
    ~ServerRegistry() override;

    // Each mutator returns a null id / false on failure and then sets *error (optional).
    // A null entry.id gets a fresh one.
    QUuid addGroup(const QString &name, const QUuid &parent = {}, QString *error = nullptr,
                   const QUuid &id = {});
    QUuid addServer(ServerEntry entry, const QUuid &group = {}, QString *error = nullptr);
    bool updateServer(const ServerEntry &entry, QString *error = nullptr);
    bool renameGroup(const QUuid &id, const QString &name, QString *error = nullptr);
    bool remove(const QUuid &id, QString *error = nullptr);
    // row -1 appends. Moving a group below itself is refused.
    bool move(const QUuid &id, const QUuid &newParent, int row = -1, QString *error = nullptr);
    void clear();
    // Replaces the whole tree (after loading a file) with one reset signal pair.
    void assign(const ServerRegistry &other);

    bool contains(const QUuid &id) const;
    bool isGroup(const QUuid &id) const;
    bool isServer(const QUuid &id) const;
    const ServerEntry *findServer(const QUuid &id) const;
    std::optional<ServerGroup> group(const QUuid &id) const;
    QUuid parentOf(const QUuid &id) const;
    int rowOf(const QUuid &id) const;
    QList<QUuid> children(const QUuid &parent = {}) const;
    int serverCount() const { return m_serverCount; }

    // Depth-first, in tree order.
    void forEachServer(const std::function<void(const ServerEntry &, const QUuid &group)> &f) const;
    QList<ServerEntry> servers() const;

    // Group names from the root down to id ("Lab", "Rack 3"); empty for the root.
    QStringList groupPath(const QUuid &id) const;
    // The group at that path, created as needed. Empty path: the root.
    std::optional<QUuid> ensureGroupPath(const QStringList &path, QString *error = nullptr);

Q_SIGNALS:
    void nodeAboutToBeInserted(const QUuid &parent, int row);
    void nodeInserted(const QUuid &parent, int row, const QUuid &id);
    void nodeAboutToBeRemoved(const QUuid &parent, int row, const QUuid &id);
    void nodeRemoved(const QUuid &parent, int row, const QUuid &id);
    void nodeAboutToBeMoved(const QUuid &id, const QUuid &fromParent, int fromRow,
                            const QUuid &toParent, int toRow);
    void nodeMoved(const QUuid &id, const QUuid &fromParent, int fromRow, const QUuid &toParent,
                   int toRow);
    void nodeChanged(const QUuid &id);
    void aboutToBeReset();
    void wasReset();

private:
    struct Node
    {
        QUuid parent;
        bool isGroup = false;
        QString groupName;
        ServerEntry server;
        QList<QUuid> children;
    };

    // The node with that id, or an empty one when there is none.
    const Node &node(const QUuid &id) const;
    void insertNode(const QUuid &id, Node created, const QUuid &parent, int row = -1);
    void eraseSubtree(const QUuid &id);
    bool isDescendant(const QUuid &candidate, const QUuid &ancestor) const;
    QString groupMissing(const QUuid &id) const;

    QHash<QUuid, Node> m_nodes;
    int m_serverCount = 0;
};
