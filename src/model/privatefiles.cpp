// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

QStringList privateFolders()
{
    const auto under = [](QStandardPaths::StandardLocation location) {
        return QStandardPaths::writableLocation(location) + QStringLiteral("/bmcpilot");
    };
    return {under(QStandardPaths::GenericConfigLocation), under(QStandardPaths::GenericDataLocation),
            under(QStandardPaths::GenericCacheLocation)};
}

QStringList makeProcessPrivate()
{
    QStringList problems;
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        problems << QCoreApplication::translate("PrivateFiles", "Could not turn off core dumps.");
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems << QCoreApplication::translate("PrivateFiles", "Could not keep other processes out of this one's memory.");
    umask(077);
    for (const QString &folder : privateFolders()) {
        const QFileInfo info(folder);
        if (info.isDir() && info.isWritable() && !info.isSymLink()
            && (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)))
            if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
                problems << QCoreApplication::translate("PrivateFiles", "Could not make %1 private.").arg(folder);
    }
    return problems;
}
