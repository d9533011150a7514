// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// What both front ends do first, for a process that holds BMC passwords and writes
// addresses, user names and event logs to disk:
// - no core dump and no ptrace or /proc/<pid>/mem by other processes of the same user
//   (RLIMIT_CORE 0, PR_SET_DUMPABLE 0), so a crash or a neighbour cannot copy the
//   passwords out of memory;
// - a file creation mask of 077, so that every file it creates (registry, settings,
//   vault, SDR cache, history, exports) is 0600 and every folder 0700;
// - its own folders from earlier versions, created world-readable, made 0700.
// Returns what could not be done, as sentences (empty on success).
QStringList makeProcessPrivate();

// The folders BMC Pilot keeps data in: settings, data (registry, vault, history) and
// the SDR cache.
QStringList privateFolders();
