// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverentry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class ServerRegistry;

// Reads servers from CSV (see Columns) or from a plain host list (one "host[:port]" per
// line, "#" starts a comment; ranges and patterns are not expanded here). Every line that
// is valid is kept; every line that is not gets an issue with its line number.
class ServerImport
{
    Q_DECLARE_TR_FUNCTIONS(ServerImport)

public:
    static const QStringList Columns; // name,address,port,interface,user,privilege,...

    struct Item
    {
        int line = 0;
        ServerEntry entry;
        QStringList groupPath; // "Lab/Rack 3" -> {"Lab", "Rack 3"}; empty: top level
    };
    struct Issue
    {
        int line = 0; // 0: about the whole file (e.g. the header)
        QString message;
    };
    struct Result
    {
        QList<Item> items;
        QList<Issue> issues;
    };

    static Result fromCsv(const QString &text);
    static Result fromHostList(const QString &text);
    // Adds the items under their groups (created as needed). Items the registry refuses
    // become issues; returns the number added.
    static int apply(const Result &result, ServerRegistry &registry, QList<Issue> *issues);

private:
    static QString parseHost(QString text, ServerEntry *entry);
};
