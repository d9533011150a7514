// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sim {

// A UDP port, free on every given loopback address, that no other simulator fixture
// hands out while this object lives, in this process or any other (parallel ctest).
//
// Why not just bind-probe: ipmi_sim binds with SO_REUSEADDR, so a second ipmi_sim on
// a port already in use starts fine and silently shares it. So the kernel picks a
// free port (bind to port 0), and an open-file-description lock on byte <port> of a
// lock file in the temporary folder claims it among fixtures; the kernel drops the
// lock when the holder exits, however it exits. udpSocketCount() then catches a
// foreign process that took the port anyway.
class PortReservation
{
public:
    PortReservation() = default;
    ~PortReservation();
    PortReservation(PortReservation &&other) noexcept;
    PortReservation &operator=(PortReservation &&other) noexcept;
    PortReservation(const PortReservation &) = delete;
    PortReservation &operator=(const PortReservation &) = delete;

    // An invalid reservation, with *error set, when no port could be found.
    static PortReservation reserve(const QStringList &addresses, QString *error);

    bool isValid() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    void release();

    // UDP sockets bound to address:port or to the wildcard address on port, now.
    static int udpSocketCount(const QString &address, quint16 port);

private:
    PortReservation(int lockFd, quint16 port) : m_lockFd(lockFd), m_port(port) {}

    int m_lockFd = -1;
    quint16 m_port = 0;
};

} // namespace sim
