// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/shard.h"

#include <QCryptographicHash>
#include <QStringList>

std::optional<Shard> Shard::parse(const QString &text, QString *error)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    bool indexOk = false;
    bool countOk = false;
    const int index = parts.size() == 2 ? parts[0].toInt(&indexOk) : 0;
    const int count = parts.size() == 2 ? parts[1].toInt(&countOk) : 0;
    if (!indexOk || !countOk || count < 1 || count > 1024 || index < 1 || index > count) {
        if (error)
            *error = tr("--shard wants K/N with 1 <= K <= N <= 1024 (e.g. 2/3), not \"%1\".").arg(text);
        return std::nullopt;
    }
    Shard shard;
    shard.m_index = index;
    shard.m_count = count;
    return shard;
}

int Shard::shareOf(const QUuid &server, int count)
{
    const QByteArray digest = QCryptographicHash::hash(server.toString(QUuid::WithoutBraces).toLatin1(),
                                                       QCryptographicHash::Sha256);
    quint64 number = 0;
    for (int i = 0; i < 8; ++i)
        number = (number << 8) | quint8(digest[i]);
    return int(number % quint64(count)) + 1;
}

bool Shard::owns(const QUuid &server) const
{
    return m_count == 1 || shareOf(server, m_count) == m_index;
}
