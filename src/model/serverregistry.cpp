// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverregistry.h"

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString groupNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return ServerRegistry::tr("A group needs a name.");
    // "/" separates the levels of a group path in CSV files.
    if (name.contains(QLatin1Char('/')))
        return ServerRegistry::tr("The group name \"%1\" contains \"/\".").arg(name);
    return {};
}

} // namespace

ServerRegistry::ServerRegistry(QObject *parent) : QObject(parent)
{
    m_nodes.insert(QUuid(), Node{{}, true, {}, {}, {}});
}

ServerRegistry::~ServerRegistry() = default;

const ServerRegistry::Node &ServerRegistry::node(const QUuid &id) const
{
    static const Node none;
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.constEnd() ? none : it.value();
}

QString ServerRegistry::groupMissing(const QUuid &id) const
{
    if (!m_nodes.contains(id))
        return tr("No group or server has the id %1.").arg(id.toString(QUuid::WithoutBraces));
    return tr("%1 is a server, not a group.").arg(id.toString(QUuid::WithoutBraces));
}

void ServerRegistry::insertNode(const QUuid &id, Node created, const QUuid &parent, int row)
{
    QList<QUuid> &siblings = m_nodes[parent].children;
    if (row < 0 || row > siblings.size())
        row = int(siblings.size());
    Q_EMIT nodeAboutToBeInserted(parent, row);
    created.parent = parent;
    if (!created.isGroup)
        ++m_serverCount;
    m_nodes.insert(id, std::move(created));
    m_nodes[parent].children.insert(row, id);
    Q_EMIT nodeInserted(parent, row, id);
}

QUuid ServerRegistry::addGroup(const QString &name, const QUuid &parent, QString *error,
                               const QUuid &id)
{
    if (!isGroup(parent)) {
        setError(error, groupMissing(parent));
        return {};
    }
    if (const QString problem = groupNameProblem(name); !problem.isEmpty()) {
        setError(error, problem);
        return {};
    }
    for (const QUuid &sibling : m_nodes[parent].children) {
        const Node &other = m_nodes[sibling];
        if (other.isGroup && other.groupName == name) {
            setError(error, tr("This level already has a group named \"%1\".").arg(name));
            return {};
        }
    }
    const QUuid newId = id.isNull() ? QUuid::createUuid() : id;
    if (m_nodes.contains(newId)) {
        setError(error, tr("The id %1 is already in use.").arg(newId.toString(QUuid::WithoutBraces)));
        return {};
    }
    insertNode(newId, Node{{}, true, name, {}, {}}, parent);
    return newId;
}

QUuid ServerRegistry::addServer(ServerEntry entry, const QUuid &group, QString *error)
{
    if (!isGroup(group)) {
        setError(error, groupMissing(group));
        return {};
    }
    if (const QString problem = entry.validate(); !problem.isEmpty()) {
        setError(error, problem);
        return {};
    }
    if (entry.id.isNull())
        entry.id = QUuid::createUuid();
    if (m_nodes.contains(entry.id)) {
        setError(error, tr("The id %1 is already in use.").arg(entry.id.toString(QUuid::WithoutBraces)));
        return {};
    }
    const QUuid id = entry.id;
    insertNode(id, Node{{}, false, {}, std::move(entry), {}}, group);
    return id;
}

bool ServerRegistry::updateServer(const ServerEntry &entry, QString *error)
{
    if (!isServer(entry.id)) {
        setError(error, tr("No server has the id %1.").arg(entry.id.toString(QUuid::WithoutBraces)));
        return false;
    }
    if (const QString problem = entry.validate(); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    Node &target = m_nodes[entry.id];
    if (target.server == entry)
        return true;
    target.server = entry;
    Q_EMIT nodeChanged(entry.id);
    return true;
}

bool ServerRegistry::renameGroup(const QUuid &id, const QString &name, QString *error)
{
    if (id.isNull() || !isGroup(id)) {
        setError(error, id.isNull() ? tr("The root group cannot be renamed.") : groupMissing(id));
        return false;
    }
    if (const QString problem = groupNameProblem(name); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    Node &renamed = m_nodes[id];
    for (const QUuid &sibling : node(renamed.parent).children) {
        const Node &other = node(sibling);
        if (sibling != id && other.isGroup && other.groupName == name) {
            setError(error, tr("This level already has a group named \"%1\".").arg(name));
            return false;
        }
    }
    if (renamed.groupName != name) {
        renamed.groupName = name;
        Q_EMIT nodeChanged(id);
    }
    return true;
}

void ServerRegistry::eraseSubtree(const QUuid &id)
{
    const Node erased = m_nodes.take(id);
    if (!erased.isGroup)
        --m_serverCount;
    for (const QUuid &child : erased.children)
        eraseSubtree(child);
}

bool ServerRegistry::remove(const QUuid &id, QString *error)
{
    if (id.isNull() || !m_nodes.contains(id)) {
        setError(error, id.isNull() ? tr("The root group cannot be removed.")
                                    : tr("No group or server has the id %1.")
                                          .arg(id.toString(QUuid::WithoutBraces)));
        return false;
    }
    const QUuid parent = m_nodes[id].parent;
    const int row = rowOf(id);
    Q_EMIT nodeAboutToBeRemoved(parent, row, id);
    m_nodes[parent].children.removeAt(row);
    eraseSubtree(id);
    Q_EMIT nodeRemoved(parent, row, id);
    return true;
}

bool ServerRegistry::isDescendant(const QUuid &candidate, const QUuid &ancestor) const
{
    for (QUuid at = candidate; !at.isNull(); at = m_nodes.value(at).parent) {
        if (at == ancestor)
            return true;
    }
    return false;
}

bool ServerRegistry::move(const QUuid &id, const QUuid &newParent, int row, QString *error)
{
    if (id.isNull() || !m_nodes.contains(id)) {
        setError(error, tr("No group or server has the id %1.").arg(id.toString(QUuid::WithoutBraces)));
        return false;
    }
    if (!isGroup(newParent)) {
        setError(error, groupMissing(newParent));
        return false;
    }
    const Node &moving = m_nodes[id];
    if (moving.isGroup && isDescendant(newParent, id)) {
        setError(error, tr("A group cannot be moved into itself or one of its subgroups."));
        return false;
    }
    const QUuid oldParent = moving.parent;
    if (moving.isGroup && oldParent != newParent) {
        for (const QUuid &sibling : m_nodes[newParent].children) {
            const Node &other = m_nodes[sibling];
            if (other.isGroup && other.groupName == moving.groupName) {
                setError(error, tr("The target already has a group named \"%1\".").arg(moving.groupName));
                return false;
            }
        }
    }
    const int fromRow = rowOf(id);
    // Rows are counted after the node left its old place.
    const int maxRow = int(m_nodes[newParent].children.size()) - (oldParent == newParent ? 1 : 0);
    const int toRow = (row < 0 || row > maxRow) ? maxRow : row;
    if (oldParent == newParent && fromRow == toRow)
        return true;
    Q_EMIT nodeAboutToBeMoved(id, oldParent, fromRow, newParent, toRow);
    m_nodes[oldParent].children.removeAt(fromRow);
    m_nodes[newParent].children.insert(toRow, id);
    m_nodes[id].parent = newParent;
    Q_EMIT nodeMoved(id, oldParent, fromRow, newParent, toRow);
    return true;
}

void ServerRegistry::clear()
{
    ServerRegistry empty;
    assign(empty);
}

void ServerRegistry::assign(const ServerRegistry &other)
{
    if (&other == this)
        return;
    Q_EMIT aboutToBeReset();
    m_nodes = other.m_nodes;
    m_serverCount = other.m_serverCount;
    Q_EMIT wasReset();
}

bool ServerRegistry::contains(const QUuid &id) const
{
    return m_nodes.contains(id);
}

bool ServerRegistry::isGroup(const QUuid &id) const
{
    const auto it = m_nodes.constFind(id);
    return it != m_nodes.constEnd() && it->isGroup;
}

bool ServerRegistry::isServer(const QUuid &id) const
{
    const auto it = m_nodes.constFind(id);
    return it != m_nodes.constEnd() && !it->isGroup;
}

const ServerEntry *ServerRegistry::findServer(const QUuid &id) const
{
    const auto it = m_nodes.constFind(id);
    return (it != m_nodes.constEnd() && !it->isGroup) ? &it->server : nullptr;
}

std::optional<ServerGroup> ServerRegistry::group(const QUuid &id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.constEnd() || !it->isGroup)
        return std::nullopt;
    return ServerGroup{id, it->groupName};
}

QUuid ServerRegistry::parentOf(const QUuid &id) const
{
    return m_nodes.value(id).parent;
}

int ServerRegistry::rowOf(const QUuid &id) const
{
    const auto it = m_nodes.constFind(id);
    if (id.isNull() || it == m_nodes.constEnd())
        return -1;
    return int(node(it->parent).children.indexOf(id));
}

QList<QUuid> ServerRegistry::children(const QUuid &parent) const
{
    return m_nodes.value(parent).children;
}

void ServerRegistry::forEachServer(
    const std::function<void(const ServerEntry &, const QUuid &)> &f) const
{
    const std::function<void(const QUuid &)> walk = [&](const QUuid &group) {
        for (const QUuid &child : node(group).children) {
            const Node &current = node(child);
            if (current.isGroup)
                walk(child);
            else
                f(current.server, group);
        }
    };
    walk(QUuid());
}

QList<ServerEntry> ServerRegistry::servers() const
{
    QList<ServerEntry> result;
    result.reserve(m_serverCount);
    forEachServer([&](const ServerEntry &entry, const QUuid &) { result.append(entry); });
    return result;
}

QStringList ServerRegistry::groupPath(const QUuid &id) const
{
    QStringList path;
    for (QUuid at = id; !at.isNull() && m_nodes.contains(at); at = node(at).parent)
        path.prepend(node(at).groupName);
    return path;
}

std::optional<QUuid> ServerRegistry::ensureGroupPath(const QStringList &path, QString *error)
{
    QUuid at;
    for (const QString &name : path) {
        QUuid found;
        for (const QUuid &child : m_nodes[at].children) {
            const Node &current = m_nodes[child];
            if (current.isGroup && current.groupName == name) {
                found = child;
                break;
            }
        }
        if (found.isNull()) {
            found = addGroup(name, at, error);
            if (found.isNull())
                return std::nullopt;
        }
        at = found;
    }
    return at;
}
