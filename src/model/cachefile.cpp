// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cachefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

struct CacheFileText
{
    Q_DECLARE_TR_FUNCTIONS(CacheFile)
};

} // namespace

bool writeCacheFile(const QString &path, QByteArrayView contents, QString *error, struct stat *written)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = CacheFileText::tr("Cannot write %1: %2").arg(path, reason);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(CacheFileText::tr("its folder cannot be created"));
    // A name of its own per writer: two processes may replace the same file at once.
    const QString temporary =
        QStringLiteral("%1.%2.tmp").arg(path).arg(QRandomGenerator::global()->generate64(), 0, 16);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(file.errorString());
    bool complete = file.write(contents.data(), contents.size()) == contents.size() && file.flush();
    if (complete && written) // the renamed file keeps its inode, size and time
        complete = ::fstat(file.handle(), written) == 0;
    file.close();
    if (!complete || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        QFile::remove(temporary);
        return fail(reason);
    }
    // rename(2) replaces the old file in one step; QFile::rename would refuse to.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return fail(reason);
    }
    return true;
}
