// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fleet.h"

#include <QUuid>

class CredentialStore;
class Fleet;
class HistoryService;
class HistorySources;
class Poller;
class SelMonitor;
class SensorMonitor;
class ServerTreeModel;
class Vault;

// The model-layer objects the main window and its pages work with. fleet and tree are
// required; the others may be null (tests, the demo lab without a vault), and the pages
// that need them are then left out.
struct AppServices
{
    Fleet *fleet = nullptr;
    ServerTreeModel *tree = nullptr;
    CredentialStore *credentials = nullptr; // null: new passwords live in memory only
    Vault *vault = nullptr;
    SensorMonitor *sensors = nullptr;
    HistoryService *history = nullptr;
    // Where the History page reads from, per group: the local history or Prometheus. Null:
    // the local history alone, and no history source settings.
    HistorySources *historySources = nullptr;
    Poller *poller = nullptr;
    SelMonitor *sel = nullptr;
};

// Gives a server its credentials: into the vault when there is one, else for this run.
void storeCredentials(const AppServices &services, const QUuid &server, const Fleet::Credentials &credentials);
