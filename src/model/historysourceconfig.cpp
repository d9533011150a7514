// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysourceconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString Format = QStringLiteral("bmcpilot-history-sources");

QString authName(PrometheusConnection::Auth auth)
{
    switch (auth) {
    case PrometheusConnection::Auth::None: return QStringLiteral("none");
    case PrometheusConnection::Auth::Basic: return QStringLiteral("basic");
    case PrometheusConnection::Auth::Bearer: return QStringLiteral("bearer");
    }
    return QStringLiteral("none");
}

} // namespace

QByteArray HistorySourceFile::encode(const QList<HistorySourceConfig> &configs)
{
    QJsonArray sources;
    for (const HistorySourceConfig &config : configs) {
        QJsonObject source{{QStringLiteral("group"), config.group.isNull() ? QString() : config.group.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("kind"), config.kind == HistorySourceConfig::Kind::Prometheus
                                                        ? QStringLiteral("prometheus")
                                                        : QStringLiteral("local")}};
        if (config.kind == HistorySourceConfig::Kind::Prometheus) {
            source.insert(QStringLiteral("url"), config.url.toString());
            source.insert(QStringLiteral("auth"), authName(config.auth));
            if (config.auth == PrometheusConnection::Auth::Basic)
                source.insert(QStringLiteral("user"), config.user);
        }
        sources.append(source);
    }
    const QJsonObject root{{QStringLiteral("format"), Format},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("sources"), sources}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<HistorySourceConfig>> HistorySourceFile::decode(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != Format) {
        *error = tr("it is not a BMC Pilot history sources file");
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > Version) {
        *error = tr("it has format version %1, but this BMC Pilot reads only up to version %2")
                     .arg(root.value(QStringLiteral("version")).toVariant().toString())
                     .arg(Version);
        return std::nullopt;
    }
    QList<HistorySourceConfig> configs;
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject source = sources.at(i).toObject();
        const auto bad = [&](const QString &what) {
            *error = tr("/sources/%1: %2").arg(i).arg(what);
            return std::nullopt;
        };
        HistorySourceConfig config;
        const QString group = source.value(QStringLiteral("group")).toString();
        config.group = QUuid::fromString(group);
        if (!group.isEmpty() && config.group.isNull())
            return bad(tr("\"%1\" is not a group id").arg(group));
        const QString kind = source.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("local")) {
            config.kind = HistorySourceConfig::Kind::Local;
        } else if (kind == QLatin1String("prometheus")) {
            config.kind = HistorySourceConfig::Kind::Prometheus;
            config.url = QUrl(source.value(QStringLiteral("url")).toString());
            const QString auth = source.value(QStringLiteral("auth")).toString(QStringLiteral("none"));
            if (auth == authName(PrometheusConnection::Auth::Basic))
                config.auth = PrometheusConnection::Auth::Basic;
            else if (auth == authName(PrometheusConnection::Auth::Bearer))
                config.auth = PrometheusConnection::Auth::Bearer;
            else if (auth != authName(PrometheusConnection::Auth::None))
                return bad(tr("unknown authentication \"%1\" (none, basic or bearer)").arg(auth));
            config.user = source.value(QStringLiteral("user")).toString();
        } else {
            return bad(tr("unknown kind \"%1\" (local or prometheus)").arg(kind));
        }
        configs.append(config);
    }
    return configs;
}

std::optional<QList<HistorySourceConfig>> HistorySourceFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return QList<HistorySourceConfig>();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The history sources file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    auto configs = decode(file.readAll(), &problem);
    if (!configs)
        *error = tr("The history sources file %1 cannot be used: %2.").arg(path, problem);
    return configs;
}

bool HistorySourceFile::save(const QString &path, const QList<HistorySourceConfig> &configs, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encode(configs)) < 0 || !file.commit()) {
        *error = tr("The history sources cannot be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
