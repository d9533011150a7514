// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/sdr/sdrcache.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// Cached SDR repositories on disk, one file per BMC (keyFor: where it is reached and who
// it says it is), written atomically with QSaveFile. A file that does not decode is
// deleted on load and reported through the warning, so the caller reads the BMC again.
// reader() and storeRead() are the one cache policy of both front ends.
class SdrCacheStore
{
    Q_DECLARE_TR_FUNCTIONS(SdrCacheStore)

public:
    // $XDG_CACHE_HOME/bmcpilot/sdr (~/.cache/bmcpilot/sdr), whatever the application name.
    static QString defaultDirectory();

    explicit SdrCacheStore(QString directory = defaultDirectory());

    // The key of one BMC's file: where it is reached ("10.0.0.5:623", "local") and who it
    // says it is (BmcIdentity::cacheKey()). Identical GUID-less BMCs at two addresses never
    // share a file, and a BMC that claims another's identity never gets its records.
    static QString keyFor(const QString &location, const ipmi::sdr::BmcIdentity &identity);

    // A repository reader that takes a current copy from this store. The warning about a
    // discarded file goes to warn, in the thread the reader runs in.
    std::shared_ptr<ipmi::sdr::SdrRepositoryReader> reader(const QString &location,
                                                           std::function<void(const QString &)> warn = {}) const;
    // Stores a complete read from the BMC, its warnings included (they come back with the
    // copy); a repository that came from the cache is left as it is.
    bool storeRead(const QString &location, const ipmi::sdr::SdrRepository &repository,
                   QString *error = nullptr) const;

    QString directory() const { return m_directory; }
    // The file for a key: only [0-9A-Za-z_-] of the key are kept, so no key leaves the
    // directory. Empty for a key with none of those characters.
    QString filePath(const QString &key) const;

    std::optional<ipmi::sdr::SdrCache> load(const QString &key, QString *warning = nullptr) const;
    bool save(const QString &key, const ipmi::sdr::SdrRepository &repository, QString *error = nullptr) const;
    void remove(const QString &key) const;

private:
    QString m_directory;
};
