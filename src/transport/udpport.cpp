// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpport.h"

#include <QAbstractEventDispatcher>
#include <QtEndian>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The largest datagram IP can carry: nothing a BMC sends is cut short.
constexpr std::size_t ReceiveBufferSize = 65536;
// Room for bursts from many BMCs at once (the kernel caps it at net.core.rmem_max).
constexpr int SocketBufferBytes = 1 << 20;

bool isV6(const QHostAddress &peer)
{
    return peer.protocol() == QAbstractSocket::IPv6Protocol;
}

UdpPort::PeerKey keyOf(const QHostAddress &peer, quint16 port)
{
    UdpPort::PeerKey key;
    key.port = port;
    key.v6 = isV6(peer);
    if (key.v6) {
        const Q_IPV6ADDR address = peer.toIPv6Address();
        std::memcpy(key.address.data(), address.c, 16);
    } else {
        const quint32 address = qToBigEndian(peer.toIPv4Address());
        std::memcpy(key.address.data(), &address, 4);
    }
    return key;
}

UdpPort::PeerKey keyOf(const sockaddr_storage &from)
{
    UdpPort::PeerKey key;
    if (from.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&from);
        key.v6 = true;
        key.port = ntohs(in6->sin6_port);
        std::memcpy(key.address.data(), &in6->sin6_addr, 16);
    } else {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&from);
        key.port = ntohs(in->sin_port);
        std::memcpy(key.address.data(), &in->sin_addr, 4);
    }
    return key;
}

socklen_t socketAddress(const QHostAddress &peer, quint16 port, sockaddr_storage *to)
{
    std::memset(to, 0, sizeof *to);
    if (isV6(peer)) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(to);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR address = peer.toIPv6Address();
        std::memcpy(&in6->sin6_addr, address.c, 16);
        // A link-local peer needs its interface: "fe80::1%eth0" or "%2".
        if (const QString scope = peer.scopeId(); !scope.isEmpty()) {
            bool numeric = false;
            const uint index = scope.toUInt(&numeric);
            in6->sin6_scope_id = numeric ? index : if_nametoindex(scope.toLocal8Bit().constData());
        }
        return sizeof(sockaddr_in6);
    }
    auto *in = reinterpret_cast<sockaddr_in *>(to);
    in->sin_family = AF_INET;
    in->sin_port = htons(port);
    in->sin_addr.s_addr = qToBigEndian(peer.toIPv4Address());
    return sizeof(sockaddr_in);
}

// The calling thread's shared ports; weak, so the last client closes the socket.
thread_local std::weak_ptr<UdpPort> sharedV4;
thread_local std::weak_ptr<UdpPort> sharedV6;

} // namespace

struct UdpPort::Outgoing
{
    sockaddr_storage to;
    socklen_t toLength;
    ipmi::Bytes datagram;
};

size_t qHash(const UdpPort::PeerKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, qHashBits(key.address.data(), key.v6 ? 16 : 4), key.port, key.v6);
}

std::shared_ptr<UdpPort> UdpPort::shared(const QHostAddress &peer, QString *error)
{
    std::weak_ptr<UdpPort> &slot = isV6(peer) ? sharedV6 : sharedV4;
    if (auto port = slot.lock())
        return port;
    auto port = open(isV6(peer), error);
    slot = port;
    return port;
}

std::shared_ptr<UdpPort> UdpPort::create(const QHostAddress &peer, QString *error)
{
    return open(isV6(peer), error);
}

std::shared_ptr<UdpPort> UdpPort::open(bool v6, QString *error)
{
    const int descriptor = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &SocketBufferBytes, sizeof SocketBufferBytes);
    // Bound now to an ephemeral port on every address, as the first sendto() would.
    sockaddr_storage any{};
    socklen_t length = sizeof(sockaddr_in);
    any.ss_family = v6 ? AF_INET6 : AF_INET;
    if (v6)
        length = sizeof(sockaddr_in6);
    if (::bind(descriptor, reinterpret_cast<const sockaddr *>(&any), length) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(descriptor);
        return nullptr;
    }
    return std::make_shared<UdpPort>(Token{}, descriptor);
}

UdpPort::UdpPort(Token, int descriptor)
    : m_descriptor(descriptor), m_notifier(new QSocketNotifier(descriptor, QSocketNotifier::Read))
{
    QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] { readPending(); });
    // A receiver that runs a nested event loop (a modal dialog) must not hold back what
    // was queued meanwhile: whatever loop is about to wait sends it first.
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance())
        QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, m_notifier, [this] { flushQueued(); });
}

UdpPort::~UdpPort()
{
    flushQueued(); // a receiver's last answers, when it dropped the port
    // Also safe from inside the notifier's own signal (the last client let go in a
    // receiver): QSocketNotifier and the event dispatchers allow deleting it there.
    delete m_notifier;
    ::close(m_descriptor);
}

bool UdpPort::attach(const QHostAddress &peer, quint16 port, Receiver receiver)
{
    const PeerKey key = keyOf(peer, port);
    if (m_receivers.contains(key))
        return false;
    m_receivers.insert(key, std::move(receiver));
    return true;
}

void UdpPort::detach(const QHostAddress &peer, quint16 port)
{
    m_receivers.remove(keyOf(peer, port));
}

bool UdpPort::send(const QHostAddress &peer, quint16 port, ipmi::ByteView datagram)
{
    Outgoing out;
    out.toLength = socketAddress(peer, port, &out.to);
    if (m_dispatching) {
        out.datagram.assign(datagram.begin(), datagram.end());
        m_queued.push_back(std::move(out));
        return true;
    }
    ssize_t sent;
    do {
        sent = ::sendto(m_descriptor, datagram.data(), datagram.size(), 0, reinterpret_cast<const sockaddr *>(&out.to),
                        out.toLength);
    } while (sent < 0 && errno == EINTR);
    return sent == static_cast<ssize_t>(datagram.size());
}

void UdpPort::flushQueued()
{
    if (m_queued.empty())
        return;
    std::size_t done = 0;
    while (done < m_queued.size()) {
        constexpr std::size_t MaxPerCall = 64;
        const std::size_t count = std::min(MaxPerCall, m_queued.size() - done);
        mmsghdr messages[MaxPerCall];
        iovec parts[MaxPerCall];
        for (std::size_t i = 0; i < count; ++i) {
            Outgoing &out = m_queued[done + i];
            parts[i] = {out.datagram.data(), out.datagram.size()};
            messages[i] = {};
            messages[i].msg_hdr.msg_name = &out.to;
            messages[i].msg_hdr.msg_namelen = out.toLength;
            messages[i].msg_hdr.msg_iov = &parts[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        const int sent = ::sendmmsg(m_descriptor, messages, static_cast<unsigned>(count), 0);
        if (sent < 0 && errno == EINTR)
            continue;
        // A datagram the kernel refuses is skipped, like a lost one.
        done += sent > 0 ? std::size_t(sent) : 1;
    }
    m_queued.clear();
}

quint16 UdpPort::localPort() const
{
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (::getsockname(m_descriptor, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return 0;
    return keyOf(local).port;
}

void UdpPort::readPending()
{
    // A receiver may drop the last client, and with it this port: keep it until the end.
    const std::shared_ptr<UdpPort> keep = shared_from_this();
    static thread_local std::unique_ptr<std::uint8_t[]> buffer(new std::uint8_t[ReceiveBufferSize]);
    const bool outermost = !m_dispatching;
    m_dispatching = true;
    for (int i = 0; i < MaxBatch; ++i) {
        sockaddr_storage from{};
        socklen_t fromLength = sizeof from;
        const ssize_t size = ::recvfrom(m_descriptor, buffer.get(), ReceiveBufferSize, 0,
                                        reinterpret_cast<sockaddr *>(&from), &fromLength);
        if (size < 0) {
            if (errno == EINTR)
                continue;
            // EAGAIN: all read. Anything else (an ICMP error queued on the socket) is
            // consumed by this call; the sessions' own deadlines report dead peers.
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            continue;
        }
        const auto found = m_receivers.constFind(keyOf(from));
        if (found == m_receivers.constEnd())
            continue; // not from a peer of ours
        // A copy: the receiver may detach itself (and erase its entry) while it runs.
        const Receiver receiver = *found;
        receiver(ipmi::ByteView(buffer.get(), static_cast<std::size_t>(size)));
    }
    if (outermost) {
        m_dispatching = false;
        flushQueued();
    }
}
