// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QString>

class ExporterConfig;
class FleetCollector;
class QHttpServerRequest;
class QHttpServerResponder;

// bmcpilotd's HTTP side:
//   /metrics   every registry server of this shard, from the latest background poll,
//              each series with target, server and group labels;
//   /ipmi?target=host:port&module=NAME   one BMC in the ipmi_exporter's form (no target
//              label), with the module's login and collectors; a target not yet known
//              is registered and waited for at most its module's timeout;
//   /          a short page naming both.
// A scrape reads snapshots only: it never sends anything to a BMC itself.
//
// Threading contract: a main-thread object, like the FleetCollector it reads.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    MetricsServer(FleetCollector *collector, const ExporterConfig *config, QObject *parent = nullptr);

    // Address forms of the exporter's --web.listen-address: ":9290", "host:port",
    // "[v6]:port". false with errorString() when it cannot listen.
    bool listen(const QString &address);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    QByteArray metricsText() const;
    QByteArray targetText(const QUuid &server, const QString &moduleName) const;

    static bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);
    static constexpr int ListenBacklog = 4096;

private:
    void serveTarget(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    FleetCollector *m_collector;
    const ExporterConfig *m_config;
    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_error;
};
