// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class DaemonOptions;
class Fleet;
class ServerRegistry;

// Startup steps of bmcpilotd that read files: the registry (read only: a damaged file is
// reported, never moved or rewritten, since it belongs to the desktop or to whoever
// deploys it) and the servers' passwords from the credentials file and/or the vault.
// Each returns false with a sentence for the log.
class DaemonSetup
{
    Q_DECLARE_TR_FUNCTIONS(DaemonSetup)

public:
    static bool loadRegistry(const QString &path, ServerRegistry &registry, QString *error);
    // Gives the fleet the password of every registry server that has one; *found counts
    // them. Servers without a password are polled with an empty one (some BMCs allow it).
    static bool loadCredentials(const DaemonOptions &options, ServerRegistry &registry, Fleet &fleet, int *found,
                                QString *error);
};
