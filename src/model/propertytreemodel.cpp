// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertytreemodel.h"

#include <functional>

PropertyTreeModel::Node *PropertyTreeModel::Node::add(QString childName, QString childValue)
{
    auto child = std::make_unique<Node>();
    child->name = std::move(childName);
    child->value = std::move(childValue);
    child->parent = this;
    children.push_back(std::move(child));
    return children.back().get();
}

PropertyTreeModel::PropertyTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

PropertyTreeModel::~PropertyTreeModel() = default;

void PropertyTreeModel::setTree(std::unique_ptr<Node> root)
{
    beginResetModel();
    m_root = root ? std::move(root) : std::make_unique<Node>();
    endResetModel();
}

void PropertyTreeModel::clear()
{
    setTree(nullptr);
}

const PropertyTreeModel::Node *PropertyTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PropertyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex PropertyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    const auto &siblings = parentNode->parent->children;
    for (std::size_t row = 0; row < siblings.size(); ++row) {
        if (siblings[row].get() == parentNode)
            return createIndex(int(row), 0, const_cast<Node *>(parentNode));
    }
    return {};
}

int PropertyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PropertyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PropertyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole: return index.column() == NameColumn ? node->name : node->value;
    case Qt::ToolTipRole: return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case ProblemRole: return node->problem;
    default: return {};
    }
}

QVariant PropertyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Field") : tr("Value");
}

QString PropertyTreeModel::toText() const
{
    QString text;
    const std::function<void(const Node &, int)> walk = [&](const Node &node, int depth) {
        for (const auto &child : node.children) {
            text += QString(depth * 2, QLatin1Char(' ')) + child->name;
            if (!child->value.isEmpty())
                text += QStringLiteral(": ") + child->value;
            text += QLatin1Char('\n');
            walk(*child, depth + 1);
        }
    };
    walk(*m_root, 0);
    return text;
}
