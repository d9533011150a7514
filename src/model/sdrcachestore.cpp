// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdrcachestore.h"
#include "cachefile.h"
#include "coretext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {

// SDRs are at most a few thousand records of at most 260 bytes: anything far larger is
// not one of our files and is not read into memory.
constexpr qint64 MaxCacheFileBytes = 4 * 1024 * 1024;

ipmi::ByteView asView(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())};
}

} // namespace

QString SdrCacheStore::defaultDirectory()
{
    // The generic location (honouring XDG_CACHE_HOME) so the GUI and the CLI share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QStringLiteral("/bmcpilot/sdr");
}

SdrCacheStore::SdrCacheStore(QString directory) : m_directory(std::move(directory)) {}

QString SdrCacheStore::keyFor(const QString &location, const ipmi::sdr::BmcIdentity &identity)
{
    // File names keep only [0-9A-Za-z_-]: the readable part may fold two locations into
    // one ("a.b" and "a_b"), the digest of the exact text keeps them apart.
    QString readable;
    for (const QChar c : location)
        readable += c.isLetterOrNumber() && c.unicode() < 0x80 ? c : u'_';
    const QByteArray digest =
        QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return readable + u'-' + QString::fromLatin1(digest) + u'-' + QString::fromStdString(identity.cacheKey());
}

std::shared_ptr<ipmi::sdr::SdrRepositoryReader>
SdrCacheStore::reader(const QString &location, std::function<void(const QString &)> warn) const
{
    const SdrCacheStore store = *this;
    return std::make_shared<ipmi::sdr::SdrRepositoryReader>(
        [store, location, warn = std::move(warn)](const ipmi::sdr::BmcIdentity &identity) {
            QString warning;
            auto cache = store.load(keyFor(location, identity), &warning);
            if (!warning.isEmpty() && warn)
                warn(warning);
            return cache;
        });
}

bool SdrCacheStore::storeRead(const QString &location, const ipmi::sdr::SdrRepository &repository,
                              QString *error) const
{
    if (repository.fromCache)
        return true;
    return save(keyFor(location, repository.identity), repository, error);
}

QString SdrCacheStore::filePath(const QString &key) const
{
    QString name;
    for (const QChar c : key) {
        if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-'
            || c == u'_')
            name += c;
    }
    if (name.isEmpty())
        return {};
    return m_directory + u'/' + name + QStringLiteral(".sdr");
}

std::optional<ipmi::sdr::SdrCache> SdrCacheStore::load(const QString &key, QString *warning) const
{
    const QString path = filePath(key);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    ipmi::Result<ipmi::sdr::SdrCache> cache =
        ipmi::makeError(ipmi::ErrorKind::MalformedResponse, "The SDR cache file is too large.");
    if (file.size() <= MaxCacheFileBytes)
        cache = ipmi::sdr::decodeSdrCache(asView(file.readAll()));
    file.close();
    if (cache)
        return std::move(cache).value();
    // A bad file would fail again every time: remove it so the next read rewrites it.
    QFile::remove(path);
    if (warning)
        *warning = tr("SDR cache for %1 was corrupt and has been discarded (%2); reading the repository again.")
                       .arg(key, CoreText::error(cache.error()));
    return std::nullopt;
}

bool SdrCacheStore::save(const QString &key, const ipmi::sdr::SdrRepository &repository, QString *error) const
{
    const QString path = filePath(key);
    if (path.isEmpty()) {
        if (error)
            *error = tr("SDR cache key \"%1\" has no usable characters.").arg(key);
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create the SDR cache directory %1.").arg(m_directory);
        return false;
    }
    const ipmi::Bytes bytes = ipmi::sdr::encodeSdrCache(repository);
    return writeCacheFile(path, QByteArrayView(bytes.data(), qsizetype(bytes.size())), error);
}

void SdrCacheStore::remove(const QString &key) const
{
    const QString path = filePath(key);
    if (!path.isEmpty())
        QFile::remove(path);
}
