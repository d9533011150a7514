// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrycodec.h"

#include "serverregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

QString at(const QString &path, const QString &text)
{
    return QStringLiteral("%1: %2").arg(path.isEmpty() ? QStringLiteral("/") : path, text);
}

// Returns the first key of `object` that is not in `allowed`, or an empty string.
QString unknownKey(const QJsonObject &object, const QSet<QString> &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

} // namespace

QJsonObject RegistryCodec::encodeNode(const ServerRegistry &registry, const QUuid &id)
{
    QJsonObject object;
    object[QStringLiteral("id")] = id.toString(QUuid::WithoutBraces);
    if (registry.isGroup(id)) {
        object[QStringLiteral("type")] = QStringLiteral("group");
        object[QStringLiteral("name")] = registry.group(id)->name;
        QJsonArray children;
        for (const QUuid &child : registry.children(id))
            children.append(encodeNode(registry, child));
        object[QStringLiteral("children")] = children;
        return object;
    }
    const ServerEntry &server = *registry.findServer(id);
    object[QStringLiteral("type")] = QStringLiteral("server");
    object[QStringLiteral("name")] = server.name;
    object[QStringLiteral("address")] = server.address;
    object[QStringLiteral("port")] = int(server.port);
    object[QStringLiteral("interface")] = ServerEntry::interfaceName(server.interface);
    object[QStringLiteral("user")] = server.userName;
    object[QStringLiteral("cipherSuite")] =
        server.cipherSuite ? QJsonValue(*server.cipherSuite) : QJsonValue(QJsonValue::Null);
    object[QStringLiteral("privilege")] = ServerEntry::privilegeName(server.privilege);
    object[QStringLiteral("tags")] = QJsonArray::fromStringList(server.tags);
    object[QStringLiteral("notes")] = server.notes;
    return object;
}

QByteArray RegistryCodec::encode(const ServerRegistry &registry)
{
    QJsonObject root;
    root[QStringLiteral("format")] = Format;
    root[QStringLiteral("version")] = Version;
    QJsonArray children;
    for (const QUuid &child : registry.children())
        children.append(encodeNode(registry, child));
    root[QStringLiteral("children")] = children;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

RegistryCodec::Result RegistryCodec::decode(const QByteArray &json, ServerRegistry &into)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {Status::Invalid, tr("not valid JSON at byte %1: %2")
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return {Status::Invalid, at({}, tr("the document is not a JSON object"))};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != Format)
        return {Status::Invalid, at(QStringLiteral("/format"), tr("expected \"%1\"").arg(Format))};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return {Status::Invalid, at(QStringLiteral("/version"), tr("expected a positive integer"))};
    if (version.toInt() > Version) {
        return {Status::FutureVersion,
                tr("the file has format version %1, but this BMC Pilot reads only up to "
                   "version %2; it was written by a newer release")
                    .arg(version.toInt())
                    .arg(Version)};
    }
    if (const QString key = unknownKey(root, {QStringLiteral("format"), QStringLiteral("version"),
                                              QStringLiteral("children")});
        !key.isEmpty())
        return {Status::Invalid, at(QStringLiteral("/") + key, tr("unknown key"))};
    into.clear();
    if (const QString error = decodeChildren(root, {}, QUuid(), into); !error.isEmpty())
        return {Status::Invalid, error};
    return {};
}

QString RegistryCodec::decodeChildren(const QJsonObject &object, const QString &path,
                                      const QUuid &parent, ServerRegistry &into)
{
    const QString childrenPath = path + QStringLiteral("/children");
    const QJsonValue children = object.value(QStringLiteral("children"));
    if (!children.isArray())
        return at(childrenPath, tr("expected an array"));
    const QJsonArray array = children.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1/%2").arg(childrenPath).arg(i);
        if (!array.at(i).isObject())
            return at(itemPath, tr("expected an object"));
        const QJsonObject item = array.at(i).toObject();
        const QString type = item.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("server")) {
            if (const QString error = decodeServer(item, itemPath, parent, into); !error.isEmpty())
                return error;
            continue;
        }
        if (type != QStringLiteral("group"))
            return at(itemPath + QStringLiteral("/type"), tr("expected \"group\" or \"server\""));
        if (const QString key = unknownKey(item, {QStringLiteral("type"), QStringLiteral("id"),
                                                  QStringLiteral("name"), QStringLiteral("children")});
            !key.isEmpty())
            return at(itemPath + QLatin1Char('/') + key, tr("unknown key"));
        const QUuid id = QUuid::fromString(item.value(QStringLiteral("id")).toString());
        if (id.isNull())
            return at(itemPath + QStringLiteral("/id"), tr("expected a UUID"));
        const QJsonValue name = item.value(QStringLiteral("name"));
        if (!name.isString())
            return at(itemPath + QStringLiteral("/name"), tr("expected a string"));
        QString error;
        if (into.addGroup(name.toString(), parent, &error, id).isNull())
            return at(itemPath, error);
        if (error = decodeChildren(item, itemPath, id, into); !error.isEmpty())
            return error;
    }
    return {};
}

QString RegistryCodec::decodeServer(const QJsonObject &object, const QString &path,
                                    const QUuid &parent, ServerRegistry &into)
{
    static const QSet<QString> keys = {
        QStringLiteral("type"),      QStringLiteral("id"),          QStringLiteral("name"),
        QStringLiteral("address"),   QStringLiteral("port"),        QStringLiteral("interface"),
        QStringLiteral("user"),      QStringLiteral("cipherSuite"), QStringLiteral("privilege"),
        QStringLiteral("tags"),      QStringLiteral("notes")};
    if (const QString key = unknownKey(object, keys); !key.isEmpty())
        return at(path + QLatin1Char('/') + key, tr("unknown key"));
    const auto field = [&](const char *key) { return path + QLatin1Char('/') + QLatin1String(key); };
    const auto string = [&](const char *key, QString *out) -> QString {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            return at(field(key), tr("expected a string"));
        *out = value.toString();
        return {};
    };

    ServerEntry entry;
    entry.id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
    if (entry.id.isNull())
        return at(field("id"), tr("expected a UUID"));
    QString interface, privilege;
    for (const auto &[key, out] : {std::pair{"name", &entry.name}, std::pair{"address", &entry.address},
                                   std::pair{"interface", &interface}, std::pair{"user", &entry.userName},
                                   std::pair{"privilege", &privilege}, std::pair{"notes", &entry.notes}}) {
        if (const QString error = string(key, out); !error.isEmpty())
            return error;
    }
    const QJsonValue port = object.value(QStringLiteral("port"));
    const double portNumber = port.toDouble(-1);
    if (!port.isDouble() || portNumber != double(int(portNumber)) || portNumber < 1 || portNumber > 65535)
        return at(field("port"), tr("expected an integer from 1 to 65535"));
    entry.port = quint16(portNumber);
    const auto parsedInterface = ServerEntry::interfaceFromName(interface);
    if (!parsedInterface)
        return at(field("interface"), tr("expected \"lan\", \"lanplus\" or \"open\""));
    entry.interface = *parsedInterface;
    const auto parsedPrivilege = ServerEntry::privilegeFromName(privilege);
    if (!parsedPrivilege)
        return at(field("privilege"), tr("expected \"user\", \"operator\" or \"administrator\""));
    entry.privilege = *parsedPrivilege;
    const QJsonValue suite = object.value(QStringLiteral("cipherSuite"));
    if (!suite.isNull()) {
        if (!suite.isDouble() || suite.toDouble() != double(suite.toInt()))
            return at(field("cipherSuite"), tr("expected null (automatic) or a suite number"));
        entry.cipherSuite = suite.toInt();
    }
    const QJsonValue tags = object.value(QStringLiteral("tags"));
    if (!tags.isArray())
        return at(field("tags"), tr("expected an array of strings"));
    const QJsonArray tagArray = tags.toArray();
    for (qsizetype i = 0; i < tagArray.size(); ++i) {
        if (!tagArray.at(i).isString())
            return at(QStringLiteral("%1/%2").arg(field("tags")).arg(i), tr("expected a string"));
        entry.tags.append(tagArray.at(i).toString());
    }
    QString error;
    if (into.addServer(entry, parent, &error).isNull())
        return at(path, error);
    return {};
}
