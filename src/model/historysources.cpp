// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysources.h"

#include "prometheusquery.h"
#include "serverregistry.h"
#include "vault.h"
#include "vaultfuture.h"

namespace {

bool needsSecret(const HistorySourceConfig &config)
{
    return config.kind == HistorySourceConfig::Kind::Prometheus && config.auth != PrometheusConnection::Auth::None;
}

} // namespace

HistorySources::HistorySources(ServerRegistry *registry, HistorySource *local, QObject *parent)
    : HistorySource(parent), m_registry(registry), m_local(local)
{
    connect(m_local, &HistorySource::changed, this, &HistorySource::changed);
    connect(m_registry, &ServerRegistry::nodeRemoved, this, &HistorySources::forgetRemovedGroups);
    connect(m_registry, &ServerRegistry::wasReset, this, &HistorySources::forgetRemovedGroups);
    // A server moved to another group may now read from another source.
    connect(m_registry, &ServerRegistry::nodeMoved, this, &HistorySource::changed);
}

HistorySources::~HistorySources() = default;

bool HistorySources::load(const QString &path, QString *error)
{
    auto configs = HistorySourceFile::load(path, error);
    if (!configs)
        return false;
    m_path = path;
    m_configs = *configs;
    rebuild();
    loadSecrets();
    return true;
}

void HistorySources::setVault(Vault *vault)
{
    m_vault = vault;
    if (vault)
        connect(vault, &Vault::stateChanged, this, [this](Vault::State state) {
            if (state == Vault::State::Ready) {
                loadSecrets();
            } else if (state == Vault::State::Locked && !m_secrets.isEmpty()) {
                m_secrets.clear(); // locked means locked: no copies stay behind
                rebuild();
            }
        });
    loadSecrets();
}

void HistorySources::loadSecrets()
{
    if (!m_vault || m_vault->state() != Vault::State::Ready)
        return;
    for (const HistorySourceConfig &config : std::as_const(m_configs)) {
        if (!needsSecret(config) || m_secrets.contains(config.group))
            continue;
        const QUuid group = config.group;
        whenVaultFinished(this, m_vault->retrieve(group, SecretKind::Password), [this, group](const VaultReply &reply) {
            if (reply.ok()) {
                m_secrets.insert(group, reply.value);
                rebuild();
            } else if (reply.status != VaultReply::Status::NotFound) {
                emit problem(tr("The password or token of a Prometheus history source cannot be read from the "
                                "vault: %1")
                                 .arg(reply.error));
            }
        });
    }
}

std::optional<HistorySourceConfig> HistorySources::ownConfig(const QUuid &group) const
{
    for (const HistorySourceConfig &config : m_configs)
        if (config.group == group)
            return config;
    return std::nullopt;
}

HistorySourceConfig HistorySources::effectiveConfig(const QUuid &node) const
{
    QUuid at = m_registry->isGroup(node) ? node : m_registry->parentOf(node);
    for (;;) {
        if (const auto own = ownConfig(at))
            return *own;
        if (at.isNull())
            return {};
        at = m_registry->parentOf(at);
    }
}

bool HistorySources::setConfig(const QUuid &group, const std::optional<HistorySourceConfig> &config,
                               const std::optional<SecretValue> &secret, QString *error)
{
    m_configs.removeIf([&](const HistorySourceConfig &one) { return one.group == group; });
    if (config) {
        HistorySourceConfig stored = *config;
        stored.group = group;
        m_configs.append(stored);
    }
    const bool keepSecret = config && needsSecret(*config);
    if (keepSecret && secret) {
        m_secrets.insert(group, *secret);
        if (m_vault)
            whenVaultFinished(this, m_vault->store(group, SecretKind::Password, *secret),
                              [this](const VaultReply &reply) {
                                  if (!reply.ok())
                                      emit problem(tr("The password or token of the Prometheus history source "
                                                      "is kept for this session only: %1")
                                                       .arg(reply.error));
                              });
    } else if (!keepSecret && m_secrets.remove(group) > 0 && m_vault) {
        whenVaultFinished(this, m_vault->remove(group, SecretKind::Password), [](const VaultReply &) {});
    }
    rebuild();
    return save(error);
}

bool HistorySources::save(QString *error)
{
    QString ignored;
    return m_path.isEmpty() || HistorySourceFile::save(m_path, m_configs, error ? error : &ignored);
}

void HistorySources::forgetRemovedGroups()
{
    const qsizetype removed = m_configs.removeIf([this](const HistorySourceConfig &config) {
        if (config.group.isNull() || m_registry->isGroup(config.group))
            return false;
        m_secrets.remove(config.group);
        if (m_vault) // also when this run never read it
            whenVaultFinished(this, m_vault->remove(config.group, SecretKind::Password), [](const VaultReply &) {});
        return true;
    });
    rebuild(); // also without a removed group: a removed server's series answer differently now
    QString error;
    if (removed > 0 && !save(&error))
        emit problem(error);
}

void HistorySources::rebuild()
{
    qDeleteAll(m_prometheus);
    m_prometheus.clear();
    emit changed();
}

PrometheusHistorySource *HistorySources::createPrometheus(const HistorySourceConfig &config,
                                                          const SecretValue &secret, QObject *parent) const
{
    const QPointer<ServerRegistry> registry(m_registry);
    auto resolve = [registry](const QUuid &host) -> std::optional<PrometheusHistorySource::Target> {
        const ServerEntry *entry = registry ? registry->findServer(host) : nullptr;
        if (!entry)
            return std::nullopt;
        return PrometheusHistorySource::Target{PrometheusQuery::targetLabel(*entry), entry->name};
    };
    return new PrometheusHistorySource({config.url, config.auth, config.user, secret}, resolve, parent);
}

HistorySource *HistorySources::sourceOf(const QUuid &host)
{
    const HistorySourceConfig config = effectiveConfig(host);
    if (config.kind != HistorySourceConfig::Kind::Prometheus)
        return m_local;
    if (needsSecret(config) && !m_secrets.contains(config.group))
        return nullptr;
    PrometheusHistorySource *&source = m_prometheus[config.group];
    if (!source)
        source = createPrometheus(config, m_secrets.value(config.group), this);
    return source;
}

void HistorySources::query(const QList<HistorySeriesKey> &series, qint64 fromMs, qint64 toMs, int maxPoints,
                           QObject *context, QueryCallback done)
{
    struct Part
    {
        HistorySource *source;
        QList<int> indexes;
        QList<HistorySeriesKey> keys;
    };
    QList<Part> parts;
    auto answers = std::make_shared<QList<HistoryAnswer>>(series.size());
    for (int i = 0; i < series.size(); ++i) {
        HistorySource *source = sourceOf(series[i].host);
        if (!source) {
            (*answers)[i].error = tr("The password or token of the Prometheus history source is in the password "
                                     "vault, which is not unlocked yet.");
            continue;
        }
        auto part = std::find_if(parts.begin(), parts.end(), [&](const Part &p) { return p.source == source; });
        if (part == parts.end())
            part = parts.insert(parts.end(), Part{source, {}, {}});
        part->indexes << i;
        part->keys << series[i];
    }
    auto remaining = std::make_shared<int>(static_cast<int>(parts.size()));
    auto shared = std::make_shared<QueryCallback>(std::move(done));
    if (parts.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [context = QPointer<QObject>(context), answers, shared] {
                if (context)
                    (*shared)(*answers);
            },
            Qt::QueuedConnection);
        return;
    }
    for (const Part &part : std::as_const(parts))
        part.source->query(part.keys, fromMs, toMs, maxPoints, context,
                           [answers, remaining, shared, indexes = part.indexes](QList<HistoryAnswer> got) {
                               for (int j = 0; j < indexes.size() && j < got.size(); ++j)
                                   (*answers)[indexes[j]] = std::move(got[j]);
                               if (--*remaining == 0)
                                   (*shared)(*answers);
                           });
}

void HistorySources::events(const QUuid &host, qint64 fromMs, qint64 toMs, QObject *context, EventsCallback done)
{
    m_local->events(host, fromMs, toMs, context, std::move(done));
}
