// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/privilege.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sim {

struct Account
{
    QString user;
    QString password;
    ipmi::Privilege privilege = ipmi::Privilege::Administrator;
};

enum class BmcKind
{
    IpmiSim,    // OpenIPMI's ipmi_sim
    Pyghmi,     // pyghmi's BMC class as packaged: cipher suite 3 only
    Sha256Peer, // pyghmi BMC with rmcpplus_peer.py sessions: suites 17, 16, 15 and 3
};

// "ipmi_sim", "pyghmi", "pyghmi-sha256".
QString kindName(BmcKind kind);

// One simulated BMC as a client sees it. A plain value, safe to copy across threads.
struct SimBmc
{
    QString name; // unique within its fixture, e.g. "sim-01"
    BmcKind kind = BmcKind::IpmiSim;
    QString profile;        // ipmi_sim server profile ("r2u"); empty for pyghmi
    QString host;           // the address to talk to
    QStringList extraHosts; // further addresses the BMC also answers on, same port
    quint16 port = 0;
    QList<Account> accounts;
    QList<int> cipherSuites; // RMCP+ suites it negotiates, preferred first
    QString directory;       // its configuration, hook scripts, logs and state files
    qint64 pid = 0;

    // The first account with exactly this privilege, if there is one.
    std::optional<Account> account(ipmi::Privilege privilege) const;
};

} // namespace sim
