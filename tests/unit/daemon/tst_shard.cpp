// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/shard.h"

#include <QTest>

class TestShard final : public QObject
{
    Q_OBJECT

private slots:
    void parses()
    {
        QCOMPARE(Shard::parse(QStringLiteral("2/3"))->text(), QStringLiteral("2/3"));
        for (const char *bad : {"0/3", "4/3", "1/0", "a/b", "1", "1/2/3", "", "1/2000"}) {
            QString error;
            QVERIFY2(!Shard::parse(QString::fromLatin1(bad), &error), bad);
            QVERIFY(error.contains(QStringLiteral("K/N")));
        }
    }

    // Every server belongs to exactly one share, the same one every time, and the
    // shares are about even.
    void everyServerHasExactlyOneShare()
    {
        constexpr int Count = 3;
        const QList<Shard> shards{*Shard::parse(QStringLiteral("1/3")), *Shard::parse(QStringLiteral("2/3")),
                                  *Shard::parse(QStringLiteral("3/3"))};
        int perShard[Count] = {};
        for (int i = 0; i < 3000; ++i) {
            const QUuid id = QUuid::createUuid();
            int owners = 0;
            for (int k = 0; k < Count; ++k) {
                if (shards[k].owns(id)) {
                    ++owners;
                    ++perShard[k];
                }
            }
            QCOMPARE(owners, 1);
            QCOMPARE(Shard::shareOf(id, Count), Shard::shareOf(id, Count));
        }
        for (int share : perShard)
            QVERIFY2(share > 850 && share < 1150, qPrintable(QString::number(share)));
        QVERIFY(Shard().owns(QUuid::createUuid()));
    }

    // Fixed ids give fixed shares (the documented rule, worked out by hand): the
    // assignment must not change between versions, or a rolling upgrade would poll some
    // servers twice and others not at all.
    void assignmentIsStableAcrossVersions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("shareOf3");
        QTest::addColumn<int>("shareOf7");
        QTest::newRow("00000000") << QStringLiteral("00000000-0000-0000-0000-000000000001") << 1 << 3;
        QTest::newRow("6f1c2a4e") << QStringLiteral("6f1c2a4e-0b9d-4c53-8a3e-2f7d5c1b9e04") << 1 << 7;
        QTest::newRow("d3b07384") << QStringLiteral("d3b07384-d113-4ec6-a1c5-1b0e5c6a7f10") << 3 << 6;
    }
    void assignmentIsStableAcrossVersions()
    {
        QFETCH(QString, id);
        QFETCH(int, shareOf3);
        QFETCH(int, shareOf7);
        QCOMPARE(Shard::shareOf(QUuid(id), 3), shareOf3);
        QCOMPARE(Shard::shareOf(QUuid(id), 7), shareOf7);
        QCOMPARE(Shard::shareOf(QUuid(QLatin1Char('{') + id + QLatin1Char('}')), 7), shareOf7);
    }
};

QTEST_GUILESS_MAIN(TestShard)
#include "tst_shard.moc"
