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
#include <QTimer>

#include <mutex>

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

// Suites learnt and not written yet, per file and location (under parsedMutex). A sweep of
// N BMCs learns N suites, and writing the whole file for each was N writes of N entries
// (at 500 BMCs a sixth of a cold sweep's CPU); they are written together a moment later.
constexpr int WriteDelayMs = 500;
struct Pending
{
    QHash<QString, QHash<QString, int>> byFile;
    bool writeScheduled = false;
    QString failure; // of a write nobody was there to hear about
};
Pending &pending()
{
    static Pending state;
    return state;
}
// Held over each read-modify-write of a file: two threads must not each write the file
// without the other's changes.
Q_CONSTINIT QMutex writeMutex;

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
    {
        const QMutexLocker lock(&parsedMutex);
        const auto file = pending().byFile.constFind(m_path);
        if (file != pending().byFile.constEnd()) {
            if (const auto learnt = file->constFind(location); learnt != file->constEnd())
                return std::uint8_t(*learnt);
        }
    }
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

void LearnedSuites::learn(const ipmi::SessionConfig &config, const QString &location, const ipmi::SessionInfo &info) const
{
    if (!automaticLan20(config) || info.version != ipmi::LanVersion::Lan20 || !learnable(info.cipherSuite)
        || suite(location) == info.cipherSuite)
        return;
    const QMutexLocker lock(&parsedMutex);
    pending().byFile[m_path].insert(location, info.cipherSuite);
    if (pending().writeScheduled)
        return;
    pending().writeScheduled = true;
    // Whatever is still unwritten when the application ends is written then.
    static std::once_flag atExit;
    std::call_once(atExit, [] { qAddPostRoutine([] { writePending(); }); });
    // In this thread's event loop; SessionWorker and the CLI also write before they end.
    QTimer::singleShot(WriteDelayMs, [] {
        QString failure;
        if (!writePending(&failure)) {
            const QMutexLocker failureLock(&parsedMutex);
            pending().failure = failure;
        }
    });
}

bool LearnedSuites::writePending(QString *error)
{
    QHash<QString, QHash<QString, int>> changes;
    QString earlierFailure;
    {
        const QMutexLocker lock(&parsedMutex);
        changes.swap(pending().byFile);
        pending().writeScheduled = false;
        earlierFailure = std::exchange(pending().failure, QString());
    }
    bool written = true;
    for (auto file = changes.cbegin(); file != changes.cend(); ++file)
        written = LearnedSuites(file.key()).write(file.value(), {}, error) && written;
    if (written && !earlierFailure.isEmpty()) {
        if (error)
            *error = earlierFailure;
        return false;
    }
    return written;
}

bool LearnedSuites::forget(const QString &location, QString *error) const
{
    {
        const QMutexLocker lock(&parsedMutex);
        if (auto file = pending().byFile.find(m_path); file != pending().byFile.end())
            file->remove(location);
    }
    if (!suite(location))
        return true;
    return write({}, location, error);
}

bool LearnedSuites::write(const QHash<QString, int> &learnt, const QString &forgotten, QString *error) const
{
    const QMutexLocker writing(&writeMutex);
    QJsonObject all = readAll(m_path);
    for (auto entry = learnt.cbegin(); entry != learnt.cend(); ++entry)
        all[entry.key()] = entry.value();
    if (!forgotten.isEmpty())
        all.remove(forgotten);
    struct stat written{};
    if (!writeCacheFile(m_path, QJsonDocument(all).toJson(), error, &written))
        return false;
    const QMutexLocker lock(&parsedMutex);
    parsedFiles().insert(m_path, ParsedFile{versionOf(written), all});
    return true;
}
