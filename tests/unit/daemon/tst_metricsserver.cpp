// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/metricsserver.h"

#include <QTest>

class TestMetricsServer final : public QObject
{
    Q_OBJECT

private slots:
    // The exporter's --web.listen-address forms.
    void listenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("any") << ":9290" << true << "any" << 9290;
        QTest::newRow("v4") << "127.0.0.1:9290" << true << "127.0.0.1" << 9290;
        QTest::newRow("v6") << "[::1]:9291" << true << "::1" << 9291;
        QTest::newRow("localhost") << "localhost:0" << true << "127.0.0.1" << 0;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
        QTest::newRow("port too big") << ":70000" << false << "" << 0;
        QTest::newRow("not an address") << "example.org:9290" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
    }
    void listenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(int, port);
        QHostAddress parsedAddress;
        quint16 parsedPort = 1;
        QCOMPARE(MetricsServer::parseListenAddress(text, &parsedAddress, &parsedPort), valid);
        if (!valid)
            return;
        QCOMPARE(parsedPort, quint16(port));
        if (address == QLatin1String("any"))
            QCOMPARE(parsedAddress, QHostAddress(QHostAddress::Any));
        else
            QCOMPARE(parsedAddress, QHostAddress(address));
    }
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "tst_metricsserver.moc"
