// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdrcachestore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
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
                       .arg(key, QString::fromStdString(cache.error().message));
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size())
        || !file.commit()) {
        if (error)
            *error = tr("Cannot write the SDR cache %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SdrCacheStore::remove(const QString &key) const
{
    const QString path = filePath(key);
    if (!path.isEmpty())
        QFile::remove(path);
}
