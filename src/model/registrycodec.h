// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

class ServerRegistry;

// The JSON form of the server tree:
//   {"format": "bmcpilot-servers", "version": 1,
//    "children": [{"type": "group", "id": ..., "name": ..., "children": [...]},
//                 {"type": "server", "id": ..., "name": ..., "address": ..., ...}]}
// Decoding checks every field and names the first problem with its JSON-pointer path
// ("/children/2/port: ..."), so a hand-edited file can be fixed. Unknown keys are errors:
// a writer that adds fields must raise the version.
class RegistryCodec
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCodec)

public:
    static constexpr int Version = 1;
    static inline const QString Format = QStringLiteral("bmcpilot-servers");

    enum class Status { Ok, Invalid, FutureVersion };
    struct Result
    {
        Status status = Status::Ok;
        QString error;
    };

    static QByteArray encode(const ServerRegistry &registry);
    // On success `into` holds the decoded tree; on failure it is left unspecified.
    static Result decode(const QByteArray &json, ServerRegistry &into);

private:
    static QJsonObject encodeNode(const ServerRegistry &registry, const QUuid &id);
    static QString decodeChildren(const QJsonObject &object, const QString &path,
                                  const QUuid &parent, ServerRegistry &into);
    static QString decodeServer(const QJsonObject &object, const QString &path,
                                const QUuid &parent, ServerRegistry &into);
};
