// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverexport.h"

#include "csv.h"
#include "serverimport.h"
#include "serverregistry.h"

QString ServerExport::toCsv(const ServerRegistry &registry)
{
    QString out = Csv::formatRecord(ServerImport::Columns);
    registry.forEachServer([&](const ServerEntry &server, const QUuid &group) {
        out += Csv::formatRecord({
            server.name,
            server.address,
            QString::number(server.port),
            ServerEntry::interfaceName(server.interface),
            server.userName,
            ServerEntry::privilegeName(server.privilege),
            server.cipherSuite ? QString::number(*server.cipherSuite) : QStringLiteral("auto"),
            registry.groupPath(group).join(QLatin1Char('/')),
            server.tags.join(QLatin1Char(';')),
            server.notes,
        });
    });
    return out;
}

QString ServerExport::toHostList(const ServerRegistry &registry)
{
    QString out = QStringLiteral("# BMC Pilot host list: host[:port], one per line\n");
    registry.forEachServer([&](const ServerEntry &server, const QUuid &) {
        const bool ipv6 = server.address.contains(QLatin1Char(':'));
        if (server.port == ServerEntry::DefaultPort)
            out += server.address;
        else if (ipv6)
            out += QStringLiteral("[%1]:%2").arg(server.address).arg(server.port);
        else
            out += QStringLiteral("%1:%2").arg(server.address).arg(server.port);
        out += QLatin1Char('\n');
    });
    return out;
}
