// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historysource.h"
#include "model/historysourceconfig.h"

#include <QHash>
#include <QPointer>

#include <memory>

class ServerRegistry;
class Vault;

// The history source of every server: the one set for its nearest group (walking up the
// tree, then the whole registry), else the local store. query() sends each series to its
// server's source and answers once all have answered, in order. SEL events always come
// from the local store: Prometheus holds no event text.
//
// Secrets: a Prometheus source's password or token is kept in the Vault under the group's
// id (the null id for the whole registry) with SecretKind::Password. Groups and servers
// share one id space, so it never meets a server's password, and the vault file keeps the
// format older releases read. Secrets are read when the vault is ready and forgotten when
// it is locked; meanwhile a source that needs one answers with an error saying so.
//
// Threading contract: a GUI-thread object, like the registry and vault it uses.
class HistorySources : public HistorySource
{
    Q_OBJECT

public:
    HistorySources(ServerRegistry *registry, HistorySource *local, QObject *parent = nullptr);
    ~HistorySources() override;

    // Loads the configuration from path (saved there after each change); false with *error
    // when the file cannot be used (the sources are then all local and nothing is saved).
    bool load(const QString &path, QString *error);
    // Secrets come from and go to this vault (null: kept for this run only).
    void setVault(Vault *vault);

    QList<HistorySourceConfig> configs() const { return m_configs; }
    // The configuration set on this group itself (not inherited).
    std::optional<HistorySourceConfig> ownConfig(const QUuid &group) const;
    // What applies to a server or group: its own, inherited, or local.
    HistorySourceConfig effectiveConfig(const QUuid &node) const;

    // Sets (or, with nullopt, removes) the group's own configuration, with the secret for
    // its authentication when one is given; saves. false with *error on a save failure.
    bool setConfig(const QUuid &group, const std::optional<HistorySourceConfig> &config,
                   const std::optional<SecretValue> &secret, QString *error);
    // The secret this object holds for a group's source (empty when none).
    SecretValue secretOf(const QUuid &group) const { return m_secrets.value(group); }

    // A Prometheus source for this configuration, resolving the targets of this registry.
    PrometheusHistorySource *createPrometheus(const HistorySourceConfig &config, const SecretValue &secret,
                                              QObject *parent) const;

    void query(const QList<HistorySeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints, QObject *context,
               QueryCallback done) override;
    void events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context, EventsCallback done) override;

Q_SIGNALS:
    // A vault operation failed; the text never holds the secret.
    void problem(const QString &text);

private:
    HistorySource *sourceOf(const QUuid &host);
    void rebuild();
    void loadSecrets();
    void forgetRemovedGroups();
    bool save(QString *error);

    ServerRegistry *m_registry;
    HistorySource *m_local;
    QPointer<Vault> m_vault;
    QString m_path;
    QList<HistorySourceConfig> m_configs;
    QHash<QUuid, SecretValue> m_secrets;
    QHash<QUuid, PrometheusHistorySource *> m_prometheus; // by configured group; owned
};
