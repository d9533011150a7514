// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdrloader.h"

#include "cli/operationtask.h"
#include "cli/terminaltext.h"
#include "model/sdrcachestore.h"

#include <cstdio>
#include <memory>


void loadSdr(HostSession &session, TaskDone done, SdrNext next, const SdrLoadOptions &options)
{
    using namespace ipmi::sdr;
    std::shared_ptr<const SdrCacheStore> store;
    if (options.useCache)
        store = std::make_shared<const SdrCacheStore>(
            options.cacheDirectory.isEmpty() ? SdrCacheStore::defaultDirectory() : options.cacheDirectory);
    const QString location = session.location();
    auto reader = store ? store->reader(location, [](const QString &warning) { printWarning(warning); })
                        : std::make_shared<SdrRepositoryReader>();
    runOperation(session, std::shared_ptr<ipmi::op::Operation<SdrRepository>>(reader), std::move(done),
                 [store, location, next = std::move(next)](SdrRepository repository) {
                     printWarnings(repository.warnings);
                     QString error;
                     if (store && !store->storeRead(location, repository, &error))
                         printWarning(error);
                     next(std::move(repository));
                 });
}
