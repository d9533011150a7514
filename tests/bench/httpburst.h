// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Many HTTP GETs to one loopback server at the same moment, each on its own connection,
// as Prometheus scrapes many targets of one exporter concurrently. An answer ends with
// its Content-Length, or when the server closes the connection. (QNetworkAccessManager
// would queue them six at a time.) Runs an event loop until every answer is in or
// timeoutMs has passed.
class HttpBurst
{
public:
    struct Answer
    {
        int status = 0; // 0: no answer (refused, reset, timed out)
        QByteArray body;
        double ms = 0;
    };

    static QList<Answer> get(quint16 port, const QStringList &paths, int timeoutMs = 120000);
};
