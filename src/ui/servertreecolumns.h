// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTreeView;
class QWidget;

// Keeps the server tree's columns readable at any pane width: the status (next to the
// name) and the address as wide as their contents, the name the rest, but never less
// than MinNameCharacters. When the pane is too narrow for all three, the address, being
// last, moves out to the right (the tree scrolls to it) and the status stays in sight.
// Follows the view's width and the model's contents; the view owns this object.
class ServerTreeColumns : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinNameCharacters = 12;

    explicit ServerTreeColumns(QTreeView *view);

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QWidget *m_viewport;
};
