// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace prom {

// A small HTTP/1.1 server on a loopback port for tests: one request per connection
// (answers close it), GET only, the handler answers now or later. Serves a metrics page
// for Prometheus to scrape, or stands between a client and Prometheus (AuthProxy).
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QUrl url; // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/plain; version=0.0.4; charset=utf-8";
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
    };
    using Respond = std::function<void(const Response &)>;
    using Handler = std::function<void(const Request &, Respond)>;

    explicit TestHttpServer(Handler handler, QObject *parent = nullptr);

    // Listens on 127.0.0.1 on a free port; false with *error on failure.
    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QString address() const; // "127.0.0.1:<port>"
    int requestCount() const { return m_requests; }

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    int m_requests = 0;
};

} // namespace prom
