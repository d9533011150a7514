// SPDX-License-Identifier: GPL-3.0-or-later
// writeCacheFile: replaces a file in one step, creates its folder, leaves no temporary
// file behind, and says why when it cannot write.
#include "model/cachefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestCacheFile final : public QObject
{
    Q_OBJECT

private slots:
    void replacesTheContentsAndCreatesTheFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/cache.json"));
        QString error;
        QVERIFY2(writeCacheFile(path, "first version, longer than the second", &error), qPrintable(error));
        QVERIFY2(writeCacheFile(path, "second", &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("a/b"))).entryList(QDir::Files), QStringList{QStringLiteral("cache.json")});
    }

    void saysWhyItCannotWrite()
    {
        if (::geteuid() == 0)
            QSKIP("root may write into a read-only folder");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString path = dir.filePath(QStringLiteral("cache.json"));
        QString error;
        QVERIFY(!writeCacheFile(path, "x", &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void aFileInTheWayOfTheFolderIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!writeCacheFile(dir.filePath(QStringLiteral("blocker/cache.json")), "x", &error));
        QVERIFY2(error.contains(QStringLiteral("blocker")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCacheFile)
#include "tst_cachefile.moc"
