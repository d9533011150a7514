// SPDX-License-Identifier: GPL-3.0-or-later
// The cipher suite each BMC accepted in an automatic login: remembered per location,
// applied to later automatic logins only, never for pinned suites, weak suites or
// loopback ports (unless a test asks), and forgotten on request. What is learnt is known
// in the process at once and written together a moment later.
#include "model/learnedsuites.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

ipmi::SessionInfo info(std::uint8_t suite)
{
    ipmi::SessionInfo session;
    session.version = ipmi::LanVersion::Lan20;
    session.cipherSuite = suite;
    return session;
}

} // namespace

class TestLearnedSuites final : public QObject
{
    Q_OBJECT

private slots:
    void learnApplyForget()
    {
        QTemporaryDir dir;
        const LearnedSuites store(dir.filePath(QStringLiteral("nested/learned-suites.json")));
        const QString bmc = QStringLiteral("10.0.0.5:623");
        ipmi::SessionConfig automatic;
        QVERIFY(!store.suite(bmc));
        store.learn(automatic, bmc, info(17));
        QCOMPARE(store.suite(bmc), std::optional<std::uint8_t>(17));
        QVERIFY(!store.suite(QStringLiteral("10.0.0.5:624")));

        ipmi::SessionConfig next;
        store.apply(next, bmc);
        QCOMPARE(next.cipher.learnedSuite, std::optional<std::uint8_t>(17));

        ipmi::SessionConfig pinned;
        pinned.cipher.pinnedSuite = 2;
        store.apply(pinned, bmc);
        QVERIFY(!pinned.cipher.learnedSuite);
        store.learn(pinned, bmc, info(2)); // a pinned login teaches nothing
        QCOMPARE(store.suite(bmc), std::optional<std::uint8_t>(17));

        ipmi::SessionConfig lan15;
        lan15.version = ipmi::LanVersion::Lan15;
        store.apply(lan15, bmc);
        QVERIFY(!lan15.cipher.learnedSuite);

        QVERIFY(store.forget(bmc));
        QVERIFY(!store.suite(bmc));
        QVERIFY(LearnedSuites::writePending());
        QVERIFY(!LearnedSuites(dir.filePath(QStringLiteral("nested/learned-suites.json"))).suite(bmc));
    }

    // A sweep learns one suite per BMC: they reach the file in one write, from the event
    // loop half a second later, not one write of the whole file each.
    void learntSuitesAreWrittenTogether()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("learned.json"));
        const LearnedSuites store(path);
        for (int i = 0; i < 50; ++i)
            store.learn({}, QStringLiteral("10.0.0.%1:623").arg(i), info(i % 2 ? 17 : 3));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(store.suite(QStringLiteral("10.0.0.7:623")), std::optional<std::uint8_t>(17));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written.count(":623"), 50);
        QVERIFY(written.contains(R"("10.0.0.8:623": 3)"));
        QVERIFY(written.contains(R"("10.0.0.49:623": 17)"));
    }

    // A file that cannot be written is reported by the next writePending(), also when the
    // write that failed was the event loop's.
    void aFailedWriteIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const LearnedSuites store(dir.filePath(QStringLiteral("not-a-folder/learned.json")));
        store.learn({}, QStringLiteral("10.0.0.1:623"), info(3));
        QString error;
        QVERIFY(!LearnedSuites::writePending(&error));
        QVERIFY2(error.contains(QStringLiteral("learned.json")), qPrintable(error));
        QVERIFY(LearnedSuites::writePending());

        store.learn({}, QStringLiteral("10.0.0.2:623"), info(3));
        QTest::qWait(1500); // the event loop's write fails
        QVERIFY(!LearnedSuites::writePending(&error));
        QVERIFY2(error.contains(QStringLiteral("learned.json")), qPrintable(error));
        QVERIFY(LearnedSuites::writePending());
    }

    void onlyEncryptedSuitesAreLearnt()
    {
        QTemporaryDir dir;
        const LearnedSuites store(dir.filePath(QStringLiteral("learned.json")));
        store.learn({}, QStringLiteral("bmc:623"), info(2));
        QVERIFY(!store.suite(QStringLiteral("bmc:623")));
        // A file edited to hold a weak suite is not believed either.
        QFile file(dir.filePath(QStringLiteral("learned.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"bmc:623": 1, "other:623": 3})");
        file.close();
        QVERIFY(!store.suite(QStringLiteral("bmc:623")));
        QCOMPARE(store.suite(QStringLiteral("other:623")), std::optional<std::uint8_t>(3));
    }

    // The parsed file is kept for the process, but what another process (or another
    // store of the same file) writes is seen at once.
    void otherWritersAreSeen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("learned.json"));
        const LearnedSuites mine(path);
        const LearnedSuites theirs(path);
        mine.learn({}, QStringLiteral("a:623"), info(17));
        QCOMPARE(theirs.suite(QStringLiteral("a:623")), std::optional<std::uint8_t>(17));
        theirs.learn({}, QStringLiteral("b:623"), info(3));
        QCOMPARE(mine.suite(QStringLiteral("b:623")), std::optional<std::uint8_t>(3));
        QCOMPARE(mine.suite(QStringLiteral("a:623")), std::optional<std::uint8_t>(17));
        QVERIFY(LearnedSuites::writePending()); // what another process would see from here
        // A hand edit in place (another size) and a same-size replacement (a new file).
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.resize(0);
            file.write(R"({"a:623": 3})");
            file.close();
            QCOMPARE(mine.suite(QStringLiteral("a:623")), std::optional<std::uint8_t>(3));
            QVERIFY(!mine.suite(QStringLiteral("b:623")));
        }
        {
            QFile file(path + QStringLiteral(".new"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"a:623":17})");
            file.close();
            QVERIFY(QFile::remove(path) && QFile::rename(path + QStringLiteral(".new"), path));
            QCOMPARE(mine.suite(QStringLiteral("a:623")), std::optional<std::uint8_t>(17));
        }
        QVERIFY(QFile::remove(path));
        QVERIFY(!mine.suite(QStringLiteral("a:623")));
    }

    // Loopback ports are remembered too, but not held: a refusal there negotiates again.
    void loopbackIsRememberedNotHeld()
    {
        QTemporaryDir dir;
        const LearnedSuites store(dir.filePath(QStringLiteral("learned.json")));
        qunsetenv("BMCPILOT_HOLD_LOOPBACK_SUITES");
        for (const char *location : {"127.0.0.1:40000", "127.3.2.1:623", "localhost:623", "[::1]:623"}) {
            store.learn({}, QString::fromLatin1(location), info(3));
            ipmi::SessionConfig config;
            store.apply(config, QString::fromLatin1(location));
            QCOMPARE(config.cipher.learnedSuite, std::optional<std::uint8_t>(3));
            QVERIFY(!config.cipher.holdLearnedSuite);
        }
        store.learn({}, QStringLiteral("10.1.2.3:623"), info(17));
        ipmi::SessionConfig remote;
        store.apply(remote, QStringLiteral("10.1.2.3:623"));
        QVERIFY(remote.cipher.holdLearnedSuite);
        qputenv("BMCPILOT_HOLD_LOOPBACK_SUITES", "1");
        ipmi::SessionConfig heldLoopback;
        store.apply(heldLoopback, QStringLiteral("127.0.0.1:40000"));
        QVERIFY(heldLoopback.cipher.holdLearnedSuite);
        qunsetenv("BMCPILOT_HOLD_LOOPBACK_SUITES");
    }
};

QTEST_GUILESS_MAIN(TestLearnedSuites)
#include "tst_learnedsuites.moc"
