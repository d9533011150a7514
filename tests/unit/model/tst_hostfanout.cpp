// SPDX-License-Identifier: GPL-3.0-or-later
// HostFanOut: the scheduler behind bmcpilot-cli -F and the fleet operations.
#include "model/hostfanout.h"

#include <QTest>

#include <vector>

class TestHostFanOut final : public QObject
{
    Q_OBJECT

private slots:
    void startsInOrderUpToTheLimit()
    {
        std::vector<int> started;
        HostFanOut fanOut(5, 2, [&](int index) { started.push_back(index); });
        fanOut.startMore();
        QCOMPARE(started, (std::vector<int>{0, 1}));
        QCOMPARE(fanOut.running(), 2);
        fanOut.finished();
        QCOMPARE(started, (std::vector<int>{0, 1, 2}));
        fanOut.finished();
        fanOut.finished();
        QCOMPARE(started, (std::vector<int>{0, 1, 2, 3, 4}));
        QVERIFY(!fanOut.idle());
        fanOut.finished();
        fanOut.finished();
        QVERIFY(fanOut.idle());
        QCOMPARE(fanOut.peakRunning(), 2);
    }

    void hostsThatFailAtOnceDoNotRecurse()
    {
        // Every start finishes inside the call, as a host with no session does: all
        // items run, one at a time, without the stack growing with the host count.
        int depth = 0;
        int deepest = 0;
        int count = 0;
        HostFanOut *self = nullptr;
        HostFanOut fanOut(10000, 64, [&](int) {
            deepest = std::max(deepest, ++depth);
            ++count;
            self->finished();
            --depth;
        });
        self = &fanOut;
        fanOut.startMore();
        QCOMPARE(count, 10000);
        QCOMPARE(deepest, 1);
        QVERIFY(fanOut.idle());
        QCOMPARE(fanOut.peakRunning(), 1);
    }

    void droppingTheQueueStopsNewStarts()
    {
        std::vector<int> started;
        HostFanOut fanOut(6, 3, [&](int index) { started.push_back(index); });
        fanOut.startMore();
        QCOMPARE(fanOut.dropQueued(), 3);
        fanOut.finished();
        QCOMPARE(started.size(), std::size_t(3));
        QVERIFY(!fanOut.idle());
        fanOut.finished();
        fanOut.finished();
        QVERIFY(fanOut.idle());
        QCOMPARE(fanOut.dropQueued(), 6); // nothing left to drop
    }

    void aLimitBelowOneRunsOneAtATime()
    {
        std::vector<int> started;
        HostFanOut fanOut(3, 0, [&](int index) { started.push_back(index); });
        QCOMPARE(fanOut.limit(), 1);
        fanOut.startMore();
        QCOMPARE(started.size(), std::size_t(1));
        HostFanOut empty(0, 4, [&](int) { QFAIL("nothing to start"); });
        empty.startMore();
        QVERIFY(empty.idle());
    }
};

QTEST_APPLESS_MAIN(TestHostFanOut)
#include "tst_hostfanout.moc"
