// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpburst.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

QList<HttpBurst::Answer> HttpBurst::get(quint16 port, const QStringList &paths, int timeoutMs)
{
    QList<Answer> answers(paths.size());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received(std::size_t(paths.size()));
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    qsizetype open = paths.size();
    auto done = [&](qsizetype i) {
        answers[i].ms = double(clock.nsecsElapsed()) / 1e6;
        const QByteArray &raw = received[std::size_t(i)];
        const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
        if (raw.startsWith("HTTP/1.") && headerEnd > 0) {
            answers[i].status = raw.mid(9, 3).toInt();
            answers[i].body = raw.mid(headerEnd + 4);
        }
        if (--open == 0)
            loop.quit();
    };
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        QObject::connect(s, &QTcpSocket::connected, s, [s, path = paths[i]] {
            s->write("GET " + path.toUtf8() + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        });
        auto finished = std::make_shared<bool>(false);
        auto finish = [s, &received, i, done, finished] {
            if (*finished)
                return;
            *finished = true;
            received[std::size_t(i)] += s->readAll();
            done(i);
        };
        // A server may keep the connection open after the answer: Content-Length ends it.
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, &received, i, finish] {
            QByteArray &raw = received[std::size_t(i)];
            raw += s->readAll();
            const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            for (const QByteArray &line : raw.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:") &&
                    raw.size() - headerEnd - 4 >= line.mid(15).trimmed().toLongLong())
                    finish();
            }
        });
        QObject::connect(s, &QTcpSocket::disconnected, s, finish);
        QObject::connect(s, &QTcpSocket::errorOccurred, s, [s, finish](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError || s->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
        s->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(socket));
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (open > 0)
        loop.exec();
    for (auto &socket : sockets)
        socket->abort();
    return answers;
}
