// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdrloader.h"

#include "cli/operationtask.h"
#include "model/sdrcachestore.h"

#include <cstdio>
#include <memory>

namespace {

void printWarning(const QString &message)
{
    std::fprintf(stderr, "warning: %s\n", message.toLocal8Bit().constData());
}

} // namespace

void loadSdr(HostSession &session, TaskDone done, SdrNext next, const SdrLoadOptions &options)
{
    using namespace ipmi::sdr;
    std::shared_ptr<const SdrCacheStore> store;
    if (options.useCache)
        store = std::make_shared<const SdrCacheStore>(
            options.cacheDirectory.isEmpty() ? SdrCacheStore::defaultDirectory() : options.cacheDirectory);

    SdrCacheLookup lookup;
    if (store) {
        lookup = [store](const BmcIdentity &identity) {
            QString warning;
            auto cache = store->load(QString::fromStdString(identity.cacheKey()), &warning);
            if (!warning.isEmpty())
                printWarning(warning);
            return cache;
        };
    }
    auto reader = std::make_shared<SdrRepositoryReader>(std::move(lookup));
    runOperation(session, std::shared_ptr<ipmi::op::Operation<SdrRepository>>(reader), std::move(done),
                 [store, next = std::move(next)](SdrRepository repository) {
                     for (const std::string &warning : repository.warnings)
                         printWarning(QString::fromStdString(warning));
                     // A repository read with warnings (a record that does not decode, a
                     // looping chain) is not stored: the cache must hold a clean copy.
                     if (store && !repository.fromCache && repository.warnings.empty()) {
                         QString error;
                         if (!store->save(QString::fromStdString(repository.identity.cacheKey()), repository,
                                          &error))
                             printWarning(error);
                     }
                     next(std::move(repository));
                 });
}
