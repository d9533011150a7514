// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class ServerRegistry;

// Writes the registry as CSV (the columns ServerImport reads, so an export imports back
// unchanged apart from ids) or as a plain host list.
class ServerExport
{
public:
    static QString toCsv(const ServerRegistry &registry);
    static QString toHostList(const ServerRegistry &registry);
};
