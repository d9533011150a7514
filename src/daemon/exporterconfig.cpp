// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/exporterconfig.h"

#include "ipmi/core/privilege.h"

#include <QFile>

#include <yaml.h>

#include <memory>

namespace {

// A loaded YAML document, freed on every path.
struct Document
{
    yaml_document_t doc{};
    bool loaded = false;
    ~Document()
    {
        if (loaded)
            yaml_document_delete(&doc);
    }
};

QString scalar(yaml_document_t *, yaml_node_t *node)
{
    if (!node || node->type != YAML_SCALAR_NODE)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(node->data.scalar.value),
                             qsizetype(node->data.scalar.length));
}

std::optional<TargetSnapshot::Collector> collectorNamed(const QString &name)
{
    for (int c = 0; c < TargetSnapshot::CollectorCount; ++c) {
        if (name == QLatin1String(TargetSnapshot::collectorName(TargetSnapshot::Collector(c))))
            return TargetSnapshot::Collector(c);
    }
    return std::nullopt;
}

} // namespace

ExporterConfig::ExporterConfig()
{
    m_builtIn.collectors = defaultCollectors();
}

ExporterConfig::~ExporterConfig()
{
    for (Module &module : m_modules)
        module.password.fill('\0');
}

SnapshotMetrics::Collectors ExporterConfig::defaultCollectors()
{
    SnapshotMetrics::Collectors set;
    set.set(TargetSnapshot::Ipmi).set(TargetSnapshot::Bmc).set(TargetSnapshot::Chassis);
    return set;
}

const ExporterConfig::Module &ExporterConfig::module(const QString &name) const
{
    if (auto found = m_modules.constFind(name); found != m_modules.constEnd())
        return *found;
    if (auto fallback = m_modules.constFind(QStringLiteral("default")); fallback != m_modules.constEnd())
        return *fallback;
    return m_builtIn;
}

bool ExporterConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the exporter configuration %1: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path);
}

bool ExporterConfig::parse(const QByteArray &yaml, const QString &sourceName)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        m_error = tr("Out of memory reading %1.").arg(sourceName);
        return false;
    }
    std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> parserGuard(&parser, yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(yaml.constData()),
                                 size_t(yaml.size()));
    Document document;
    if (!yaml_parser_load(&parser, &document.doc)) {
        m_error = tr("%1, line %2: %3")
                      .arg(sourceName)
                      .arg(parser.problem_mark.line + 1)
                      .arg(QString::fromUtf8(parser.problem ? parser.problem : "not YAML"));
        return false;
    }
    document.loaded = true;
    yaml_document_t *doc = &document.doc;
    yaml_node_t *root = yaml_document_get_root_node(doc);
    if (!root) {
        m_error = tr("%1 is empty: it needs a \"modules:\" map.").arg(sourceName);
        return false;
    }
    if (root->type != YAML_MAPPING_NODE) {
        m_error = tr("%1: the top level must be a map with \"modules:\".").arg(sourceName);
        return false;
    }

    QHash<QString, Module> modules;
    QStringList notices;
    for (yaml_node_pair_t *pair = root->data.mapping.pairs.start; pair < root->data.mapping.pairs.top; ++pair) {
        const QString key = scalar(doc, yaml_document_get_node(doc, pair->key));
        yaml_node_t *value = yaml_document_get_node(doc, pair->value);
        if (key != QLatin1String("modules")) {
            notices << tr("%1: \"%2\" is not used by bmcpilotd.").arg(sourceName, key);
            continue;
        }
        if (!value || value->type != YAML_MAPPING_NODE) {
            m_error = tr("%1: \"modules\" must be a map of module names.").arg(sourceName);
            return false;
        }
        for (yaml_node_pair_t *m = value->data.mapping.pairs.start; m < value->data.mapping.pairs.top; ++m) {
            const QString name = scalar(doc, yaml_document_get_node(doc, m->key));
            yaml_node_t *body = yaml_document_get_node(doc, m->value);
            const int line = body ? int(body->start_mark.line) + 1 : 0;
            if (name.isEmpty() || !body || body->type != YAML_MAPPING_NODE) {
                m_error = tr("%1, line %2: a module must be a name with a map of settings.").arg(sourceName).arg(line);
                return false;
            }
            Module module;
            module.collectors = defaultCollectors();
            for (yaml_node_pair_t *s = body->data.mapping.pairs.start; s < body->data.mapping.pairs.top; ++s) {
                const QString setting = scalar(doc, yaml_document_get_node(doc, s->key));
                yaml_node_t *node = yaml_document_get_node(doc, s->value);
                const QString text = scalar(doc, node);
                const int at = node ? int(node->start_mark.line) + 1 : line;
                auto fail = [&](const QString &why) {
                    m_error = tr("%1, line %2, module \"%3\": %4").arg(sourceName).arg(at).arg(name, why);
                    return false;
                };
                if (setting == QLatin1String("user")) {
                    module.user = text;
                } else if (setting == QLatin1String("pass")) {
                    module.password = text.toUtf8();
                } else if (setting == QLatin1String("privilege")) {
                    const auto level = ipmi::privilegeFromName(text.toStdString());
                    if (!level)
                        return fail(tr("privilege \"%1\" is not user, operator or admin.").arg(text));
                    module.privilege = *level;
                } else if (setting == QLatin1String("timeout")) {
                    bool ok = false;
                    const qint64 ms = text.toLongLong(&ok);
                    if (!ok || ms < 100 || ms > 600000)
                        return fail(tr("timeout \"%1\" is not a number of milliseconds from 100 to 600000.").arg(text));
                    module.timeout = std::chrono::milliseconds(ms);
                } else if (setting == QLatin1String("driver")) {
                    const QString driver = text.toUpper();
                    if (driver == QLatin1String("LAN"))
                        module.interface = ServerEntry::Interface::Lan;
                    else if (driver == QLatin1String("LAN_2_0"))
                        module.interface = ServerEntry::Interface::LanPlus;
                    else
                        return fail(tr("driver \"%1\" is not LAN or LAN_2_0 (bmcpilotd reaches BMCs over the network "
                                       "only).")
                                        .arg(text));
                } else if (setting == QLatin1String("collectors")) {
                    if (!node || node->type != YAML_SEQUENCE_NODE)
                        return fail(tr("collectors must be a list."));
                    module.collectors.reset();
                    for (yaml_node_item_t *item = node->data.sequence.items.start; item < node->data.sequence.items.top;
                         ++item) {
                        const QString collector = scalar(doc, yaml_document_get_node(doc, *item));
                        if (const auto known = collectorNamed(collector))
                            module.collectors.set(*known);
                        else
                            notices << tr("%1, module \"%2\": the collector \"%3\" is not provided by bmcpilotd; it is "
                                          "left out.")
                                           .arg(sourceName, name, collector);
                    }
                } else if (setting == QLatin1String("exclude_sensor_ids")) {
                    if (!node || node->type != YAML_SEQUENCE_NODE)
                        return fail(tr("exclude_sensor_ids must be a list."));
                    for (yaml_node_item_t *item = node->data.sequence.items.start; item < node->data.sequence.items.top;
                         ++item) {
                        bool ok = false;
                        const uint id = scalar(doc, yaml_document_get_node(doc, *item)).toUInt(&ok);
                        if (!ok || id > 0xFFFF)
                            return fail(tr("exclude_sensor_ids holds something that is not a record id."));
                        module.excludedSensorIds.insert(quint16(id));
                    }
                } else if (setting == QLatin1String("cipher_suite")) {
                    bool ok = false;
                    const int suite = text.toInt(&ok);
                    if (!ok || suite < 0 || suite > ServerEntry::MaxCipherSuite)
                        return fail(tr("cipher_suite \"%1\" is not a cipher suite number.").arg(text));
                    module.cipherSuite = suite;
                } else {
                    // workaround_flags, custom_args, collector_cmd, exclude_sensor_ids ...
                    notices << tr("%1, module \"%2\": \"%3\" is a FreeIPMI setting that bmcpilotd does not need; it "
                                  "is ignored.")
                                   .arg(sourceName, name, setting);
                }
            }
            modules.insert(name, std::move(module));
        }
    }
    for (Module &old : m_modules)
        old.password.fill('\0');
    m_modules = std::move(modules);
    m_notices = notices;
    m_error.clear();
    return true;
}
