// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <utility>

#include <vterm.h>

namespace {

// What libvterm puts in the column after a wide character.
constexpr uint32_t ContinuationMark = 0xffffffffu;

QColor toQColor(const VTermScreen *screen, VTermColor color)
{
    vterm_screen_convert_color_to_rgb(screen, &color);
    return QColor(color.rgb.red, color.rgb.green, color.rgb.blue);
}

VTermModifier modifiers(Qt::KeyboardModifiers mods)
{
    int result = VTERM_MOD_NONE;
    if (mods & Qt::ShiftModifier)
        result |= VTERM_MOD_SHIFT;
    if (mods & Qt::AltModifier)
        result |= VTERM_MOD_ALT;
    if (mods & Qt::ControlModifier)
        result |= VTERM_MOD_CTRL;
    return static_cast<VTermModifier>(result);
}

VTermKey keyFor(int key)
{
    switch (key) {
    case Qt::Key_Return: return VTERM_KEY_ENTER;
    case Qt::Key_Enter: return VTERM_KEY_KP_ENTER;
    case Qt::Key_Tab: return VTERM_KEY_TAB;
    case Qt::Key_Backspace: return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape: return VTERM_KEY_ESCAPE;
    case Qt::Key_Up: return VTERM_KEY_UP;
    case Qt::Key_Down: return VTERM_KEY_DOWN;
    case Qt::Key_Left: return VTERM_KEY_LEFT;
    case Qt::Key_Right: return VTERM_KEY_RIGHT;
    case Qt::Key_Insert: return VTERM_KEY_INS;
    case Qt::Key_Delete: return VTERM_KEY_DEL;
    case Qt::Key_Home: return VTERM_KEY_HOME;
    case Qt::Key_End: return VTERM_KEY_END;
    case Qt::Key_PageUp: return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown: return VTERM_KEY_PAGEDOWN;
    default:
        if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
            return static_cast<VTermKey>(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
        return VTERM_KEY_NONE;
    }
}

} // namespace

// libvterm's objects and the C callbacks that lead back to the widget.
struct TerminalWidget::Vt
{
    VTerm *term = nullptr;
    VTermScreen *screen = nullptr;
    VTermScreenCallbacks callbacks{};

    static Cell cellFrom(VTermScreen *vtScreen, const VTermScreenCell &raw)
    {
        Cell cell;
        if (raw.chars[0] == ContinuationMark) {
            cell.continuation = true;
            cell.width = 0;
        } else {
            for (int c = 0; c < VTERM_MAX_CHARS_PER_CELL && raw.chars[c]; ++c)
                cell.text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&raw.chars[c]), 1);
            cell.width = std::clamp(int(raw.width), 1, 2);
        }
        cell.fg = toQColor(vtScreen, raw.fg);
        cell.bg = toQColor(vtScreen, raw.bg);
        cell.bold = raw.attrs.bold;
        cell.underline = raw.attrs.underline;
        cell.reverse = raw.attrs.reverse;
        return cell;
    }

    // Columns begin..end as text, trailing blanks dropped; a wide character's
    // continuation column adds nothing.
    static QString lineText(const Line &line, int begin = 0, int end = -1)
    {
        if (end < 0)
            end = static_cast<int>(line.size()) - 1;
        QString text;
        for (int column = begin; column <= end && column < static_cast<int>(line.size()); ++column) {
            const Cell &cell = line[std::size_t(column)];
            if (!cell.continuation)
                text += cell.text.isEmpty() ? QStringLiteral(" ") : cell.text;
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    }

    explicit Vt(TerminalWidget *owner)
    {
        term = vterm_new(owner->m_rows, owner->m_columns);
        vterm_set_utf8(term, 1);
        vterm_output_set_callback(
            term,
            [](const char *bytes, size_t length, void *user) {
                emit static_cast<TerminalWidget *>(user)->input(QByteArray(bytes, static_cast<qsizetype>(length)));
            },
            owner);
        screen = vterm_obtain_screen(term);
        callbacks.damage = [](VTermRect, void *user) {
            static_cast<TerminalWidget *>(user)->update();
            return 1;
        };
        callbacks.movecursor = [](VTermPos pos, VTermPos, int visible, void *user) {
            auto *self = static_cast<TerminalWidget *>(user);
            self->m_cursor = QPoint(pos.col, pos.row);
            self->m_cursorVisible = visible;
            self->update();
            return 1;
        };
        callbacks.settermprop = [](VTermProp prop, VTermValue *value, void *user) {
            auto *self = static_cast<TerminalWidget *>(user);
            if (prop == VTERM_PROP_CURSORVISIBLE)
                self->m_cursorVisible = value->boolean;
            else if (prop == VTERM_PROP_TITLE && value->string)
                self->setWindowTitle(QString::fromUtf8(value->string));
            return 1;
        };
        callbacks.bell = [](void *) {
            QApplication::beep();
            return 1;
        };
        callbacks.sb_pushline = [](int cols, const VTermScreenCell *cells, void *user) {
            auto *self = static_cast<TerminalWidget *>(user);
            Line line;
            line.reserve(static_cast<std::size_t>(cols));
            for (int i = 0; i < cols; ++i) {
                line.push_back(Vt::cellFrom(self->m_vt->screen, cells[i]));
            }
            self->pushScrollback(std::move(line));
            return 1;
        };
        callbacks.sb_popline = [](int cols, VTermScreenCell *cells, void *user) {
            auto *self = static_cast<TerminalWidget *>(user);
            Line line;
            if (!self->popScrollback(cols, line))
                return 0;
            for (int i = 0; i < cols; ++i) {
                VTermScreenCell &cell = cells[i];
                cell = VTermScreenCell{};
                const Cell stored = i < static_cast<int>(line.size()) ? line[std::size_t(i)] : Cell{};
                cell.width = static_cast<char>(stored.width);
                const auto ucs4 = stored.text.toUcs4();
                cell.chars[0] = stored.continuation ? ContinuationMark : ucs4.isEmpty() ? 0 : ucs4.first();
                vterm_color_rgb(&cell.fg, 0xe5, 0xe5, 0xe5);
                vterm_color_rgb(&cell.bg, 0, 0, 0);
            }
            return 1;
        };
        vterm_screen_set_callbacks(screen, &callbacks, owner);
        vterm_screen_set_damage_merge(screen, VTERM_DAMAGE_SCROLL);
        vterm_screen_enable_altscreen(screen, 1);
        vterm_screen_reset(screen, 1);
    }
    ~Vt() { vterm_free(term); }
    Vt(const Vt &) = delete;
    Vt &operator=(const Vt &) = delete;
};

TerminalWidget::TerminalWidget(QWidget *parent) : QWidget(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setMouseTracking(false);
    m_vt = std::make_unique<Vt>(this);
    const QFontMetrics metrics(font());
    m_cellSize = QSize(std::max(1, metrics.horizontalAdvance(QLatin1Char('M'))), std::max(1, metrics.height()));
    setMinimumSize(m_cellSize.width() * 20, m_cellSize.height() * 5);
}

TerminalWidget::~TerminalWidget() = default;

void TerminalWidget::feed(const QByteArray &hostOutput)
{
    vterm_input_write(m_vt->term, hostOutput.constData(), static_cast<size_t>(hostOutput.size()));
    vterm_screen_flush_damage(m_vt->screen);
    m_scroll = 0; // new output brings the view back to the bottom
    update();
}

void TerminalWidget::reset()
{
    vterm_screen_reset(m_vt->screen, 1);
    m_scrollback.clear();
    m_scroll = 0;
    update();
}

void TerminalWidget::pushScrollback(Line line)
{
    m_scrollback.push_back(std::move(line));
    while (static_cast<int>(m_scrollback.size()) > ScrollbackLimit)
        m_scrollback.pop_front();
}

bool TerminalWidget::popScrollback(int, Line &line)
{
    if (m_scrollback.empty())
        return false;
    line = std::move(m_scrollback.back());
    m_scrollback.pop_back();
    return true;
}

TerminalWidget::Cell TerminalWidget::cellAt(int row, int column) const
{
    VTermScreenCell raw{};
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns
        || !vterm_screen_get_cell(m_vt->screen, VTermPos{row, column}, &raw))
        return Cell{};
    return Vt::cellFrom(m_vt->screen, raw);
}


TerminalWidget::Line TerminalWidget::lineAt(int absolute) const
{
    const int stored = scrollbackLines();
    if (absolute < stored)
        return absolute >= 0 ? m_scrollback[std::size_t(absolute)] : Line{};
    Line line;
    for (int column = 0; column < m_columns; ++column)
        line.push_back(cellAt(absolute - stored, column));
    return line;
}

QString TerminalWidget::screenLine(int row) const
{
    return Vt::lineText(lineAt(scrollbackLines() + row));
}

QString TerminalWidget::scrollbackLine(int index) const
{
    return Vt::lineText(lineAt(index));
}

QColor TerminalWidget::foregroundAt(int row, int column) const { return cellAt(row, column).fg; }
QColor TerminalWidget::backgroundAt(int row, int column) const { return cellAt(row, column).bg; }

void TerminalWidget::scrollBy(int lines)
{
    m_scroll = std::clamp(m_scroll + lines, 0, scrollbackLines());
    update();
}

void TerminalWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    const int first = scrollbackLines() - m_scroll;
    QPoint selFrom = m_selectionStart, selTo = m_selectionEnd;
    if (selTo.y() < selFrom.y() || (selTo.y() == selFrom.y() && selTo.x() < selFrom.x()))
        std::swap(selFrom, selTo);
    const auto selected = [&](int column, int line) {
        if (selFrom.y() < 0)
            return false;
        const bool afterStart = line > selFrom.y() || (line == selFrom.y() && column >= selFrom.x());
        const bool beforeEnd = line < selTo.y() || (line == selTo.y() && column <= selTo.x());
        return afterStart && beforeEnd;
    };
    QFont bold = font();
    bold.setBold(true);
    for (int row = 0; row < m_rows; ++row) {
        const Line line = lineAt(first + row);
        for (int column = 0; column < static_cast<int>(line.size()); ++column) {
            const Cell &cell = line[std::size_t(column)];
            if (cell.continuation)
                continue; // painted with the wide character before it
            QColor fg = cell.fg, bg = cell.bg;
            if (cell.reverse != selected(column, first + row))
                std::swap(fg, bg);
            const QRect box(column * m_cellSize.width(), row * m_cellSize.height(), m_cellSize.width() * cell.width,
                            m_cellSize.height());
            painter.fillRect(box, bg);
            if (!cell.text.isEmpty() && cell.text != QLatin1String(" ")) {
                painter.setFont(cell.bold ? bold : font());
                painter.setPen(fg);
                painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, cell.text);
            }
            if (cell.underline)
                painter.fillRect(box.left(), box.bottom(), box.width(), 1, fg);
        }
    }
    if (m_cursorVisible && m_scroll == 0) {
        const QRect box(m_cursor.x() * m_cellSize.width(), m_cursor.y() * m_cellSize.height(), m_cellSize.width(),
                        m_cellSize.height());
        if (hasFocus())
            painter.fillRect(box, QColor(255, 255, 255, 140));
        else {
            painter.setPen(Qt::white);
            painter.drawRect(box.adjusted(0, 0, -1, -1));
        }
    }
}

void TerminalWidget::updateSize()
{
    const int rows = std::max(2, height() / m_cellSize.height());
    const int columns = std::max(2, width() / m_cellSize.width());
    if (rows == m_rows && columns == m_columns)
        return;
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(m_vt->term, rows, columns);
    vterm_screen_flush_damage(m_vt->screen);
    emit sizeChanged(rows, columns);
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateSize();
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool ctrlShift = (mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier);
    if (ctrlShift && event->key() == Qt::Key_C) {
        copy();
        return;
    }
    if (ctrlShift && event->key() == Qt::Key_V) {
        paste();
        return;
    }
    if ((mods & Qt::ShiftModifier) && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        scrollBy(event->key() == Qt::Key_PageUp ? m_rows / 2 : -m_rows / 2);
        return;
    }
    const VTermModifier vmods = modifiers(mods);
    if (const VTermKey key = keyFor(event->key()); key != VTERM_KEY_NONE) {
        vterm_keyboard_key(m_vt->term, key, vmods);
    } else if ((mods & Qt::ControlModifier) && event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z) {
        vterm_keyboard_unichar(m_vt->term, static_cast<uint32_t>('a' + (event->key() - Qt::Key_A)), vmods);
    } else {
        const auto text = event->text().toUcs4();
        for (const char32_t c : text)
            vterm_keyboard_unichar(m_vt->term, static_cast<uint32_t>(c),
                                   static_cast<VTermModifier>(vmods & ~VTERM_MOD_SHIFT));
        if (text.isEmpty()) {
            QWidget::keyPressEvent(event);
            return;
        }
    }
    m_scroll = 0;
    update();
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false; // Tab belongs to the host
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    scrollBy(event->angleDelta().y() / 40);
}

QPoint TerminalWidget::cellFromPoint(QPoint point) const
{
    const int column = std::clamp(point.x() / m_cellSize.width(), 0, m_columns - 1);
    const int row = std::clamp(point.y() / m_cellSize.height(), 0, m_rows - 1);
    return QPoint(column, scrollbackLines() - m_scroll + row);
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    if (event->button() == Qt::MiddleButton) {
        paste();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_selectionStart = m_selectionEnd = cellFromPoint(event->position().toPoint());
        m_selecting = true;
        update();
    }
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selectionEnd = cellFromPoint(event->position().toPoint());
    update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting || event->button() != Qt::LeftButton)
        return;
    m_selecting = false;
    if (m_selectionStart == m_selectionEnd) {
        m_selectionStart = m_selectionEnd = QPoint(-1, -1);
    } else if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard->supportsSelection()) {
        clipboard->setText(selectedText(), QClipboard::Selection);
    }
    update();
}

QString TerminalWidget::selectedText() const
{
    if (m_selectionStart.y() < 0)
        return {};
    QPoint from = m_selectionStart, to = m_selectionEnd;
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QStringList lines;
    for (int absolute = from.y(); absolute <= to.y(); ++absolute) {
        const Line line = lineAt(absolute);
        const int begin = absolute == from.y() ? from.x() : 0;
        const int end = absolute == to.y() ? to.x() : static_cast<int>(line.size()) - 1;
        lines << Vt::lineText(line, begin, end);
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalWidget::selectAll()
{
    m_selectionStart = QPoint(0, 0);
    m_selectionEnd = QPoint(m_columns - 1, scrollbackLines() + m_rows - 1);
    update();
}

void TerminalWidget::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TerminalWidget::paste()
{
    QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\r")).replace(QLatin1Char('\n'), QLatin1Char('\r'));
    vterm_keyboard_start_paste(m_vt->term);
    for (const char32_t c : text.toUcs4())
        vterm_keyboard_unichar(m_vt->term, static_cast<uint32_t>(c), VTERM_MOD_NONE);
    vterm_keyboard_end_paste(m_vt->term);
}
