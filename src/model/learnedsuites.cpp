// SPDX-License-Identifier: GPL-3.0-or-later
#include "learnedsuites.h"
#include "cachefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

// A file this small is read whole; anything larger is not ours.
constexpr qint64 MaxFileBytes = 1024 * 1024;

QJsonObject readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
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
    return writeCacheFile(m_path, QJsonDocument(all).toJson(), error);
}
