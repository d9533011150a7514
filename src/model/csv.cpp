// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QRegularExpression>

namespace {

struct Cursor
{
    QStringView text;
    qsizetype pos = 0;
    int line = 1;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return text[pos]; }
    bool atLineBreak() const
    {
        return !atEnd() && (peek() == QLatin1Char('\n') ||
                            (peek() == QLatin1Char('\r') && pos + 1 < text.size() &&
                             text[pos + 1] == QLatin1Char('\n')));
    }
    void skipLineBreak()
    {
        pos += peek() == QLatin1Char('\r') ? 2 : 1;
        ++line;
    }
    // Moves to the start of the line after `afterLine` (used to resync after an error).
    void resyncAfter(qsizetype start, int startLine)
    {
        pos = start;
        line = startLine;
        while (!atEnd() && !atLineBreak())
            ++pos;
        if (!atEnd())
            skipLineBreak();
    }
};

bool startsLikeFormula(QStringView field)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !field.isEmpty() && starts.contains(field.front());
}

bool isPlainNumber(const QString &field)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    return number.match(field).hasMatch();
}

} // namespace

// The guard formatField() adds comes off again, so that parse(format(x)) gives x.
QString Csv::withoutFormulaGuard(const QString &field)
{
    if (field.startsWith(u'\'') && needsFormulaGuard(field.mid(1)))
        return field.mid(1);
    return field;
}

bool Csv::needsFormulaGuard(const QString &field)
{
    return (startsLikeFormula(field) && !isPlainNumber(field))
           || (field.startsWith(u'\'') && startsLikeFormula(QStringView(field).mid(1)));
}

Csv::Parsed Csv::parse(QStringView text)
{
    Parsed parsed;
    Cursor c{text};
    if (text.startsWith(QChar(0xfeff)))
        c.pos = 1; // spreadsheet exports often start with a BOM
    while (!c.atEnd()) {
        if (c.atLineBreak()) {
            c.skipLineBreak();
            continue;
        }
        const qsizetype recordStart = c.pos;
        const int recordLine = c.line;
        Record record{recordLine, {}};
        QString error;
        while (error.isEmpty()) {
            QString field;
            if (!c.atEnd() && c.peek() == QLatin1Char('"')) {
                ++c.pos;
                bool closed = false;
                while (!c.atEnd()) {
                    if (c.peek() == QLatin1Char('"')) {
                        if (c.pos + 1 < c.text.size() && c.text[c.pos + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            c.pos += 2;
                            continue;
                        }
                        ++c.pos;
                        closed = true;
                        break;
                    }
                    if (c.atLineBreak()) {
                        field += QLatin1Char('\n');
                        c.skipLineBreak();
                        continue;
                    }
                    field += c.peek();
                    ++c.pos;
                }
                if (!closed) {
                    error = tr("a quoted field is not closed");
                } else if (!c.atEnd() && c.peek() != QLatin1Char(',') && !c.atLineBreak()) {
                    error = tr("unexpected text after a closing quote");
                }
            } else {
                while (!c.atEnd() && c.peek() != QLatin1Char(',') && !c.atLineBreak()) {
                    if (c.peek() == QLatin1Char('"')) {
                        error = tr("a quote inside an unquoted field (enclose the field in quotes "
                                   "and double the quote)");
                        break;
                    }
                    field += c.peek();
                    ++c.pos;
                }
            }
            if (!error.isEmpty())
                break;
            record.fields.append(withoutFormulaGuard(field));
            if (c.atEnd())
                break;
            if (c.atLineBreak()) {
                c.skipLineBreak();
                break;
            }
            ++c.pos; // the comma
        }
        if (!error.isEmpty()) {
            parsed.issues.append({recordLine, error});
            // Resume on the line after the record's first line: whatever a stray quote
            // swallowed may still hold valid records.
            c.resyncAfter(recordStart, recordLine);
            continue;
        }
        parsed.records.append(record);
    }
    return parsed;
}

QString Csv::formatField(const QString &plain)
{
    // A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return
    // before one) as a formula; BMC text is not to be trusted with that. Numbers stay
    // numbers: no formula is only a number.
    const QString field = needsFormulaGuard(plain) ? u'\'' + plain : plain;
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar ch : field) {
        if (special.contains(ch)) {
            quote = true;
            break;
        }
    }
    // Leading or trailing spaces survive only when quoted in many spreadsheet readers.
    if (!quote && !field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        quote = true;
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Csv::formatRecord(const QStringList &fields)
{
    QStringList formatted;
    formatted.reserve(fields.size());
    for (const QString &field : fields)
        formatted.append(formatField(field));
    return formatted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
