// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/daemonoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace {

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr: a switch
    const char *help;
};

// Every option is also a configuration file key (without the dashes).
constexpr OptionSpec Specs[] = {
    {"registry", "file", QT_TRANSLATE_NOOP("DaemonOptions", "The server registry (the desktop's servers.json).")},
    {"credentials", "file", QT_TRANSLATE_NOOP("DaemonOptions", "BMC passwords, \"<server> = <password>\" lines (0600).")},
    {"vault", "file", QT_TRANSLATE_NOOP("DaemonOptions", "The desktop's encrypted vault file (vault.bin).")},
    {"vault-password-file", "file", QT_TRANSLATE_NOOP("DaemonOptions", "The vault's master password (0600).")},
    {"config.file", "file", QT_TRANSLATE_NOOP("DaemonOptions", "An ipmi_exporter configuration (modules:) for /ipmi.")},
    {"web.listen-address", "address", QT_TRANSLATE_NOOP("DaemonOptions", "Where to serve HTTP (default :9290).")},
    {"shard", "K/N", QT_TRANSLATE_NOOP("DaemonOptions", "Poll only share K of N of the registry (see docs/deploy.md).")},
    {"interval", "seconds", QT_TRANSLATE_NOOP("DaemonOptions", "Sensor poll interval (default 30).")},
    {"chassis-interval", "seconds", QT_TRANSLATE_NOOP("DaemonOptions", "Chassis status poll interval (default 30).")},
    {"sel-interval", "seconds", QT_TRANSLATE_NOOP("DaemonOptions", "SEL poll interval (default 60).")},
    {"timeout", "milliseconds", QT_TRANSLATE_NOOP("DaemonOptions", "Deadline of a poll of a registry server (default 10000).")},
    {"collectors", "list", QT_TRANSLATE_NOOP("DaemonOptions", "Collectors for registry servers (default ipmi,bmc,chassis,sel).")},
    {"forget-after", "seconds", QT_TRANSLATE_NOOP("DaemonOptions", "Forget /ipmi targets not asked for this long (default 600).")},
    {"max-targets", "count", QT_TRANSLATE_NOOP("DaemonOptions", "Most /ipmi targets followed at once (default 1000).")},
    {"state-directory", "dir", QT_TRANSLATE_NOOP("DaemonOptions", "Where SDR caches are kept (default $STATE_DIRECTORY or /var/lib/bmcpilot).")},
    {"freeipmi.path", "dir", QT_TRANSLATE_NOOP("DaemonOptions", "Accepted for the ipmi_exporter; not needed.")},
    {"log.level", "level", QT_TRANSLATE_NOOP("DaemonOptions", "Accepted for the ipmi_exporter; not needed.")},
    {"log.format", "format", QT_TRANSLATE_NOOP("DaemonOptions", "Accepted for the ipmi_exporter; not needed.")},
};

bool readSeconds(const QString &value, int min, int max, std::chrono::milliseconds *out)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || seconds < min || seconds > max)
        return false;
    *out = std::chrono::milliseconds(qint64(seconds * 1000));
    return true;
}

} // namespace

bool DaemonOptions::apply(const QString &name, const QString &value, const QString &where)
{
    auto fail = [&](const QString &why) {
        m_error = where.isEmpty() ? why : tr("%1: %2").arg(where, why);
        return false;
    };
    if (name == QLatin1String("registry")) {
        registryPath = value;
    } else if (name == QLatin1String("credentials")) {
        credentialsPath = value;
    } else if (name == QLatin1String("vault")) {
        vaultPath = value;
    } else if (name == QLatin1String("vault-password-file")) {
        vaultPasswordPath = value;
    } else if (name == QLatin1String("config.file")) {
        exporterConfigPath = value;
    } else if (name == QLatin1String("web.listen-address")) {
        listenAddresses = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &address : listenAddresses)
            address = address.trimmed();
    } else if (name == QLatin1String("shard")) {
        QString why;
        const auto parsed = Shard::parse(value, &why);
        if (!parsed)
            return fail(why);
        shard = *parsed;
    } else if (name == QLatin1String("interval") || name == QLatin1String("chassis-interval") ||
               name == QLatin1String("sel-interval")) {
        std::chrono::milliseconds *target = name == QLatin1String("interval") ? &collector.sensorInterval
                                            : name == QLatin1String("chassis-interval") ? &collector.chassisInterval
                                                                                        : &collector.selInterval;
        if (!readSeconds(value, 1, 86400, target))
            return fail(tr("--%1 wants seconds from 1 to 86400, not \"%2\".").arg(name, value));
    } else if (name == QLatin1String("timeout")) {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms < 100 || ms > 600000)
            return fail(tr("--timeout wants milliseconds from 100 to 600000, not \"%1\".").arg(value));
        collector.timeout = std::chrono::milliseconds(ms);
    } else if (name == QLatin1String("collectors")) {
        SnapshotMetrics::Collectors set;
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool known = false;
            for (int c = 0; c < TargetSnapshot::CollectorCount; ++c) {
                if (item.trimmed() == QLatin1String(TargetSnapshot::collectorName(TargetSnapshot::Collector(c)))) {
                    set.set(std::size_t(c));
                    known = true;
                }
            }
            if (!known)
                return fail(tr("--collectors: \"%1\" is not one of ipmi, bmc, chassis, sel.").arg(item));
        }
        collector.collectors = set;
    } else if (name == QLatin1String("forget-after")) {
        if (!readSeconds(value, 10, 7 * 86400, &collector.forgetAfter))
            return fail(tr("--forget-after wants seconds from 10 to 604800, not \"%1\".").arg(value));
    } else if (name == QLatin1String("max-targets")) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!ok || count < 1 || count > 100000)
            return fail(tr("--max-targets wants a number from 1 to 100000, not \"%1\".").arg(value));
        collector.maxRequestedTargets = count;
    } else if (name == QLatin1String("state-directory")) {
        stateDirectory = value;
    } else if (name == QLatin1String("freeipmi.path") || name == QLatin1String("log.level") ||
               name == QLatin1String("log.format")) {
        notices << tr("--%1 is an ipmi_exporter option that bmcpilotd does not need; it is ignored.").arg(name);
    } else {
        return fail(tr("Unknown setting \"%1\".").arg(name));
    }
    return true;
}

bool DaemonOptions::readConfFile(const QString &path, bool mustExist)
{
    QFile file(path);
    if (!file.exists()) {
        if (mustExist) {
            m_error = tr("The configuration file %1 does not exist.").arg(path);
            return false;
        }
        return true;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString where = tr("%1, line %2").arg(path).arg(number);
        if (equals <= 0) {
            m_error = tr("%1: expected \"name = value\".").arg(where);
            return false;
        }
        if (!apply(line.left(equals).trimmed(), line.mid(equals + 1).trimmed(), where))
            return false;
    }
    return true;
}

bool DaemonOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Polls the BMCs of a BMC Pilot server registry and serves their readings to Prometheus, at /metrics and, "
           "as the ipmi_exporter does, at /ipmi?target=host:port&module=NAME."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    QCommandLineOption conf(QStringLiteral("conf"), tr("Configuration file (default %1).").arg(QLatin1String(DefaultConfPath)),
                            QStringLiteral("file"));
    parser.addOption(conf);
    QCommandLineOption systemdSocket(QStringLiteral("web.systemd-socket"),
                                     tr("Accepted for the ipmi_exporter; not supported."));
    parser.addOption(systemdSocket);
    for (const OptionSpec &spec : Specs)
        parser.addOption(QCommandLineOption(QString::fromLatin1(spec.name), tr(spec.help),
                                            QString::fromLatin1(spec.valueName)));
    parser.addPositionalArgument(QStringLiteral("registry"), tr("The server registry, when --registry is not given."),
                                 QStringLiteral("[registry]"));
    m_help = parser.helpText();
    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return false;
    }
    showHelp = parser.isSet(helpOption);
    showVersion = parser.isSet(versionOption);
    if (showHelp || showVersion)
        return true;
    if (parser.isSet(systemdSocket)) {
        m_error = tr("--web.systemd-socket is not supported; use --web.listen-address.");
        return false;
    }
    const bool confGiven = parser.isSet(conf);
    if (!readConfFile(confGiven ? parser.value(conf) : QString::fromLatin1(DefaultConfPath), confGiven))
        return false;
    for (const OptionSpec &spec : Specs) {
        const QString name = QString::fromLatin1(spec.name);
        // --web.listen-address may be repeated, as with the exporter; for the others the
        // last one counts.
        const QString value = name == QLatin1String("web.listen-address") ? parser.values(name).join(QLatin1Char(','))
                                                                           : parser.value(name);
        if (parser.isSet(name) && !apply(name, value, {}))
            return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        m_error = tr("One registry file at most; got %1 arguments.").arg(positional.size());
        return false;
    }
    if (!positional.isEmpty())
        registryPath = positional.constFirst();

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString credentialsDir = env.value(QStringLiteral("CREDENTIALS_DIRECTORY"));
    if (!credentialsDir.isEmpty()) {
        const QDir dir(credentialsDir);
        if (credentialsPath.isEmpty() && QFileInfo::exists(dir.filePath(QStringLiteral("credentials"))))
            credentialsPath = dir.filePath(QStringLiteral("credentials"));
        if (vaultPasswordPath.isEmpty() && QFileInfo::exists(dir.filePath(QStringLiteral("vault-password"))))
            vaultPasswordPath = dir.filePath(QStringLiteral("vault-password"));
    }
    if (stateDirectory.isEmpty()) {
        const QString fromSystemd = env.value(QStringLiteral("STATE_DIRECTORY")).section(QLatin1Char(':'), 0, 0);
        stateDirectory = fromSystemd.isEmpty() ? QString::fromLatin1(DefaultStateDir) : fromSystemd;
    }
    if (!vaultPath.isEmpty() && vaultPasswordPath.isEmpty()) {
        m_error = tr("--vault needs --vault-password-file (or a vault-password credential) to open it.");
        return false;
    }
    return true;
}
