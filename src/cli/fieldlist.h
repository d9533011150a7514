// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// "Label      : value" lines as ipmitool prints them. Labels are padded to a fixed
// width, or to the longest label when a translation is longer, so columns stay aligned.
class FieldList
{
public:
    explicit FieldList(int width) : m_width(width) {}

    FieldList &add(const QString &label, const QString &value);
    FieldList &addHeading(const QString &label); // "Label :" over an indented list
    FieldList &addLine(const QString &line);     // a line of its own (list items)
    QString text() const;

private:
    struct Line
    {
        QString label;
        QString value;
        enum Kind { Field, Heading, Plain } kind = Field;
    };

    int m_width;
    QList<Line> m_lines;
};
