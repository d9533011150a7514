// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttpserver.h"

#include <QNetworkAccessManager>

namespace prom {

// An HTTP server in front of another (Prometheus) that asks for credentials, the way a
// reverse proxy guards a shared Prometheus: requests whose Authorization header is not
// exactly `expected` get 401; the others are passed on and their answer passed back.
class AuthProxy : public QObject
{
    Q_OBJECT

public:
    AuthProxy(QUrl upstream, QByteArray expectedAuthorization, QObject *parent = nullptr);

    bool listen(QString *error) { return m_server.listen(error); }
    QUrl url() const;
    int refused() const { return m_refused; }
    int passed() const { return m_passed; }

private:
    QUrl m_upstream;
    QByteArray m_expected;
    QNetworkAccessManager m_network;
    TestHttpServer m_server;
    int m_refused = 0;
    int m_passed = 0;
};

} // namespace prom
