// SPDX-License-Identifier: GPL-3.0-or-later
#include "authproxy.h"

#include <QNetworkReply>

namespace prom {

AuthProxy::AuthProxy(QUrl upstream, QByteArray expectedAuthorization, QObject *parent)
    : QObject(parent), m_upstream(std::move(upstream)), m_expected(std::move(expectedAuthorization)),
      m_server([this](const TestHttpServer::Request &request, TestHttpServer::Respond respond) {
          if (request.headers.value("authorization") != m_expected) {
              ++m_refused;
              respond({401, "text/plain", "Unauthorized\n", {{"WWW-Authenticate", "Basic realm=\"prometheus\""}}});
              return;
          }
          ++m_passed;
          QUrl target = m_upstream;
          target.setPath(request.url.path());
          target.setQuery(request.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
          QNetworkReply *reply = m_network.get(QNetworkRequest(target));
          connect(reply, &QNetworkReply::finished, this, [reply, respond] {
              reply->deleteLater();
              const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
              respond({status ? status : 502, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                       reply->readAll(), {}});
          });
      })
{}

QUrl AuthProxy::url() const
{
    return QUrl(QStringLiteral("http://%1").arg(m_server.address()));
}

} // namespace prom
