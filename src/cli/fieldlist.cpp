// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlist.h"

FieldList &FieldList::add(const QString &label, const QString &value)
{
    m_lines << Line{label, value, Line::Field};
    return *this;
}

FieldList &FieldList::addHeading(const QString &label)
{
    m_lines << Line{label, {}, Line::Heading};
    return *this;
}

FieldList &FieldList::addLine(const QString &line)
{
    m_lines << Line{line, {}, Line::Plain};
    return *this;
}

QString FieldList::text() const
{
    qsizetype width = m_width;
    for (const Line &line : m_lines) {
        if (line.kind != Line::Plain)
            width = std::max(width, line.label.size());
    }
    QString text;
    for (const Line &line : m_lines) {
        switch (line.kind) {
        case Line::Field:
            text += line.label.leftJustified(width) + QStringLiteral(": ") + line.value + u'\n';
            break;
        case Line::Heading: // ipmitool puts no space after this colon
            text += line.label.leftJustified(width) + QStringLiteral(":\n");
            break;
        case Line::Plain:
            text += line.label + u'\n';
            break;
        }
    }
    return text;
}
