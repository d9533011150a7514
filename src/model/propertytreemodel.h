// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>

#include <memory>
#include <vector>

// A read-only tree of name/value rows (FRU inventory, device details): sections with
// properties beneath them. Filled by building a Node tree and handing it over; a new tree
// replaces the old one with one reset, which suits data loaded on request, not polled.
class PropertyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    struct Node
    {
        QString name;
        QString value;
        QString toolTip;
        bool problem = false; // shown in the warning colour by views
        std::vector<std::unique_ptr<Node>> children;
        Node *parent = nullptr;

        Node *add(QString childName, QString childValue = {});
    };
    enum Role { ProblemRole = Qt::UserRole + 1 };

    explicit PropertyTreeModel(QObject *parent = nullptr);
    ~PropertyTreeModel() override;

    void setTree(std::unique_ptr<Node> root);
    void clear();
    // "name: value" lines, indented by depth, for the clipboard.
    QString toText() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};
