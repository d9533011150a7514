// SPDX-License-Identifier: GPL-3.0-or-later
// What a LanClient reports as signals, against ipmi_sim behind the fault proxy (which
// keeps the address stable while the simulator is restarted): opened() at the login with
// its suite, loggedInAgain() when a restarted BMC forgot the session and the client
// logged in again on its own, and failed() when the BMC is gone for good.
#include "udpfaultproxy.h"

#include "demo/ipmisimfixture.h"
#include "ipmi/cmd/app.h"
#include "transport/lanclient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

// Short waits: silence is noticed in a fraction of a second on loopback.
ipmi::SessionConfig fastConfig(const sim::Account &account)
{
    ipmi::SessionConfig config;
    config.username = account.user.toStdString();
    config.password = ipmi::SecretBytes(account.password.toStdString());
    config.cipher.pinnedSuite = 3;
    config.timing.handshakeTimeout = 200ms;
    config.timing.handshakeMessageAttempts = 2;
    config.timing.handshakeAttempts = 1;
    config.timing.requestTimeout = 200ms;
    config.timing.requestAttempts = 2;
    config.timing.backoffStep = 0ms;
    return config;
}

// Runs one Get Device ID to its end.
ipmi::Result<ipmi::Response> deviceId(LanClient &client)
{
    std::optional<ipmi::Result<ipmi::Response>> result;
    client.execute(ipmi::cmd::getDeviceIdRequest(), [&result](ipmi::Result<ipmi::Response> answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return ipmi::Error{ipmi::ErrorKind::Timeout, "the test waited in vain"};
    return *result;
}

} // namespace

class TestFaultsLanClient final : public QObject
{
    Q_OBJECT

private slots:
    void restartedBmcIsLoggedInAgain()
    {
        auto first = std::make_unique<sim::IpmiSimFixture>();
        QVERIFY2(first->start(), qPrintable(first->errorString()));
        const sim::Account admin = *first->bmc(0).account(ipmi::Privilege::Administrator);
        auto proxy = std::make_unique<UdpFaultProxy>(QHostAddress(first->bmc(0).host), first->bmc(0).port,
                                                     UdpFaultProxy::Faults{});
        QVERIFY(proxy->listen());
        const quint16 port = proxy->listenPort();

        LanClient client(QStringLiteral("127.0.0.1"), port, fastConfig(admin));
        QSignalSpy opened(&client, &IpmiClient::opened);
        QSignalSpy again(&client, &IpmiClient::loggedInAgain);
        QSignalSpy failed(&client, &IpmiClient::failed);
        const auto before = deviceId(client);
        QVERIFY2(before.ok(), before ? "" : before.error().message.c_str());
        QCOMPARE(opened.count(), 1);
        const auto login = opened.first().first().value<ipmi::SessionInfo>();
        QCOMPARE(int(login.cipherSuite), 3);
        QCOMPARE(login.privilege, ipmi::Privilege::Administrator);
        QCOMPARE(again.count(), 0);

        // A new simulator behind the same address knows nothing of the session.
        first->stop();
        sim::IpmiSimFixture second;
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        proxy = std::make_unique<UdpFaultProxy>(QHostAddress(second.bmc(0).host), second.bmc(0).port,
                                                UdpFaultProxy::Faults{});
        QVERIFY2(proxy->listen(QHostAddress::LocalHost, port), qPrintable(proxy->errorString()));

        const auto after = deviceId(client); // re-sent after the new login
        QVERIFY2(after.ok(), after ? "" : after.error().message.c_str());
        QCOMPARE(again.count(), 1);
        const auto relogin = again.first().first().value<ipmi::SessionInfo>();
        QCOMPARE(int(relogin.cipherSuite), 3);
        QCOMPARE(opened.count(), 1); // the caller's open() was answered long ago
        QCOMPARE(failed.count(), 0);
    }

    void vanishedBmcFailsTheSession()
    {
        auto bmc = std::make_unique<sim::IpmiSimFixture>();
        QVERIFY2(bmc->start(), qPrintable(bmc->errorString()));
        const sim::Account admin = *bmc->bmc(0).account(ipmi::Privilege::Administrator);
        UdpFaultProxy proxy(QHostAddress(bmc->bmc(0).host), bmc->bmc(0).port, UdpFaultProxy::Faults{});
        QVERIFY(proxy.listen());
        LanClient client(QStringLiteral("127.0.0.1"), proxy.listenPort(), fastConfig(admin));
        QSignalSpy failed(&client, &IpmiClient::failed);
        QVERIFY(deviceId(client).ok());

        bmc.reset(); // gone, and nothing answers in its place
        const auto lost = deviceId(client);
        QVERIFY(!lost.ok());
        QCOMPARE(failed.count(), 1);
        const auto error = failed.first().first().value<ipmi::Error>();
        QCOMPARE(error.kind, ipmi::ErrorKind::SessionLost);
        QCOMPARE(error.message, lost.error().message); // the request fails with the same reason
        QVERIFY2(error.message.find("logging in again failed") != std::string::npos, error.message.c_str());
        QVERIFY(!client.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestFaultsLanClient)
#include "tst_faults_lanclient.moc"
