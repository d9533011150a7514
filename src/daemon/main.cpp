// SPDX-License-Identifier: GPL-3.0-or-later
// bmcpilotd: polls the BMCs of a server registry in the background and serves their
// readings to Prometheus (/metrics, and /ipmi?target= as the ipmi_exporter does).
#include "daemon/daemonoptions.h"
#include "daemon/daemonsetup.h"
#include "daemon/exporterconfig.h"
#include "daemon/fleetcollector.h"
#include "daemon/metricsserver.h"

#include "model/chassisservice.h"
#include "model/fleet.h"
#include "model/sensormonitor.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void say(const QString &text)
{
    std::fprintf(stderr, "bmcpilotd: %s\n", qPrintable(text));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bmcpilotd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BMCPILOT_VERSION));

    // SIGTERM (systemctl stop) and SIGINT end the event loop, so everything is torn
    // down in order: sessions are closed and pool threads joined. Set up first: a stop
    // may come as soon as the service says it is ready.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    DaemonOptions options;
    if (!options.parse(QCoreApplication::arguments())) {
        say(options.errorString());
        return 2;
    }
    if (options.showHelp) {
        std::fputs(qPrintable(options.helpText()), stdout);
        return 0;
    }
    if (options.showVersion) {
        std::printf("bmcpilotd %s\n", BMCPILOT_VERSION);
        return 0;
    }
    for (const QString &notice : options.notices)
        say(notice);

    ExporterConfig exporterConfig;
    if (!options.exporterConfigPath.isEmpty()) {
        if (!exporterConfig.load(options.exporterConfigPath)) {
            say(exporterConfig.errorString());
            return 2;
        }
        for (const QString &notice : exporterConfig.notices())
            say(notice);
    }

    ServerRegistry registry;
    QString error;
    if (!DaemonSetup::loadRegistry(options.registryPath, registry, &error)) {
        say(error);
        return 2;
    }
    SessionPool pool(std::max(2, QThread::idealThreadCount()));
    Fleet fleet(&registry, &pool);
    int withPassword = 0;
    if (!DaemonSetup::loadCredentials(options, registry, fleet, &withPassword, &error)) {
        say(error);
        return 2;
    }
    if (!QDir().mkpath(options.stateDirectory))
        say(QCoreApplication::translate("main", "Cannot create %1; SDR caches are not kept.").arg(options.stateDirectory));
    SensorMonitor sensors(&fleet, nullptr, QDir(options.stateDirectory).filePath(QStringLiteral("sdr-cache")));
    ChassisService chassis(&fleet);
    FleetCollector collector(&fleet, &sensors, &chassis, options.collector);

    int polled = 0;
    registry.forEachServer([&](const ServerEntry &entry, const QUuid &group) {
        if (!options.shard.owns(entry.id))
            return;
        collector.addServer(entry.id, registry.groupPath(group).join(QLatin1Char('/')));
        ++polled;
    });

    MetricsServer server(&collector, &exporterConfig);
    for (const QString &address : options.listenAddresses) {
        if (!server.listen(address)) {
            say(server.errorString());
            return 1;
        }
    }
    say(QCoreApplication::translate("main", "Polling %1 of %2 servers (shard %3, %4 with a password); serving "
                                            "/metrics and /ipmi on %5 (port %6).")
            .arg(polled)
            .arg(registry.serverCount())
            .arg(options.shard.text())
            .arg(withPassword)
            .arg(options.listenAddresses.join(QLatin1String(", ")))
            .arg(server.port()));

    const int status = app.exec();
    say(QCoreApplication::translate("main", "Stopped."));
    return status;
}
