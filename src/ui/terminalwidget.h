// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPoint>
#include <QWidget>

#include <deque>
#include <memory>
#include <vector>

// A terminal drawn in a QWidget, emulated by libvterm: what the host sends goes to feed();
// keys and pastes come out of input() as the bytes a VT100/xterm would send. Colours
// (16, 256 and RGB), bold/underline/reverse, the cursor, a scrollback (Shift+PageUp/Down,
// the wheel), resizing to the widget, and copy (selection by mouse, Ctrl+Shift+C) and
// paste (Ctrl+Shift+V, middle button).
//
// Threading: GUI thread only.
class TerminalWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    void feed(const QByteArray &hostOutput);
    void reset(); // clear the screen and the scrollback

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    int scrollbackLines() const { return static_cast<int>(m_scrollback.size()); }
    void scrollBy(int lines); // positive: back into the scrollback

    // Text and colours, for tests and copy: rows 0..rows()-1 of the screen, or line i of
    // the scrollback (0 = oldest).
    QString screenLine(int row) const;
    QString scrollbackLine(int index) const;
    QColor foregroundAt(int row, int column) const;
    QColor backgroundAt(int row, int column) const;
    QPoint cursorPosition() const { return m_cursor; } // x = column, y = row
    bool cursorVisible() const { return m_cursorVisible; }

    QString selectedText() const;
    void selectAll();
    void copy();
    void paste();

signals:
    void input(const QByteArray &bytes);
    void sizeChanged(int rows, int columns);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Vt;
    struct Cell
    {
        QString text;
        QColor fg, bg;
        bool bold = false, underline = false, reverse = false;
        // A wide (CJK) character takes two columns: width 2 here, and the column after
        // it is its continuation, drawn and copied as part of it.
        int width = 1;
        bool continuation = false;
    };
    using Line = std::vector<Cell>;

    friend struct Vt;
    void pushScrollback(Line line);
    bool popScrollback(int columns, Line &line);
    Cell cellAt(int row, int column) const; // screen row
    Line lineAt(int absolute) const;        // scrollback, then the screen
    QPoint cellFromPoint(QPoint point) const; // x = column, y = absolute line
    void updateSize();

    std::unique_ptr<Vt> m_vt;
    std::deque<Line> m_scrollback;
    static constexpr int ScrollbackLimit = 5000; // lines kept above the screen
    int m_rows = 24;
    int m_columns = 80;
    int m_scroll = 0; // lines scrolled back
    QPoint m_cursor;
    bool m_cursorVisible = true;
    QSize m_cellSize;
    QPoint m_selectionStart{-1, -1}, m_selectionEnd{-1, -1}; // (column, absolute line)
    bool m_selecting = false;
};
