// SPDX-License-Identifier: GPL-3.0-or-later
#include "simresources.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QStringList>

namespace sim::SimResources {

QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(":/bmcpilot/sim/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool install(const QString &name, const QString &path, bool executable, QString *error)
{
    const QByteArray contents = read(name);
    if (contents.isEmpty()) {
        *error = QStringLiteral("resource %1 is missing from the build").arg(name);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeGroup |
                            QFile::ExeOther);
    return true;
}

QJsonObject profileSummary()
{
    return QJsonDocument::fromJson(read(QStringLiteral("profiles/profiles.json"))).object();
}

QString findProgram(const QString &name, const char *environmentOverride,
                    const QStringList &candidates, const QString &package, QString *error)
{
    const QString overridden = qEnvironmentVariable(environmentOverride);
    if (!overridden.isEmpty()) {
        if (QFileInfo(overridden).isExecutable())
            return overridden;
        *error = QStringLiteral("%1=%2 is not an executable file")
                     .arg(QString::fromLatin1(environmentOverride), overridden);
        return {};
    }
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (found.isEmpty())
        *error = QStringLiteral("%1 was not found (install the Debian package %2, or set %3)")
                     .arg(name, package, QString::fromLatin1(environmentOverride));
    return found;
}

} // namespace sim::SimResources
