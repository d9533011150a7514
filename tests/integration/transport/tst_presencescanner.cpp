// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ipmisimfixture.h"
#include "transport/presencescanner.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

// Discovery by ASF presence ping, on loopback only: a BMC listening on several loopback
// addresses is found on each of them in a /28 sweep; silent addresses, garbage answers
// and answers from addresses never pinged are ignored; the rate bound holds.
class TestPresenceScanner final : public QObject
{
    Q_OBJECT

private:
    static QList<PresenceScanner::Target> sweep(const QString &network, quint16 port)
    {
        QList<PresenceScanner::Target> targets;
        const auto [base, prefix] = QHostAddress::parseSubnet(network);
        const quint32 first = base.toIPv4Address();
        for (quint32 i = 1; i + 1 < (1u << (32 - prefix)); ++i)
            targets.append({QHostAddress(first + i), port});
        return targets;
    }

private slots:
    void findsIpmiSimOnEveryLoopbackAddress()
    {
        sim::IpmiSimOptions options;
        options.extraHosts = {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3")};
        sim::IpmiSimFixture bmcs(options);
        QVERIFY2(bmcs.start(), qPrintable(bmcs.errorString()));
        const quint16 port = bmcs.bmc(0).port;

        PresenceScanner scanner;
        scanner.setTimeoutMs(400);
        QSignalSpy found(&scanner, &PresenceScanner::found);
        QSignalSpy finished(&scanner, &PresenceScanner::finished);
        QVERIFY(scanner.start(sweep(QStringLiteral("127.0.0.0/28"), port)));
        QVERIFY(finished.wait(10000));
        QStringList addresses;
        for (const QList<QVariant> &hit : found) {
            const auto bmc = hit.first().value<PresenceScanner::Found>();
            QVERIFY(bmc.pong.ipmiSupported());
            QCOMPARE(bmc.port, port);
            addresses << bmc.address.toString();
        }
        addresses.sort();
        QCOMPARE(addresses, (QStringList{"127.0.0.1", "127.0.0.2", "127.0.0.3"}));
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QCOMPARE(finished.first().at(1).toInt(), 14);
    }

    void ignoresGarbageAndStrangers()
    {
        // A responder that answers garbage first, then a real pong; and a stranger that
        // sends a pong nobody asked for.
        QUdpSocket bmc;
        QVERIFY(bmc.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        int pings = 0;
        connect(&bmc, &QUdpSocket::readyRead, this, [&] {
            while (bmc.hasPendingDatagrams()) {
                const QNetworkDatagram ping = bmc.receiveDatagram();
                ++pings;
                bmc.writeDatagram(QByteArray("\x06\x00\xff\x06garbage", 11), ping.senderAddress(), ping.senderPort());
                ipmi::AsfPong pong;
                pong.supportedEntities = 0x81;
                const ipmi::Bytes bytes = ipmi::encodeAsfPresencePong(pong);
                bmc.writeDatagram(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()),
                                  ping.senderAddress(), ping.senderPort());
            }
        });
        PresenceScanner scanner;
        scanner.setTimeoutMs(300);
        scanner.setRetries(2);
        QSignalSpy found(&scanner, &PresenceScanner::found);
        QSignalSpy finished(&scanner, &PresenceScanner::finished);
        // 127.0.0.1 at the responder's port, and a silent port beside it.
        QVERIFY(scanner.start({{QHostAddress(QStringLiteral("127.0.0.1")), bmc.localPort()},
                               {QHostAddress(QStringLiteral("127.0.0.1")), quint16(9)}}));
        QVERIFY(finished.wait(5000));
        QCOMPARE(found.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(pings, 1); // an address that answered is not pinged again in retries
    }

    void keepsToTheRate()
    {
        PresenceScanner scanner;
        scanner.setRate(100);
        scanner.setTimeoutMs(50);
        scanner.setRetries(0);
        QSignalSpy finished(&scanner, &PresenceScanner::finished);
        QElapsedTimer clock;
        clock.start();
        // 50 pings to the discard port at 100 per second take about half a second.
        QList<PresenceScanner::Target> targets;
        for (int i = 0; i < 50; ++i)
            targets.append({QHostAddress(QStringLiteral("127.0.0.1")), quint16(9)});
        QVERIFY(scanner.start(targets));
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPresenceScanner)
#include "tst_presencescanner.moc"
