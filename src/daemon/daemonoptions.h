// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemon/fleetcollector.h"
#include "daemon/shard.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// bmcpilotd's settings, from the command line over the configuration file
// (/etc/bmcpilot/bmcpilotd.conf unless --conf names another; "name = value" lines with
// the long option names, '#' comments). The ipmi_exporter's flags --config.file and
// --web.listen-address are bmcpilotd's own; its other flags (--freeipmi.path,
// --log.level, --log.format, --web.systemd-socket) are accepted with a notice.
//
// Credentials from systemd: with LoadCredential=, $CREDENTIALS_DIRECTORY/credentials and
// $CREDENTIALS_DIRECTORY/vault-password are used when the options do not name files.
class DaemonOptions
{
    Q_DECLARE_TR_FUNCTIONS(DaemonOptions)

public:
    static constexpr const char *DefaultConfPath = "/etc/bmcpilot/bmcpilotd.conf";
    static constexpr const char *DefaultStateDir = "/var/lib/bmcpilot";

    QString registryPath;
    QString credentialsPath;
    QString vaultPath;
    QString vaultPasswordPath;
    QString exporterConfigPath;
    QStringList listenAddresses{QStringLiteral(":9290")};
    QString stateDirectory;
    Shard shard;
    FleetCollector::Settings collector;
    QStringList notices;
    bool showHelp = false;
    bool showVersion = false;

    // false with errorString() for a bad option or configuration line.
    bool parse(const QStringList &arguments);
    QString errorString() const { return m_error; }
    QString helpText() const { return m_help; }

private:
    bool apply(const QString &name, const QString &value, const QString &where);
    bool readConfFile(const QString &path, bool mustExist);

    QString m_error;
    QString m_help;
};
