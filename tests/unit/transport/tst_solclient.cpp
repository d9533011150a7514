// SPDX-License-Identifier: GPL-3.0-or-later
// SolClient over the client interface, with a scripted IpmiClient: activation uses the
// suite of the login the client reports, SOL ends when the client says the session was
// logged in again or lost, and a client that cannot carry SOL fails activation with its
// own sentence before anything is sent. (Against a real BMC: tests/integration/sol.)
#include "transport/ipmiclient.h"
#include "transport/solclient.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <vector>

namespace {

// Answers the SOL activation commands like a BMC with one free SOL instance; callbacks
// run from the event loop, as from the real clients.
class ScriptedClient final : public IpmiClient
{
public:
    explicit ScriptedClient(ipmi::SessionInfo info) : m_info(std::move(info)) {}

    void open(ipmi::OpenCallback done) override
    {
        ++opens;
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            emit opened(m_info);
            done(m_info);
        });
    }
    ipmi::RequestId execute(ipmi::Request request, ipmi::ResponseCallback done) override
    {
        requests.push_back(request);
        ipmi::Response response;
        switch (request.cmd) {
        case 0x4e: // Get Channel Payload Support: SOL is offered
            response.data = {0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
            break;
        case 0x4a: // Get Payload Activation Status: one instance, none active
            response.data = {0x01, 0x00, 0x00};
            break;
        case 0x48: // Activate Payload: 64-byte payloads both ways, port 623
            response.data = {0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x40, 0x00, 0x6f, 0x02, 0xff, 0xff};
            break;
        default: // Deactivate Payload, Get Device ID
            break;
        }
        QTimer::singleShot(0, this, [done = std::move(done), response] { done(response); });
        return ipmi::RequestId(requests.size());
    }
    void cancel(ipmi::RequestId) override {}
    void close(std::function<void()> done) override
    {
        if (done)
            QTimer::singleShot(0, this, std::move(done));
    }
    bool isOpen() const override { return true; }
    QString location() const override { return QStringLiteral("127.0.0.1:623"); }
    ipmi::Result<void> solAvailable() const override
    {
        if (refuseSol)
            return ipmi::makeError(ipmi::ErrorKind::Unsupported, "no SOL over this client");
        return {};
    }
    ipmi::Result<void> sendSolPayload(ipmi::ByteView payload) override
    {
        payloads.emplace_back(payload.begin(), payload.end());
        return {};
    }
    void setSolPayloadHandler(std::function<void(ipmi::Bytes)> newHandler) override { handler = std::move(newHandler); }

    // What the client reports, as LanClient does from its session's events.
    void logInAgain(ipmi::SessionInfo info) { emit loggedInAgain(info); }
    void lose(const std::string &why) { emit failed(ipmi::makeError(ipmi::ErrorKind::SessionLost, why)); }

    bool refuseSol = false;
    int opens = 0;
    std::vector<ipmi::Request> requests;
    std::vector<ipmi::Bytes> payloads;
    std::function<void(ipmi::Bytes)> handler;

private:
    ipmi::SessionInfo m_info;
};

ipmi::SessionInfo suite(std::uint8_t number)
{
    ipmi::SessionInfo info;
    info.cipherSuite = number;
    info.privilege = ipmi::Privilege::Administrator;
    info.bmcSessionId = 0x1234;
    return info;
}

bool activate(SolClient &sol)
{
    QSignalSpy activated(&sol, &SolClient::activated);
    sol.activate();
    return activated.wait(5000);
}

const ipmi::Request *sent(const ScriptedClient &client, std::uint8_t cmd)
{
    for (const ipmi::Request &request : client.requests)
        if (request.cmd == cmd)
            return &request;
    return nullptr;
}

} // namespace

class TestSolClient final : public QObject
{
    Q_OBJECT

private slots:
    // The Activate Payload asks for encryption and integrity as the login's suite has them.
    void activationFollowsTheLoginsSuite_data()
    {
        QTest::addColumn<int>("suite");
        QTest::addColumn<int>("aux"); // bit 7 encrypt, bit 6 authenticate
        QTest::newRow("17: AES and HMAC-SHA256") << 17 << 0xc0;
        QTest::newRow("16: HMAC-SHA256 only") << 16 << 0x40;
        QTest::newRow("15: neither") << 15 << 0x00;
    }
    void activationFollowsTheLoginsSuite()
    {
        QFETCH(int, suite);
        QFETCH(int, aux);
        ScriptedClient client(::suite(std::uint8_t(suite)));
        SolClient sol(&client);
        QVERIFY(activate(sol));
        QCOMPARE(sol.state(), SolClient::State::Active);
        const ipmi::Request *activation = sent(client, 0x48);
        QVERIFY(activation);
        QCOMPARE(activation->data.at(2) & 0xc0, aux);
        QVERIFY(client.handler); // payloads are taken from now on
    }

    // A new login after the BMC dropped the session has no SOL payload active.
    void loginAgainEndsSol()
    {
        ScriptedClient client(suite(17));
        SolClient sol(&client);
        QVERIFY(activate(sol));
        QSignalSpy deactivated(&sol, &SolClient::deactivated);
        client.logInAgain(suite(17));
        QCOMPARE(deactivated.count(), 1);
        QCOMPARE(deactivated.first().first().toString(), QStringLiteral("The session to the BMC was lost."));
        QCOMPARE(sol.state(), SolClient::State::Idle);
        QVERIFY(!client.handler);
        // Activating again works in the new session.
        QVERIFY(activate(sol));
    }

    // Without an active payload there is nothing to lose (an activation under way learns
    // of a failure from its own requests).
    void sessionEventsWhileIdleEndNothing()
    {
        ScriptedClient client(suite(17));
        SolClient sol(&client);
        QSignalSpy deactivated(&sol, &SolClient::deactivated);
        QSignalSpy failed(&sol, &SolClient::failed);
        client.logInAgain(suite(17));
        client.lose("no answer");
        QCOMPARE(deactivated.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void lostSessionEndsSolWithItsReason()
    {
        ScriptedClient client(suite(3));
        SolClient sol(&client);
        QVERIFY(activate(sol));
        QSignalSpy deactivated(&sol, &SolClient::deactivated);
        client.lose("no answer from 127.0.0.1:623 to a keepalive; the session is lost");
        QCOMPARE(deactivated.count(), 1);
        QCOMPARE(deactivated.first().first().toString(),
                 QStringLiteral("no answer from 127.0.0.1:623 to a keepalive; the session is lost"));
        QCOMPARE(sol.state(), SolClient::State::Idle);
    }

    // The client's sentence, not worth retrying, and nothing opened or sent; after the
    // call, from the event loop.
    void clientWithoutSolFailsActivation()
    {
        ScriptedClient client(suite(17));
        client.refuseSol = true;
        SolClient sol(&client);
        QSignalSpy failed(&sol, &SolClient::failed);
        sol.activate();
        QCOMPARE(failed.count(), 0);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("no SOL over this client"));
        QCOMPARE(failed.first().at(1).toBool(), false);
        QCOMPARE(sol.state(), SolClient::State::Idle);
        sol.takeOver();
        QVERIFY(failed.wait(5000));
        QCOMPARE(client.opens, 0);
        QVERIFY(client.requests.empty());
    }
};

QTEST_GUILESS_MAIN(TestSolClient)
#include "tst_solclient.moc"
