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

    // Blank lines are skipped. A leading ' before = + - @, tab or CR (formatField's guard)
    // is taken off.
    static Parsed parse(QStringView text);
    static QString formatRecord(const QStringList &fields);
    // A field that a spreadsheet would run as a formula (it begins with = + - @, tab or
    // CR and is not a plain number) is written with a leading ', which spreadsheets show
    // as text; so is one that already begins with ' before such a character, so that
    // parse() gives back exactly what was formatted.
    static QString formatField(const QString &field);
    static bool needsFormulaGuard(const QString &field);

private:
    static QString withoutFormulaGuard(const QString &field);
};
