// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/prometheushistorysource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

// The history source chosen for a group of the server tree (inherited by its subgroups and
// servers) or, with a null group id, for the whole registry. Holds no secret: the password
// or token of a Prometheus source is in the Vault.
struct HistorySourceConfig
{
    enum class Kind { Local, Prometheus };

    QUuid group; // null: the whole registry
    Kind kind = Kind::Local;
    QUrl url;
    PrometheusConnection::Auth auth = PrometheusConnection::Auth::None;
    QString user; // Basic only

    bool operator==(const HistorySourceConfig &other) const = default;
};

// The history sources file (history-sources.json, beside the server list):
//   {"format": "bmcpilot-history-sources", "version": 1,
//    "sources": [{"group": "<uuid>" or "", "kind": "local"|"prometheus",
//                 "url": ..., "auth": "none"|"basic"|"bearer", "user": ...}]}
//
// A file of its own rather than fields in the server list: the server list is also read
// by bmcpilotd and by older releases, which refuse unknown fields, while where this
// desktop reads history from is a choice of its own. Keyed by group id, so renaming or
// moving a group keeps its source. Saved atomically.
class HistorySourceFile
{
    Q_DECLARE_TR_FUNCTIONS(HistorySourceFile)

public:
    static constexpr int Version = 1;

    // nullopt with *error set when the file exists but cannot be used; a missing file is
    // an empty list.
    static std::optional<QList<HistorySourceConfig>> load(const QString &path, QString *error);
    static bool save(const QString &path, const QList<HistorySourceConfig> &configs, QString *error);

    static QByteArray encode(const QList<HistorySourceConfig> &configs);
    static std::optional<QList<HistorySourceConfig>> decode(const QByteArray &json, QString *error);
};
