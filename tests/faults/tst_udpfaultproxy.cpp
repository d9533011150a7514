// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpfaultproxy.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

// An echo peer and a client around the proxy, all on loopback.
class TestUdpFaultProxy final : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        QUdpSocket echo;
        QUdpSocket client;
        std::unique_ptr<UdpFaultProxy> proxy;
        QList<QByteArray> received;

        explicit Rig(UdpFaultProxy::Faults faults)
        {
            QVERIFY(echo.bind(QHostAddress::LocalHost, 0));
            QObject::connect(&echo, &QUdpSocket::readyRead, &echo, [this] {
                while (echo.hasPendingDatagrams()) {
                    const auto d = echo.receiveDatagram();
                    echo.writeDatagram(d.data(), d.senderAddress(), static_cast<quint16>(d.senderPort()));
                }
            });
            QVERIFY(client.bind(QHostAddress::LocalHost, 0));
            QObject::connect(&client, &QUdpSocket::readyRead, &client, [this] {
                while (client.hasPendingDatagrams())
                    received << client.receiveDatagram().data();
            });
            proxy = std::make_unique<UdpFaultProxy>(QHostAddress::LocalHost, echo.localPort(), faults);
            QVERIFY(proxy->listen());
        }

        void send(const QByteArray &data)
        {
            client.writeDatagram(data, QHostAddress::LocalHost, proxy->listenPort());
        }
    };

private slots:
    void passesCleanTrafficBothWays()
    {
        Rig rig({});
        for (int i = 0; i < 20; ++i)
            rig.send(QByteArray::number(i));
        QTRY_COMPARE(rig.received.size(), 20);
        QCOMPARE(rig.received.first(), QByteArray("0"));
        QCOMPARE(rig.proxy->counters().forwarded, quint64(40));
    }

    void dropsAtTheGivenRate()
    {
        UdpFaultProxy::Faults faults;
        faults.loss = 0.2;
        faults.seed = 7;
        Rig rig(faults);
        // Small bursts, so that no socket buffer overflows and only the proxy drops.
        for (int i = 0; i < 500; ++i) {
            rig.send(QByteArray::number(i));
            if (i % 10 == 9)
                QTest::qWait(5);
        }
        QTest::qWait(200);
        // Each round trip survives with probability 0.8 * 0.8 = 0.64.
        const double survived = rig.received.size() / 500.0;
        QVERIFY2(survived > 0.55 && survived < 0.73, qPrintable(QString::number(survived)));
    }

    void corruptsOneBit()
    {
        UdpFaultProxy::Faults faults;
        faults.corrupt = 1.0;
        Rig rig(faults);
        const QByteArray original(32, '\0');
        rig.send(original);
        QTRY_COMPARE(rig.received.size(), 1);
        // Flipped once on the way out and once on the way back: 0 or 2 bits differ.
        int bits = 0;
        for (int i = 0; i < original.size(); ++i)
            bits += qPopulationCount(static_cast<quint8>(original[i] ^ rig.received[0][i]));
        QVERIFY(bits == 0 || bits == 2);
        QCOMPARE(rig.proxy->counters().corrupted, quint64(2));
    }

    void duplicatesAndReorders()
    {
        UdpFaultProxy::Faults faults;
        faults.duplicate = 1.0;
        Rig rig(faults);
        rig.send("x");
        QTRY_COMPARE(rig.received.size(), 4); // twice out, each echo twice back

        UdpFaultProxy::Faults reorder;
        reorder.reorder = 0.5;
        reorder.seed = 3;
        Rig second(reorder);
        for (int i = 0; i < 50; ++i)
            second.send(QByteArray::number(i));
        QTRY_COMPARE(second.received.size(), 50);
        QVERIFY(second.proxy->counters().reordered > 0);
    }

    void cutStopsEverything()
    {
        Rig rig({});
        rig.proxy->setCut(true);
        rig.send("lost");
        QTest::qWait(100);
        QVERIFY(rig.received.isEmpty());
        rig.proxy->setCut(false);
        rig.send("back");
        QTRY_COMPARE(rig.received.size(), 1);
    }

    void refusesNonLoopback()
    {
        UdpFaultProxy proxy(QHostAddress(QStringLiteral("192.0.2.1")), 623, {});
        QVERIFY(!proxy.listen());
        QVERIFY(proxy.errorString().contains(QStringLiteral("loopback")));
    }
};

QTEST_GUILESS_MAIN(TestUdpFaultProxy)
#include "tst_udpfaultproxy.moc"
