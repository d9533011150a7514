// SPDX-License-Identifier: GPL-3.0-or-later
#include "portreservation.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace sim {

namespace {

constexpr int maxAttempts = 200;

std::optional<in_addr> ipv4(const QString &address)
{
    in_addr result{};
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &result) != 1)
        return std::nullopt;
    return result;
}

// A UDP socket bound to address:port (port 0: the kernel picks), or -1.
int bindUdp(in_addr address, quint16 port, quint16 *boundPort)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_port = qToBigEndian(port);
    local.sin_addr = address;
    socklen_t length = sizeof(local);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), length) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0) {
        ::close(fd);
        return -1;
    }
    *boundPort = qFromBigEndian(local.sin_port);
    return fd;
}

// Write-locks byte <port> of the shared lock file for as long as the returned
// descriptor stays open; -1 when another fixture holds it (or on error).
int lockPort(quint16 port, QString *error)
{
    const QByteArray path = QFile::encodeName(QDir::tempPath() + "/bmcpilot-sim-ports.lock");
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
        *error = QStringLiteral("cannot open the port lock file %1: %2")
                     .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = port;
    lock.l_len = 1;
    if (::fcntl(fd, F_OFD_SETLK, &lock) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

PortReservation::~PortReservation()
{
    release();
}

PortReservation::PortReservation(PortReservation &&other) noexcept
    : m_lockFd(std::exchange(other.m_lockFd, -1)), m_port(std::exchange(other.m_port, 0))
{}

PortReservation &PortReservation::operator=(PortReservation &&other) noexcept
{
    if (this != &other) {
        release();
        m_lockFd = std::exchange(other.m_lockFd, -1);
        m_port = std::exchange(other.m_port, 0);
    }
    return *this;
}

PortReservation PortReservation::reserve(const QStringList &addresses, QString *error)
{
    std::vector<in_addr> binds;
    for (const QString &address : addresses) {
        const auto parsed = ipv4(address);
        if (!parsed) {
            *error = QStringLiteral("%1 is not an IPv4 address").arg(address);
            return {};
        }
        binds.push_back(*parsed);
    }
    if (binds.empty()) {
        *error = QStringLiteral("no address to reserve a port on");
        return {};
    }
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        quint16 port = 0;
        std::vector<int> probes{bindUdp(binds.front(), 0, &port)};
        bool free = probes.front() >= 0;
        for (size_t i = 1; free && i < binds.size(); ++i) {
            quint16 same = 0;
            probes.push_back(bindUdp(binds[i], port, &same));
            free = probes.back() >= 0;
        }
        QString lockError;
        const int lockFd = free ? lockPort(port, &lockError) : -1;
        for (int fd : probes) {
            if (fd >= 0)
                ::close(fd);
        }
        if (lockFd >= 0)
            return PortReservation(lockFd, port);
        if (!lockError.isEmpty()) {
            *error = lockError;
            return {};
        }
    }
    *error = QStringLiteral("no free UDP port on %1 after %2 attempts")
                 .arg(addresses.join(QStringLiteral(", ")))
                 .arg(maxAttempts);
    return {};
}

void PortReservation::release()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    m_lockFd = -1;
    m_port = 0;
}

int PortReservation::udpSocketCount(const QString &address, quint16 port)
{
    const auto parsed = ipv4(address);
    if (!parsed)
        return -1;
    // The kernel prints the address as the hex value of s_addr in host byte order.
    const QByteArray exact =
        QByteArray::number(parsed->s_addr, 16).rightJustified(8, '0').toUpper() + ':' +
        QByteArray::number(port, 16).rightJustified(4, '0').toUpper();
    const QByteArray wildcard = "00000000:" + exact.mid(9);
    // /proc/net/udp is produced piecewise while other processes open and close sockets,
    // so one reading can skip a line. A missed socket would hand out a busy port, a
    // phantom one only another port: take the largest of a few readings.
    int most = -1;
    for (int reading = 0; reading < 3; ++reading) {
        QFile table(QStringLiteral("/proc/net/udp"));
        if (!table.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return most;
        const QList<QByteArray> lines = table.readAll().split('\n');
        int count = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() > 1 && (fields[1] == exact || fields[1] == wildcard))
                ++count;
        }
        most = std::max(most, count);
    }
    return most;
}

} // namespace sim
