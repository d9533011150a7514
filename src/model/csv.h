// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// RFC 4180 CSV: fields separated by commas, records by CRLF (LF alone is accepted),
// fields with commas, quotes or line breaks enclosed in double quotes, quotes doubled.
// The parser is strict but keeps going: a malformed record is reported with its line
// number and parsing resumes at the next line, so one bad row never hides the rest.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };
    struct Issue
    {
        int line = 0;
        QString message;
    };
    struct Parsed
    {
        QList<Record> records;
        QList<Issue> issues;
    };

    // Blank lines are skipped.
    static Parsed parse(QStringView text);
    static QString formatRecord(const QStringList &fields);
    static QString formatField(const QString &field);
};
