// SPDX-License-Identifier: GPL-3.0-or-later
#include "learnedsuites.h"
#include "cachefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>

#include <sys/stat.h>

namespace {

// A file this small is read whole; anything larger is not ours.
constexpr qint64 MaxFileBytes = 1024 * 1024;

// Which version of the file a parsed copy is: every write replaces the file (a new inode),
// so inode, size and modification time tell a changed file from the one parsed.
struct FileVersion
{
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = -1;
    timespec modified{};

    bool operator==(const FileVersion &other) const
    {
        return device == other.device && inode == other.inode && size == other.size
               && modified.tv_sec == other.modified.tv_sec && modified.tv_nsec == other.modified.tv_nsec;
    }
};

FileVersion versionOf(const struct stat &status)
{
    return FileVersion{status.st_dev, status.st_ino, status.st_size, status.st_mtim};
}

std::optional<FileVersion> versionOf(const QString &path)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return versionOf(status);
}

// The parsed file, kept per path for the whole process: a sweep of N BMCs asks it about
// 3 N times, and parsing a file of N entries each time made a cold sweep quadratic.
struct ParsedFile
{
    FileVersion version;
    QJsonObject content;
};
Q_CONSTINIT QMutex parsedMutex;
QHash<QString, ParsedFile> &parsedFiles()
{
    static QHash<QString, ParsedFile> files;
    return files;
}

QJsonObject readAll(const QString &path)
{
    const std::optional<FileVersion> version = versionOf(path);
    if (!version)
        return {};
    {
        const QMutexLocker lock(&parsedMutex);
        const auto found = parsedFiles().constFind(path);
        if (found != parsedFiles().constEnd() && found->version == *version)
            return found->content;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    const QJsonObject content = QJsonDocument::fromJson(file.readAll()).object();
    // What was read may be newer than the stat above; then the next call parses again.
    const QMutexLocker lock(&parsedMutex);
    parsedFiles().insert(path, ParsedFile{*version, content});
    return content;
}

bool automaticLan20(const ipmi::SessionConfig &config)
{
    return config.version == ipmi::LanVersion::Lan20 && !config.cipher.pinnedSuite;
}

bool learnable(int suite)
{
    return suite == 17 || suite == 3; // the suites an automatic login may use
}

bool held(const QString &location)
{
    const QString host = location.left(location.lastIndexOf(u':'));
    const bool loopback = host == QLatin1String("localhost") || host == QLatin1String("[::1]")
                          || QHostAddress(host).isLoopback();
    return !loopback || qEnvironmentVariableIntValue("BMCPILOT_HOLD_LOOPBACK_SUITES") == 1;
}

} // namespace

QString LearnedSuites::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/bmcpilot/learned-suites.json");
}

LearnedSuites::LearnedSuites(QString path) : m_path(std::move(path)) {}

std::optional<std::uint8_t> LearnedSuites::suite(const QString &location) const
{
    const int suite = readAll(m_path).value(location).toInt(-1);
    if (!learnable(suite))
        return std::nullopt;
    return std::uint8_t(suite);
}

void LearnedSuites::apply(ipmi::SessionConfig &config, const QString &location) const
{
    if (automaticLan20(config)) {
        config.cipher.learnedSuite = suite(location);
        config.cipher.holdLearnedSuite = held(location);
    }
}

bool LearnedSuites::learn(const ipmi::SessionConfig &config, const QString &location, const ipmi::SessionInfo &info,
                          QString *error) const
{
    if (!automaticLan20(config) || info.version != ipmi::LanVersion::Lan20 || !learnable(info.cipherSuite)
        || suite(location) == info.cipherSuite)
        return true;
    return write(location, info.cipherSuite, error);
}

bool LearnedSuites::forget(const QString &location, QString *error) const
{
    if (!suite(location))
        return true;
    return write(location, std::nullopt, error);
}

bool LearnedSuites::write(const QString &location, std::optional<std::uint8_t> suite, QString *error) const
{
    QJsonObject all = readAll(m_path);
    if (suite)
        all[location] = int(*suite);
    else
        all.remove(location);
    struct stat written{};
    if (!writeCacheFile(m_path, QJsonDocument(all).toJson(), error, &written))
        return false;
    const QMutexLocker lock(&parsedMutex);
    parsedFiles().insert(m_path, ParsedFile{versionOf(written), all});
    return true;
}
