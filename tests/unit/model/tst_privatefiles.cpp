// SPDX-License-Identifier: GPL-3.0-or-later
// The process keeps its secrets: no core dumps, not dumpable, files 0600 and folders
// 0700 from then on, and its own folders from earlier versions made private.
#include "model/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status{};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & 0777) : 0;
}

} // namespace

class TestPrivateFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
        // A folder an earlier version left readable by everyone.
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("cache/bmcpilot/sdr"))));
        QVERIFY(QFile::setPermissions(m_home.filePath(QStringLiteral("cache/bmcpilot")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
        QCOMPARE(modeOf(m_home.filePath(QStringLiteral("cache/bmcpilot"))), mode_t(0755));
        const QStringList problems = makeProcessPrivate();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noCoreDumpsAndNotDumpable()
    {
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    void createdFilesAndFoldersArePrivate()
    {
        const QString folder = m_home.filePath(QStringLiteral("data/bmcpilot/bmcpilot"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(modeOf(folder), mode_t(0700));
        QSaveFile registry(folder + QStringLiteral("/servers.json")); // as the registry and vault write
        QVERIFY(registry.open(QIODevice::WriteOnly));
        registry.write("{}");
        QVERIFY(registry.commit());
        QCOMPARE(modeOf(folder + QStringLiteral("/servers.json")), mode_t(0600));
        QFile plain(folder + QStringLiteral("/history.db"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QCOMPARE(modeOf(plain.fileName()), mode_t(0600));
    }

    void earlierFoldersAreMadePrivate()
    {
        QCOMPARE(modeOf(m_home.filePath(QStringLiteral("cache/bmcpilot"))), mode_t(0700));
        QCOMPARE(privateFolders().size(), 3);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
