// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemon/snapshotmetrics.h"

#include "model/serverentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// The ipmi_exporter's configuration file (--config.file): its `modules:` map, so an
// existing file works unchanged. Per module: user, pass, privilege (user, operator,
// admin), timeout (milliseconds), collectors (ipmi, bmc, chassis, sel), driver (LAN
// means IPMI 1.5, LAN_2_0 or none IPMI 2.0), exclude_sensor_ids, and cipher_suite (ours:
// pins the RMCP+ suite). Keys only FreeIPMI needs (workaround_flags,
// custom_args, collector_cmd, ...) and collectors bmcpilotd does not have (dcmi,
// sm-lan-mode, ...) are accepted and listed in notices(). Without a file, or for a module
// the file does not name, the module "default" applies, as with the exporter.
class ExporterConfig
{
    Q_DECLARE_TR_FUNCTIONS(ExporterConfig)

public:
    struct Module
    {
        QString user;
        QByteArray password; // wiped with the config
        ipmi::Privilege privilege = ipmi::Privilege::Administrator;
        ServerEntry::Interface interface = ServerEntry::Interface::LanPlus;
        std::chrono::milliseconds timeout{10000};
        SnapshotMetrics::Collectors collectors;
        std::optional<int> cipherSuite;
        QSet<quint16> excludedSensorIds; // exclude_sensor_ids: SDR record ids left out
    };

    ExporterConfig();
    ~ExporterConfig();

    // false with errorString() naming the file and line; the config is then unchanged.
    bool load(const QString &path);
    bool parse(const QByteArray &yaml, const QString &sourceName);

    // The module of that name, else "default", else the built-in default module.
    const Module &module(const QString &name) const;
    bool hasModule(const QString &name) const { return m_modules.contains(name); }
    QStringList moduleNames() const { return m_modules.keys(); }
    QStringList notices() const { return m_notices; }
    QString errorString() const { return m_error; }

    // bmc, ipmi, chassis (the exporter's default set, without dcmi).
    static SnapshotMetrics::Collectors defaultCollectors();

private:
    QHash<QString, Module> m_modules;
    Module m_builtIn;
    QStringList m_notices;
    QString m_error;
};
