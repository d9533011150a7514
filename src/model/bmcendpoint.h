// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/session/sessionconfig.h"
#include "transport/localclient.h"

#include <QString>

class IpmiClient;

// Where a BMC is and how to log in: everything a worker needs to open a session. Plain
// value, safe to copy across threads.
struct BmcEndpoint
{
    // The BMC of this machine through the kernel's IPMI driver (`-I open`): no login, so
    // host (a label only), port and config are not used to reach it.
    bool local = false;
    QString host;
    quint16 port = 623;
    ipmi::SessionConfig config;
    // Non-empty for a private session that must not be shared, e.g. a connection test
    // whose password may differ from the one an open session was made with.
    QString isolation;

    // Where the BMC is reached: "host:port" ("[v6]:port"), or "local".
    QString location() const;

    // Sessions are shared by callers that agree on all of these, the credentials
    // included: an entry with a wrong password must never ride on another entry's
    // session to the same BMC and account.
    QString key() const;

    // The client that reaches this BMC, living in the calling thread: a LocalClient on the
    // device localDevices makes (empty: the kernel's) for the local BMC, else a LanClient
    // logging in with config.
    IpmiClient *makeClient(const LocalClient::DeviceFactory &localDevices = {}, QObject *parent = nullptr) const;
};
