// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertreemodel.h"

#include "bmc.h"
#include "fleet.h"
#include "serverregistry.h"

#include <QMimeData>

namespace {

const QString kNodeMimeType = QStringLiteral("application/x-bmcpilot-node-ids");

ServerStatus worse(ServerStatus a, const ServerStatus &b)
{
    a.health = std::max(a.health, b.health);
    if (b.reachability == ServerStatus::Reachability::Unreachable
        || b.reachability == ServerStatus::Reachability::LoginRejected)
        a.reachability = b.reachability;
    else if (a.reachability == ServerStatus::Reachability::Unknown)
        a.reachability = b.reachability;
    if (a.power == ServerStatus::Power::Unknown)
        a.power = b.power;
    else if (b.power == ServerStatus::Power::Off)
        a.power = ServerStatus::Power::Off; // one server off is worth showing on the group
    return a;
}

} // namespace

ServerTreeModel::ServerTreeModel(ServerRegistry *registry, QObject *parent)
    : QAbstractItemModel(parent), m_registry(registry)
{
    connect(registry, &ServerRegistry::nodeAboutToBeInserted, this,
            [this](const QUuid &parentId, int row) { beginInsertRows(indexOf(parentId), row, row); });
    connect(registry, &ServerRegistry::nodeInserted, this, [this] { endInsertRows(); });
    connect(registry, &ServerRegistry::nodeAboutToBeRemoved, this,
            [this](const QUuid &parentId, int row) { beginRemoveRows(indexOf(parentId), row, row); });
    connect(registry, &ServerRegistry::nodeRemoved, this, [this](const QUuid &parentId, int, const QUuid &id) {
        endRemoveRows();
        m_status.remove(id);
        if (!parentId.isNull())
            notifyStatusChanged(parentId);
    });
    connect(registry, &ServerRegistry::nodeAboutToBeMoved, this,
            [this](const QUuid &, const QUuid &fromParent, int fromRow, const QUuid &toParent, int toRow) {
                // The registry names the row after the move; Qt wants the row before it.
                const int destination = (fromParent == toParent && toRow > fromRow) ? toRow + 1 : toRow;
                m_movingItself = beginMoveRows(indexOf(fromParent), fromRow, fromRow,
                                               indexOf(toParent), destination);
                if (!m_movingItself)
                    emit layoutAboutToBeChanged();
            });
    connect(registry, &ServerRegistry::nodeMoved, this, [this](const QUuid &id, const QUuid &fromParent) {
        if (m_movingItself)
            endMoveRows();
        else
            emit layoutChanged();
        m_movingItself = false;
        if (!fromParent.isNull())
            notifyStatusChanged(fromParent);
        notifyStatusChanged(id);
    });
    connect(registry, &ServerRegistry::nodeChanged, this, [this](const QUuid &id) {
        const QModelIndex first = indexOf(id, 0);
        if (first.isValid())
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    });
    connect(registry, &ServerRegistry::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(registry, &ServerRegistry::wasReset, this, [this] { endResetModel(); });
}

quintptr ServerTreeModel::handleOf(const QUuid &id) const
{
    auto found = m_handles.constFind(id);
    if (found != m_handles.constEnd())
        return *found;
    m_handleIds.append(id);
    const auto handle = static_cast<quintptr>(m_handleIds.size()); // 0 stays unused
    m_handles.insert(id, handle);
    return handle;
}

QUuid ServerTreeModel::idOfHandle(quintptr handle) const
{
    if (handle == 0 || handle > static_cast<quintptr>(m_handleIds.size()))
        return {};
    return m_handleIds.at(static_cast<qsizetype>(handle - 1));
}

QUuid ServerTreeModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? idOfHandle(index.internalId()) : QUuid();
}

QModelIndex ServerTreeModel::indexOf(const QUuid &id, int column) const
{
    if (id.isNull() || !m_registry->contains(id))
        return {};
    return createIndex(m_registry->rowOf(id), column, handleOf(id));
}

QModelIndex ServerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<QUuid> children = m_registry->children(idOf(parent));
    if (row >= children.size())
        return {};
    return createIndex(row, column, handleOf(children.at(row)));
}

QModelIndex ServerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(m_registry->parentOf(idOf(child)));
}

int ServerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const QUuid id = idOf(parent);
    if (!id.isNull() && !m_registry->isGroup(id))
        return 0;
    return static_cast<int>(m_registry->children(id).size());
}

int ServerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ServerTreeModel::statusText(const ServerStatus &status)
{
    using R = ServerStatus::Reachability;
    using P = ServerStatus::Power;
    using H = ServerStatus::Health;
    if (status.reachability == R::Unreachable)
        return tr("unreachable");
    if (status.reachability == R::LoginRejected)
        return tr("wrong user name or password");
    if (status.reachability == R::Unknown)
        return tr("not polled yet");
    QString text = status.power == P::On ? tr("on") : status.power == P::Off ? tr("off") : tr("power unknown");
    switch (status.health) {
    case H::Ok: return tr("%1, sensors ok").arg(text);
    case H::Warning: return tr("%1, warning").arg(text);
    case H::Critical: return tr("%1, critical").arg(text);
    case H::Unknown: break;
    }
    return text;
}

QVariant ServerTreeModel::data(const QModelIndex &index, int role) const
{
    const QUuid id = idOf(index);
    if (id.isNull() || !m_registry->contains(id))
        return {};
    const bool group = m_registry->isGroup(id);
    switch (role) {
    case IdRole: return id;
    case IsGroupRole: return group;
    case StatusRole: return QVariant::fromValue(status(id));
    case Qt::ToolTipRole: {
        const ServerStatus s = status(id);
        return s.detail.isEmpty() ? statusText(s) : statusText(s) + QLatin1Char('\n') + s.detail;
    }
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    if (group) {
        if (index.column() == NameColumn)
            return m_registry->group(id)->name;
        if (index.column() == StatusColumn)
            return statusText(status(id));
        return {};
    }
    const ServerEntry *server = m_registry->findServer(id);
    switch (index.column()) {
    case NameColumn: return server->name;
    case AddressColumn:
        if (server->interface == ServerEntry::Interface::Open) // the words Bmc shows for a local BMC
            return Bmc(Fleet::endpointFor(*server, {}), nullptr).displayAddress();
        return server->port == ServerEntry::DefaultPort
                   ? server->address
                   : QStringLiteral("%1:%2").arg(server->address).arg(server->port);
    case StatusColumn: return statusText(status(id));
    default: return {};
    }
}

QVariant ServerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case AddressColumn: return tr("Address");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags ServerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (m_registry->isGroup(idOf(index)))
        result |= Qt::ItemIsDropEnabled;
    return result;
}

ServerStatus ServerTreeModel::status(const QUuid &id) const
{
    if (!m_registry->isGroup(id))
        return m_status.value(id);
    ServerStatus rolled;
    const QList<QUuid> children = m_registry->children(id);
    for (const QUuid &child : children)
        rolled = worse(rolled, status(child));
    return rolled;
}

void ServerTreeModel::setStatus(const QUuid &serverId, const ServerStatus &status)
{
    if (!m_registry->isServer(serverId) || m_status.value(serverId) == status)
        return;
    m_status.insert(serverId, status);
    notifyStatusChanged(serverId);
}

void ServerTreeModel::notifyStatusChanged(const QUuid &id)
{
    // The node itself and every group above it (their roll-up may have changed).
    for (QUuid node = id; !node.isNull(); node = m_registry->parentOf(node)) {
        const QModelIndex first = indexOf(node, 0);
        if (!first.isValid())
            break;
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

Qt::DropActions ServerTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ServerTreeModel::mimeTypes() const
{
    return {kNodeMimeType};
}

QMimeData *ServerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = idOf(index).toString();
        if (index.column() == 0 && !ids.contains(id))
            ids << id;
    }
    auto *data = new QMimeData;
    data->setData(kNodeMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QList<QUuid> ServerTreeModel::idsFromMime(const QMimeData *data) const
{
    QList<QUuid> ids;
    if (!data || !data->hasFormat(kNodeMimeType))
        return ids;
    const QList<QByteArray> lines = data->data(kNodeMimeType).split('\n');
    for (const QByteArray &line : lines) {
        const QUuid id = QUuid::fromString(QString::fromLatin1(line));
        if (!id.isNull() && m_registry->contains(id))
            ids << id;
    }
    return ids;
}

bool ServerTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QUuid target = idOf(parent);
    if (!target.isNull() && !m_registry->isGroup(target))
        return false;
    return !idsFromMime(data).isEmpty();
}

bool ServerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QUuid target = idOf(parent);
    bool movedAny = false;
    for (const QUuid &id : idsFromMime(data)) {
        // A group cannot go into itself; the registry refuses it and we skip that one.
        if (m_registry->move(id, target, row))
            movedAny = true;
        if (row >= 0)
            row = m_registry->rowOf(id) + 1;
    }
    // The view then asks to remove the source rows; removeRows() is not implemented, so
    // that is a no-op and the registry's move stands.
    return movedAny;
}
