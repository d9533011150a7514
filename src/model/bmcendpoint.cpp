// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmcendpoint.h"

#include "hostlist.h"

#include "transport/lanclient.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

// Keys are compared and hashed, sometimes logged, never stored: a digest salted once per
// process tells credentials apart without putting anything guessable into a key.
QByteArray credentialDigest(const ipmi::SessionConfig &config)
{
    static const QByteArray salt = [] {
        QByteArray bytes(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return bytes;
    }();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    const auto add = [&hash](const ipmi::SecretBytes &secret) {
        const quint32 size = quint32(secret.size());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(secret.view().data()),
                                    qsizetype(secret.size())));
    };
    add(config.password);
    add(config.kg);
    return hash.result().toHex().left(16);
}

} // namespace

QString BmcEndpoint::location() const
{
    return local ? QStringLiteral("local") : HostEndpoint{host, port}.key();
}

QString BmcEndpoint::key() const
{
    if (local)
        return QStringLiteral("local|%1").arg(isolation);
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(host)
        .arg(port)
        .arg(config.version == ipmi::LanVersion::Lan20 ? 2 : 1)
        .arg(QString::fromStdString(config.username))
        .arg(static_cast<int>(config.privilege))
        .arg(config.cipher.pinnedSuite ? int(*config.cipher.pinnedSuite) : -1)
        .arg(QString::fromLatin1(credentialDigest(config)))
        .arg(isolation);
}

IpmiClient *BmcEndpoint::makeClient(const LocalClient::DeviceFactory &localDevices, QObject *parent) const
{
    if (local)
        return new LocalClient(localDevices ? localDevices() : nullptr, parent);
    return new LanClient(host, port, config, parent);
}
