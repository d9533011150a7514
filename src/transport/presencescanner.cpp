// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencescanner.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

namespace {
constexpr int SendTickMs = 10;
} // namespace

PresenceScanner::PresenceScanner(QObject *parent)
    : QObject(parent), m_sendTimer(new QTimer(this)), m_quietTimer(new QTimer(this))
{
    qRegisterMetaType<PresenceScanner::Found>();
    m_sendTimer->setInterval(SendTickMs);
    m_quietTimer->setSingleShot(true);
    connect(m_sendTimer, &QTimer::timeout, this, &PresenceScanner::sendSome);
    connect(m_quietTimer, &QTimer::timeout, this, [this] {
        // A quiet period after a round: ping the silent ones again, or stop.
        if (m_round < m_retries && m_answered.size() < m_targets.size()) {
            ++m_round;
            m_next = 0;
            m_sentThisRound = 0;
            m_roundStartMs = m_clock.elapsed();
            m_sendTimer->start();
            return;
        }
        finish();
    });
}

PresenceScanner::~PresenceScanner() = default;

void PresenceScanner::setRate(int pingsPerSecond)
{
    m_rate = std::clamp(pingsPerSecond, 1, 10000);
}

void PresenceScanner::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = std::max(10, milliseconds);
}

void PresenceScanner::setRetries(int retries)
{
    m_retries = std::clamp(retries, 0, 10);
}

QString PresenceScanner::keyOf(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

bool PresenceScanner::start(const QList<Target> &targets)
{
    cancel();
    m_error.clear();
    delete m_socket;
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(QHostAddress::AnyIPv4, 0)) {
        m_error = tr("Cannot open a UDP socket for the sweep: %1").arg(m_socket->errorString());
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &PresenceScanner::readPending);
    m_targets = targets;
    m_sentAt.clear();
    m_answered.clear();
    m_next = 0;
    m_round = 0;
    m_sentThisRound = 0;
    m_running = true;
    m_clock.start();
    m_roundStartMs = 0;
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &PresenceScanner::finish);
        return true;
    }
    m_sendTimer->start();
    sendSome();
    return true;
}

void PresenceScanner::cancel()
{
    if (!m_running)
        return;
    m_sendTimer->stop();
    m_quietTimer->stop();
    m_running = false;
}

void PresenceScanner::sendSome()
{
    // Keep to the rate over the whole round rather than per tick, so timer jitter
    // neither bursts nor starves.
    const qint64 elapsed = m_clock.elapsed() - m_roundStartMs;
    const int allowed = int(std::min<qint64>(qint64(m_rate) * (elapsed + SendTickMs) / 1000, m_targets.size()));
    while (m_sentThisRound < allowed && m_next < m_targets.size()) {
        const Target &target = m_targets[m_next++];
        const QString key = keyOf(target.address, target.port);
        if (m_answered.contains(key))
            continue;
        const ipmi::Bytes ping = ipmi::encodeAsfPresencePing(std::uint8_t(m_next & 0xFF));
        m_socket->writeDatagram(reinterpret_cast<const char *>(ping.data()), qint64(ping.size()), target.address,
                                target.port);
        m_sentAt.insert(key, m_clock.elapsed());
        ++m_sentThisRound;
        if (m_round == 0)
            emit progress(m_next, int(m_targets.size()));
    }
    if (m_next >= m_targets.size()) {
        m_sendTimer->stop();
        m_quietTimer->start(m_timeoutMs);
    }
}

void PresenceScanner::readPending()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!m_running)
            continue;
        QHostAddress sender = datagram.senderAddress();
        if (sender.protocol() == QAbstractSocket::IPv6Protocol) {
            bool isV4 = false;
            const quint32 v4 = sender.toIPv4Address(&isV4);
            if (isV4)
                sender = QHostAddress(v4);
        }
        const quint16 port = quint16(datagram.senderPort());
        const QString key = keyOf(sender, port);
        // Only answers from addresses we pinged count; anything else is noise.
        const auto sent = m_sentAt.constFind(key);
        if (sent == m_sentAt.constEnd() || m_answered.contains(key))
            continue;
        const QByteArray data = datagram.data();
        const auto pong = ipmi::decodeAsfPresencePong(
            ipmi::ByteView(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())));
        if (!pong)
            continue;
        m_answered.insert(key, true);
        emit found(Found{sender, port, *pong, m_clock.elapsed() - *sent});
    }
}

void PresenceScanner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_sendTimer->stop();
    emit finished(int(m_answered.size()), int(m_targets.size()));
}
