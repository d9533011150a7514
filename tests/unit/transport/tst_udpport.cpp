// SPDX-License-Identifier: GPL-3.0-or-later
// UdpPort on loopback: datagrams reach the receiver of their sender and nobody else's, one
// port per thread and family is shared, a peer attaches once per port, bursts larger than
// one batch all arrive, a receiver may drop the last owner of the port, and what receivers
// send leaves after their batch, or when a nested event loop is about to wait.
#include "transport/udpport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkDatagram>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace {

const QHostAddress Loopback(QHostAddress::LocalHost);

// A stand-in BMC: a bound socket that can answer whoever wrote to it.
struct Peer
{
    QUdpSocket socket;
    Peer() { QVERIFY(socket.bind(Loopback, 0)); }
    quint16 port() const { return socket.localPort(); }
    void sendTo(quint16 port, const QByteArray &data) { socket.writeDatagram(data, Loopback, port); }
    // Runs the event loop meanwhile: the port sends what its receivers queued from there.
    QByteArray receive()
    {
        QElapsedTimer waited;
        waited.start();
        while (!socket.hasPendingDatagrams() && waited.elapsed() < 2000)
            QTest::qWait(5);
        return socket.hasPendingDatagrams() ? socket.receiveDatagram().data() : QByteArray();
    }
};

ipmi::ByteView view(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())};
}

QByteArray copy(ipmi::ByteView datagram)
{
    return QByteArray(reinterpret_cast<const char *>(datagram.data()), qsizetype(datagram.size()));
}

} // namespace

class TestUdpPort final : public QObject
{
    Q_OBJECT

private slots:
    void routesEachDatagramToItsSender()
    {
        QString error;
        auto port = UdpPort::shared(Loopback, &error);
        QVERIFY2(port, qPrintable(error));
        Peer first;
        Peer second;
        Peer stranger;
        QList<QByteArray> toFirst;
        QList<QByteArray> toSecond;
        QVERIFY(port->attach(Loopback, first.port(), [&](ipmi::ByteView d) { toFirst << copy(d); }));
        QVERIFY(port->attach(Loopback, second.port(), [&](ipmi::ByteView d) { toSecond << copy(d); }));

        QVERIFY(port->send(Loopback, first.port(), view("ping one")));
        QVERIFY(port->send(Loopback, second.port(), view("ping two")));
        QCOMPARE(first.receive(), QByteArray("ping one"));
        QCOMPARE(second.receive(), QByteArray("ping two"));

        stranger.sendTo(port->localPort(), "not for anyone");
        second.sendTo(port->localPort(), "from two");
        first.sendTo(port->localPort(), "from one");
        QTRY_COMPARE(toFirst.size() + toSecond.size(), 2);
        QCOMPARE(toFirst, QList<QByteArray>{"from one"});
        QCOMPARE(toSecond, QList<QByteArray>{"from two"});

        // Detached: its datagrams are dropped like a stranger's.
        port->detach(Loopback, first.port());
        first.sendTo(port->localPort(), "late");
        second.sendTo(port->localPort(), "still here");
        QTRY_COMPARE(toSecond.size(), 2);
        QCOMPARE(toFirst.size(), 1);
        port->detach(Loopback, second.port());
    }

    void onePortPerThreadAndFamily()
    {
        QString error;
        auto a = UdpPort::shared(Loopback, &error);
        auto b = UdpPort::shared(QHostAddress(QStringLiteral("127.0.0.2")), &error);
        QCOMPARE(a.get(), b.get());
        auto v6 = UdpPort::shared(QHostAddress::LocalHostIPv6, &error);
        if (v6) // a machine without IPv6 cannot open one
            QVERIFY(v6.get() != a.get());
        QVERIFY(UdpPort::create(Loopback, &error).get() != a.get());

        UdpPort *other = nullptr;
        QThread *thread = QThread::create([&] {
            QString threadError;
            other = UdpPort::shared(Loopback, &threadError).get();
        });
        thread->start();
        QVERIFY(thread->wait(5000));
        delete thread;
        QVERIFY(other != nullptr);
        QVERIFY(other != a.get());

        // The last owner closes it; the next caller gets a new socket.
        a.reset();
        b.reset();
        auto again = UdpPort::shared(Loopback, &error);
        QVERIFY(again);
        QVERIFY(again->localPort() != 0);
    }

    void aPeerAttachesOncePerPort()
    {
        QString error;
        auto port = UdpPort::create(Loopback, &error);
        Peer bmc;
        QVERIFY(port->attach(Loopback, bmc.port(), [](ipmi::ByteView) {}));
        QVERIFY(!port->attach(Loopback, bmc.port(), [](ipmi::ByteView) {}));
        QCOMPARE(port->attachedCount(), 1);
        port->detach(Loopback, bmc.port());
        QVERIFY(port->attach(Loopback, bmc.port(), [](ipmi::ByteView) {}));
    }

    void burstsLongerThanOneBatchAllArrive()
    {
        QString error;
        auto port = UdpPort::create(Loopback, &error);
        Peer bmc;
        int received = 0;
        QVERIFY(port->attach(Loopback, bmc.port(), [&](ipmi::ByteView d) {
            QCOMPARE(d.size(), std::size_t(40));
            ++received;
        }));
        const int count = UdpPort::MaxBatch + 44;
        for (int i = 0; i < count; ++i)
            bmc.sendTo(port->localPort(), QByteArray(40, char(i)));
        QTRY_COMPARE(received, count);
    }

    void answersFromReceiversLeaveTogether()
    {
        QString error;
        auto port = UdpPort::create(Loopback, &error);
        Peer bmc;
        QVERIFY(port->attach(Loopback, bmc.port(), [&](ipmi::ByteView d) {
            QVERIFY(port->send(Loopback, bmc.port(), view("re: " + copy(d))));
        }));
        for (const char *text : {"one", "two", "three"})
            bmc.sendTo(port->localPort(), text);
        QStringList answers;
        for (int i = 0; i < 3; ++i)
            answers << QString::fromLatin1(bmc.receive());
        answers.sort();
        QCOMPARE(answers, (QStringList{"re: one", "re: three", "re: two"}));
    }

    // A receiver that opens a modal dialog runs a nested event loop; what it queued before
    // must still reach the BMC while that loop runs.
    void nestedEventLoopDoesNotHoldBackQueuedSends()
    {
        QString error;
        auto port = UdpPort::create(Loopback, &error);
        Peer bmc;
        bool arrivedDuringNestedLoop = false;
        QVERIFY(port->attach(Loopback, bmc.port(), [&](ipmi::ByteView) {
            port->send(Loopback, bmc.port(), view("queued"));
            QEventLoop nested;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &nested, [&] {
                if (bmc.socket.hasPendingDatagrams()) {
                    arrivedDuringNestedLoop = true;
                    nested.quit();
                }
            });
            poll.start(5);
            QTimer::singleShot(3000, &nested, &QEventLoop::quit);
            nested.exec();
        }));
        bmc.sendTo(port->localPort(), "open a dialog");
        QTRY_VERIFY(arrivedDuringNestedLoop);
        QCOMPARE(bmc.receive(), QByteArray("queued"));
    }

    void receiverMayDropTheLastOwner()
    {
        QString error;
        auto port = UdpPort::create(Loopback, &error);
        Peer bmc;
        bool called = false;
        QVERIFY(port->attach(Loopback, bmc.port(), [&](ipmi::ByteView) {
            called = true;
            port->detach(Loopback, bmc.port());
            port.reset(); // closes the socket while its notifier is being handled
        }));
        bmc.sendTo(port->localPort(), "bye");
        bmc.sendTo(port->localPort(), "after");
        QTRY_VERIFY(called);
        QVERIFY(!port);
        QTest::qWait(50); // the event loop goes on without the closed socket
    }
};

QTEST_GUILESS_MAIN(TestUdpPort)
#include "tst_udpport.moc"
