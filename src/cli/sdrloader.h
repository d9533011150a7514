// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/hostsession.h"
#include "ipmi/sdr/sdrreader.h"

#include <QString>

#include <functional>

// Reads the SDR repository of the session's BMC for any CLI command that needs it (sdr,
// sensor, sel, fru), using the on-disk cache (SdrCacheStore: $XDG_CACHE_HOME/bmcpilot/sdr)
// when it is still current, and storing every complete read. Warnings (damaged records,
// also when they come from the cache, a discarded corrupt cache) go to stderr as
// "warning: ..."; a failure ends the task through done; the repository goes on to
// next(repository).
struct SdrLoadOptions
{
    bool useCache = true;     // false: read the BMC and leave the cache untouched
    QString cacheDirectory;   // empty: the default cache directory
};

using SdrNext = std::function<void(ipmi::sdr::SdrRepository repository)>;

void loadSdr(HostSession &session, TaskDone done, SdrNext next, const SdrLoadOptions &options = {});
