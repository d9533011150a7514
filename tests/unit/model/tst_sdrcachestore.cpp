// SPDX-License-Identifier: GPL-3.0-or-later
// SdrCacheStore: save and load, keys by location and identity, the store-after-read
// policy, safe file names, corrupt files discarded with a warning, and the default
// directory under XDG_CACHE_HOME.
#include "model/sdrcachestore.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ipmi;
using namespace ipmi::sdr;

namespace {

// The compact sensor record of tst_sdr_records.cpp (IPMI 2.0 table 43-2).
const char *const compactHex = "07 00 51 02 1f"
                               " 20 21 40 1d 01 67 40 04 01 00 00 00 00 3f 00"
                               " 00 12 00 14 81 01 01 00 00 00 00"
                               " c4 46 61 6e 20";

SdrRepository sample()
{
    SdrRepository repository;
    repository.identity.guid = std::array<std::uint8_t, 16>{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};
    repository.info.recordCount = 1;
    repository.info.lastAddition = 1234;
    repository.rawRecords = {*fromHex(compactHex)};
    repository.records = {decodeRecord(repository.rawRecords[0]).value()};
    return repository;
}

} // namespace

class TestSdrCacheStore final : public QObject
{
    Q_OBJECT

private slots:
    void saveAndLoad()
    {
        QTemporaryDir dir;
        SdrCacheStore store(dir.path() + QStringLiteral("/nested/sdr"));
        const SdrRepository repository = sample();
        const QString key = QString::fromStdString(repository.identity.cacheKey());
        QVERIFY(!store.load(key).has_value());
        QString error;
        QVERIFY2(store.save(key, repository, &error), qPrintable(error));
        QVERIFY(QFile::exists(store.filePath(key)));
        QString warning;
        const auto cache = store.load(key, &warning);
        QVERIFY(cache.has_value());
        QVERIFY(warning.isEmpty());
        QCOMPARE(cache->rawRecords, repository.rawRecords);
        QVERIFY(cache->matches(repository.identity, repository.info));
        // No temporary file of QSaveFile is left behind.
        QCOMPARE(QDir(store.directory()).entryList(QDir::Files).size(), 1);
        store.remove(key);
        QVERIFY(!QFile::exists(store.filePath(key)));
        QVERIFY(!store.load(key).has_value());
    }

    // Two BMCs that say the same about themselves (GUID-less twins, or one claiming
    // another's GUID) never share a file, and locations that fold to the same readable
    // name stay apart.
    void keysKeepLocationsApart()
    {
        const BmcIdentity identity = sample().identity;
        const QStringList locations{QStringLiteral("10.0.0.5:623"), QStringLiteral("10.0.0.5:624"),
                                    QStringLiteral("10.0.0.6:623"), QStringLiteral("10_0_0_5:623"),
                                    QStringLiteral("[fe80::1]:623"), QStringLiteral("local")};
        QSet<QString> keys;
        for (const QString &location : locations) {
            const QString key = SdrCacheStore::keyFor(location, identity);
            QVERIFY(key.endsWith(QString::fromStdString(identity.cacheKey())));
            for (const QChar c : key)
                QVERIFY2(c.isLetterOrNumber() || c == u'-' || c == u'_', qPrintable(key));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), locations.size());
        BmcIdentity other = identity;
        other.guid.reset();
        QVERIFY(SdrCacheStore::keyFor(locations[0], other) != SdrCacheStore::keyFor(locations[0], identity));
    }

    // The policy both front ends use: every complete read from the BMC is stored, with
    // its warnings; the reader of another location never sees it.
    void storeReadAndReaderLookup()
    {
        QTemporaryDir dir;
        const SdrCacheStore store(dir.path());
        SdrRepository repository = sample();
        repository.warnings = {"SDR record 0007h (compact sensor) is cut short."};
        QString error;
        QVERIFY2(store.storeRead(QStringLiteral("127.0.0.1:623"), repository, &error), qPrintable(error));
        const auto cache = store.load(SdrCacheStore::keyFor(QStringLiteral("127.0.0.1:623"), repository.identity));
        QVERIFY(cache.has_value());
        QCOMPARE(cache->warnings, repository.warnings);
        QVERIFY(!store.load(SdrCacheStore::keyFor(QStringLiteral("127.0.0.2:623"), repository.identity)));

        // A repository that came from the cache is not written again.
        repository.fromCache = true;
        repository.warnings.clear();
        QVERIFY(store.storeRead(QStringLiteral("127.0.0.1:623"), repository));
        QCOMPARE(store.load(SdrCacheStore::keyFor(QStringLiteral("127.0.0.1:623"), repository.identity))->warnings.size(),
                 std::size_t(1));
    }

    void fileNamesStayInTheDirectory()
    {
        SdrCacheStore store(QStringLiteral("/tmp/x/sdr"));
        QCOMPARE(store.filePath(QStringLiteral("../../etc/passwd")), QStringLiteral("/tmp/x/sdr/etcpasswd.sdr"));
        QCOMPARE(store.filePath(QStringLiteral("dev-32-1-343-4660-32")),
                 QStringLiteral("/tmp/x/sdr/dev-32-1-343-4660-32.sdr"));
        QCOMPARE(store.filePath(QStringLiteral("/../")), QString());
        QString error;
        QVERIFY(!store.save(QStringLiteral("./"), sample(), &error));
        QVERIFY(!error.isEmpty());
    }

    void corruptFileIsDiscardedWithWarning()
    {
        QTemporaryDir dir;
        SdrCacheStore store(dir.path());
        const QString key = QStringLiteral("abc");
        QVERIFY(store.save(key, sample()));
        QFile file(store.filePath(key));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[40] = char(bytes[40] ^ 0x10);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
        file.close();

        QString warning;
        QVERIFY(!store.load(key, &warning).has_value());
        QVERIFY(warning.contains(QStringLiteral("SDR cache for abc was corrupt and has been discarded")));
        QVERIFY(warning.contains(QStringLiteral("reading the repository again")));
        QVERIFY(!QFile::exists(store.filePath(key)));
        // Gone, so the next load is a plain miss without a warning.
        warning.clear();
        QVERIFY(!store.load(key, &warning).has_value());
        QVERIFY(warning.isEmpty());
    }

    void defaultDirectoryHonoursXdgCacheHome()
    {
        QTemporaryDir dir;
        const QByteArray old = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", dir.path().toUtf8());
        const QString directory = SdrCacheStore::defaultDirectory();
        if (old.isEmpty())
            qunsetenv("XDG_CACHE_HOME");
        else
            qputenv("XDG_CACHE_HOME", old);
        QCOMPARE(directory, dir.path() + QStringLiteral("/bmcpilot/sdr"));
    }
};

QTEST_GUILESS_MAIN(TestSdrCacheStore)
#include "tst_sdrcachestore.moc"
