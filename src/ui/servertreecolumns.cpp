// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertreecolumns.h"

#include "model/servertreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

ServerTreeColumns::ServerTreeColumns(QTreeView *view) : QObject(view), m_view(view), m_viewport(view->viewport())
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->moveSection(header->visualIndex(ServerTreeModel::StatusColumn), header->visualIndex(ServerTreeModel::NameColumn) + 1);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ServerTreeColumns::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ServerTreeColumns::fit);
    connect(model, &QAbstractItemModel::modelReset, this, &ServerTreeColumns::fit);
    connect(view, &QTreeView::expanded, this, &ServerTreeColumns::fit);
    fit();
}

bool ServerTreeColumns::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport kept at construction: while the tree is destroyed its
    // viewport still sends events, and the half-destroyed view must not be asked.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ServerTreeColumns::fit()
{
    for (const int column : {ServerTreeModel::StatusColumn, ServerTreeModel::AddressColumn})
        m_view->resizeColumnToContents(column);
    const int others = m_view->columnWidth(ServerTreeModel::StatusColumn) + m_view->columnWidth(ServerTreeModel::AddressColumn);
    const int minimum = m_view->fontMetrics().averageCharWidth() * MinNameCharacters + 2 * m_view->indentation();
    m_view->setColumnWidth(ServerTreeModel::NameColumn, std::max(minimum, m_view->viewport()->width() - others));
}
