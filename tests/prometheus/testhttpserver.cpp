// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <QPointer>
#include <QTcpSocket>

namespace prom {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    default: return "Status";
    }
}

} // namespace

TestHttpServer::TestHttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onConnection);
}

bool TestHttpServer::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = QStringLiteral("cannot listen on 127.0.0.1: %1").arg(m_server.errorString());
    return false;
}

QString TestHttpServer::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

void TestHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer->size() > 64 * 1024)
                    socket->abort();
                return;
            }
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            Request request;
            request.method = first.value(0);
            request.url = QUrl::fromEncoded(first.value(1));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            ++m_requests;
            const QPointer<QTcpSocket> guard(socket);
            const Respond respond = [guard](const Response &response) {
                if (!guard)
                    return;
                QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) +
                                  "\r\nContent-Type: " + response.contentType +
                                  "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                                  "\r\nConnection: close\r\n";
                for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
                    head += it.key() + ": " + it.value() + "\r\n";
                guard->write(head + "\r\n" + response.body);
                guard->disconnectFromHost();
            };
            if (request.method != "GET") {
                respond({405, "text/plain", "GET only\n", {}});
                return;
            }
            m_handler(request, respond);
        });
    }
}

} // namespace prom
