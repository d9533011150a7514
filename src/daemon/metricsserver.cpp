// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/metricsserver.h"

#include "daemon/exporterconfig.h"
#include "daemon/exposition.h"
#include "daemon/fleetcollector.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace {

void refuse(QHttpServerResponder &responder, const QString &text)
{
    responder.write(text.toUtf8() + '\n', QByteArrayLiteral("text/plain; charset=utf-8"),
                    QHttpServerResponder::StatusCode::BadRequest);
}

} // namespace

MetricsServer::MetricsServer(FleetCollector *collector, const ExporterConfig *config, QObject *parent)
    : QObject(parent), m_collector(collector), m_config(config)
{
    m_server.route(QStringLiteral("/"), [] {
        return QHttpServerResponse(
            "text/html; charset=utf-8",
            QByteArrayLiteral("<html><head><title>bmcpilotd</title></head><body><h1>bmcpilotd</h1>"
                              "<p><a href=\"/metrics\">Metrics</a> of every server of the registry.</p>"
                              "<p>One BMC as the ipmi_exporter serves it: "
                              "<code>/ipmi?target=host:port&amp;module=default</code></p></body></html>\n"));
    });
    m_server.route(QStringLiteral("/metrics"), [this] {
        return QHttpServerResponse(Exposition::ContentType.toByteArray(), metricsText());
    });
    m_server.route(QStringLiteral("/ipmi"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serveTarget(request, std::move(responder));
    });
}

bool MetricsServer::parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty()) {
        *address = QHostAddress::Any;
    } else if (host == QLatin1String("localhost")) {
        *address = QHostAddress::LocalHost;
    } else if (!address->setAddress(host)) {
        return false;
    }
    *port = quint16(number);
    return true;
}

bool MetricsServer::listen(const QString &text)
{
    QHostAddress address;
    quint16 port = 0;
    if (!parseListenAddress(text, &address, &port)) {
        m_error = tr("--web.listen-address \"%1\" is not [host]:port (e.g. :9290 or 127.0.0.1:9290).").arg(text);
        return false;
    }
    // Prometheus opens one connection per target of a job at the same moment: with the
    // default backlog (50) the kernel drops the rest, and each of those waits a second for
    // its SYN to be sent again.
    auto *listener = new QTcpServer(this);
    listener->setListenBacklogSize(ListenBacklog);
    listener->setMaxPendingConnections(ListenBacklog);
    if (!listener->listen(address, port)) {
        m_error = tr("Cannot listen on %1: %2").arg(text, listener->errorString());
        delete listener;
        return false;
    }
    m_server.bind(listener);
    m_port = listener->serverPort();
    return true;
}

QByteArray MetricsServer::metricsText() const
{
    Exposition out;
    for (const QUuid &server : m_collector->servers()) {
        const FleetCollector::Target *target = m_collector->target(server);
        if (!target)
            continue;
        const Exposition::Labels labels{{"target", target->location.toUtf8()},
                                        {"server", target->name.toUtf8()},
                                        {"group", target->group.toUtf8()}};
        SnapshotMetrics::write(target->snapshot, target->collectors, labels, out);
    }
    return out.text();
}

QByteArray MetricsServer::targetText(const QUuid &server, const QString &moduleName) const
{
    Exposition out;
    if (const FleetCollector::Target *target = m_collector->target(server)) {
        const ExporterConfig::Module &module = m_config->module(moduleName);
        SnapshotMetrics::write(target->snapshot, module.collectors, {}, out, module.excludedSensorIds);
    }
    return out.text();
}

void MetricsServer::serveTarget(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrlQuery query(request.url());
    const QString target = query.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded);
    QString moduleName = query.queryItemValue(QStringLiteral("module"), QUrl::FullyDecoded);
    if (moduleName.isEmpty())
        moduleName = QStringLiteral("default");
    if (target.isEmpty()) {
        refuse(responder, tr("The target parameter is missing: /ipmi?target=host:port&module=NAME."));
        return;
    }
    const ExporterConfig::Module &module = m_config->module(moduleName);
    QString error;
    const QUuid server = m_collector->requestTarget(target, moduleName, module, &error);
    if (server.isNull()) {
        refuse(responder, error);
        return;
    }
    // The answer is sent when the first poll ends (at once for a warm target). The
    // responder outlives this call; the socket may not, when the client gives up first.
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = kept->socket();
    QPointer<MetricsServer> self(this);
    m_collector->whenPolled(server, module.timeout, [self, kept, socket, server, moduleName] {
        if (!self || !socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        kept->write(self->targetText(server, moduleName), Exposition::ContentType.toByteArray());
    });
}
