// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/sdr/sdrcache.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Cached SDR repositories on disk, one file per BMC identity (BmcIdentity::cacheKey()),
// written atomically with QSaveFile. A file that does not decode is deleted on load and
// reported through the warning, so the caller reads the BMC again.
class SdrCacheStore
{
    Q_DECLARE_TR_FUNCTIONS(SdrCacheStore)

public:
    // $XDG_CACHE_HOME/bmcpilot/sdr (~/.cache/bmcpilot/sdr), whatever the application name.
    static QString defaultDirectory();

    explicit SdrCacheStore(QString directory = defaultDirectory());

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
