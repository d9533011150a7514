// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpfaultproxy.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

struct UdpFaultProxy::Client
{
    QHostAddress address;
    quint16 port = 0;
    QUdpSocket *upstream = nullptr;
};

namespace {

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

} // namespace

UdpFaultProxy::UdpFaultProxy(QHostAddress upstream, quint16 upstreamPort, Faults faults,
                             QObject *parent)
    : QObject(parent), m_upstream(std::move(upstream)), m_upstreamPort(upstreamPort),
      m_faults(faults), m_listener(new QUdpSocket(this)), m_random(faults.seed)
{
    connect(m_listener, &QUdpSocket::readyRead, this, &UdpFaultProxy::onClientDatagrams);
}

UdpFaultProxy::~UdpFaultProxy()
{
    qDeleteAll(m_clients);
}

bool UdpFaultProxy::listen(const QHostAddress &address, quint16 port)
{
    if (!isLoopback(address) || !isLoopback(m_upstream)) {
        m_error = tr("the fault proxy works on loopback addresses only");
        return false;
    }
    if (!m_listener->bind(address, port)) {
        m_error = m_listener->errorString();
        return false;
    }
    return true;
}

quint16 UdpFaultProxy::listenPort() const
{
    return m_listener->localPort();
}

void UdpFaultProxy::setFaults(const Faults &faults)
{
    m_faults = faults;
    m_random.seed(faults.seed);
}

bool UdpFaultProxy::chance(double probability)
{
    if (probability <= 0)
        return false;
    return std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
}

void UdpFaultProxy::onClientDatagrams()
{
    while (m_listener->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_listener->receiveDatagram();
        const QString key = QStringLiteral("%1|%2").arg(datagram.senderAddress().toString())
                                .arg(datagram.senderPort());
        Client *client = m_clients.value(key);
        if (!client) {
            client = new Client;
            client->address = datagram.senderAddress();
            client->port = static_cast<quint16>(datagram.senderPort());
            client->upstream = new QUdpSocket(this);
            client->upstream->bind(QHostAddress::LocalHost, 0);
            connect(client->upstream, &QUdpSocket::readyRead, this,
                    [this, client] { onUpstreamDatagrams(client); });
            m_clients.insert(key, client);
        }
        if (m_faults.refuseEncryptedSuites) {
            if (const auto refusal = forgedRefusal(datagram.data())) {
                ++m_counters.forgedRefusals;
                emitNow(m_listener, *refusal, client->address, client->port);
                continue;
            }
        }
        pass(client->upstream, datagram.data(), m_upstream, m_upstreamPort);
    }
}

std::optional<QByteArray> UdpFaultProxy::forgedRefusal(const QByteArray &request)
{
    // RMCP (4 bytes), auth type 06h, payload type 10h, session ID and sequence (0), length,
    // then the payload: tag, privilege, 2 reserved, console session ID, and three 8-byte
    // algorithm records (authentication, integrity, confidentiality: algorithm at byte 4).
    constexpr int Payload = 16;
    constexpr int ConfidentialityAlgorithm = Payload + 8 + 8 + 8 + 4;
    if (request.size() <= ConfidentialityAlgorithm || quint8(request[4]) != 0x06
        || (quint8(request[5]) & 0x3F) != 0x10 || (quint8(request[ConfidentialityAlgorithm]) & 0x3F) == 0)
        return std::nullopt;
    QByteArray payload;
    payload.append(request[Payload]);     // the request's tag
    payload.append(char(0x11));           // no cipher suite match with proposed security algorithms
    payload.append(char(0));              // maximum privilege
    payload.append(char(0));              // reserved
    payload.append(request.mid(Payload + 4, 4)); // the console's session ID
    QByteArray response = request.left(4);         // the RMCP header
    response.append(char(0x06));
    response.append(char(0x11)); // Open Session Response
    response.append(QByteArray(8, '\0'));
    response.append(char(payload.size()));
    response.append(char(0));
    return response + payload;
}

void UdpFaultProxy::onUpstreamDatagrams(Client *client)
{
    while (client->upstream->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = client->upstream->receiveDatagram();
        pass(m_listener, datagram.data(), client->address, client->port);
    }
}

void UdpFaultProxy::pass(QUdpSocket *socket, QByteArray data, const QHostAddress &to, quint16 port)
{
    if (m_cut || chance(m_faults.loss)) {
        ++m_counters.dropped;
        return;
    }
    if (!data.isEmpty() && chance(m_faults.corrupt)) {
        const auto index = std::uniform_int_distribution<qsizetype>(0, data.size() - 1)(m_random);
        const auto bit = std::uniform_int_distribution<int>(0, 7)(m_random);
        data[index] = static_cast<char>(data[index] ^ (1 << bit));
        ++m_counters.corrupted;
    }
    const int copies = chance(m_faults.duplicate) ? 2 : 1;
    if (copies == 2)
        ++m_counters.duplicated;

    auto send = [this, socket, data, to, port] {
        if (!m_held && chance(m_faults.reorder)) {
            m_held = Held{socket, data, to, port};
            ++m_counters.reordered;
            // Never hold one back for good: release it if nothing overtakes it soon.
            QTimer::singleShot(200, this, [this] {
                if (m_held) {
                    const Held held = *m_held;
                    m_held.reset();
                    emitNow(held.socket, held.data, held.to, held.port);
                }
            });
            return;
        }
        emitNow(socket, data, to, port);
        if (m_held) {
            const Held held = *m_held;
            m_held.reset();
            emitNow(held.socket, held.data, held.to, held.port);
        }
    };
    for (int i = 0; i < copies; ++i) {
        int delay = m_faults.delayMs;
        if (m_faults.jitterMs > 0)
            delay += std::uniform_int_distribution<int>(0, m_faults.jitterMs)(m_random);
        if (delay > 0)
            QTimer::singleShot(delay, this, send);
        else
            send();
    }
}

void UdpFaultProxy::emitNow(QUdpSocket *socket, const QByteArray &data, const QHostAddress &to,
                            quint16 port)
{
    ++m_counters.forwarded;
    socket->writeDatagram(data, to, port);
}
