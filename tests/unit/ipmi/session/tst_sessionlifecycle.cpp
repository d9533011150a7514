// SPDX-License-Identifier: GPL-3.0-or-later
// LanSession over a session's life, on virtual time: BMC reboots and re-login,
// keepalives, closing, cancelling, and failures that end the session.
#include "sessiontestutil.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::test;
using namespace std::chrono_literals;

class TestSessionLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void versions_data()
    {
        QTest::addColumn<bool>("lan15");
        QTest::newRow("lanplus") << false;
        QTest::newRow("lan") << true;
    }

    void bmcRebootMidSession_data() { versions_data(); }
    void bmcRebootMidSession()
    {
        QFETCH(bool, lan15);
        SessionPair pair(versionConfig(lan15));
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(echo(0)));
        pair.bmc.reboot();
        const std::optional<Response> reply = pair.call(echo(1));
        QVERIFY(reply);
        QCOMPARE(int(reply->data[0]), 1);
        QCOMPARE(pair.session.stats().relogins, std::uint64_t(1));
        QCOMPARE(pair.count(0), 1); // re-login is transparent: one Established
        QCOMPARE(pair.count(5), 1); // and one LoggedInAgain, with the new session's info
        std::uint32_t firstId = 0;
        std::uint32_t againId = 0;
        for (const SessionEvent &event : pair.events) {
            if (const auto *established = std::get_if<session_event::Established>(&event))
                firstId = established->info.bmcSessionId;
            if (const auto *again = std::get_if<session_event::LoggedInAgain>(&event))
                againId = again->info.bmcSessionId;
        }
        QCOMPARE(againId, pair.session.info().bmcSessionId);
        QVERIFY(againId != firstId);
        QVERIFY(!pair.sessionError());
        QCOMPARE(pair.session.state(), LanSession::State::Established);
        QVERIFY(contains(pair.session.info().notes, "logged in again"));
        QCOMPARE(pair.bmc.activatedSessions, 2);
        QVERIFY(pair.call(echo(2)));
    }

    // A caller that opens during a re-login waits for Established: it gets one.
    void openDuringRelogin()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        pair.bmc.reboot();
        const RequestId id = pair.submit(echo(1));
        QVERIFY(pair.runUntil([&] { return pair.session.state() == LanSession::State::Handshaking; }));
        pair.open();
        QVERIFY(pair.runUntil([&] { return pair.response(id).has_value(); }));
        QCOMPARE(pair.count(0), 2);
        QCOMPARE(pair.count(5), 1);
    }

    void rebootWithChangedPassword()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        pair.bmc.reboot();
        pair.bmc.config().users[0].password = "changed";
        const RequestId id = pair.submit(echo(1));
        const RequestId queued = pair.submit(echo(9));
        QVERIFY(pair.runUntil([&] { return pair.sessionError().has_value(); }));
        const Error error = *pair.sessionError();
        QCOMPARE(error.kind, ErrorKind::SessionLost);
        QVERIFY2(contains(error.message,
                          "dropped the session and logging in again failed: wrong user name or password"),
                 error.message.c_str());
        QCOMPARE(pair.requestError(id)->kind, ErrorKind::SessionLost);
        QCOMPARE(pair.requestError(queued)->kind, ErrorKind::SessionLost);
        QCOMPARE(pair.session.state(), LanSession::State::Failed);
    }

    void linkDiesAfterLogin()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        pair.link.drop = [](const Datagram &) { return true; };
        const RequestId id = pair.submit(echo(1));
        QVERIFY(pair.runUntil([&] { return pair.sessionError().has_value(); }));
        QVERIFY2(contains(pair.sessionError()->message, "no answer from 10.0.0.5:623 after 6 tries"),
                 pair.sessionError()->message.c_str());
        QCOMPARE(pair.requestError(id)->kind, ErrorKind::SessionLost);
        // 6 tries of the request, then 6 of Get Channel Authentication Capabilities.
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(5 + 5));
        QCOMPARE(pair.session.stats().relogins, std::uint64_t(1));
    }

    void noReloginWhenDisabled()
    {
        SessionConfig config = testConfig();
        config.timing.reopenAttempts = 0;
        SessionPair pair(config);
        QVERIFY(pair.runUntilEstablished());
        pair.bmc.reboot();
        const TimePoint sentAt = pair.now;
        const RequestId id = pair.submit(echo(1));
        QVERIFY(pair.runUntil([&] { return pair.requestError(id).has_value(); }));
        QCOMPARE(pair.requestError(id)->kind, ErrorKind::Timeout);
        QCOMPARE(pair.requestError(id)->message, std::string("no answer from 10.0.0.5:623 after 6 tries"));
        // 1 s, 1.5 s, then 2 s four times: backoff step 500 ms, capped at twice the first
        // (the OEM echo is not a repeatable command: no measured RTO for it).
        QCOMPARE(pair.now - sentAt, TimePoint::duration(std::chrono::milliseconds(10500)));
        QCOMPARE(pair.session.stats().relogins, std::uint64_t(0));
    }

    void failedLoginFreesTheBmcSlot()
    {
        SessionConfig config = testConfig();
        config.privilegeFallback = false;
        FakeBmcConfig bmcConfig;
        bmcConfig.setPrivilegeRefusesAdmin = true;
        SessionPair pair(config, bmcConfig);
        pair.runUntilEstablished();
        QVERIFY(pair.sessionError());
        QCOMPARE(pair.sessionError()->kind, ErrorKind::PrivilegeUnavailable);
        QVERIFY2(contains(pair.sessionError()->message, "may not hold the requested privilege level"),
                 pair.sessionError()->message.c_str());
        pair.runFor(5s);
        QCOMPARE(pair.bmc.closedSessions, 1);
        QCOMPARE(pair.bmc.activeSessions(), std::size_t(0));
    }

    void keepalive_data() { versions_data(); }
    void keepalive()
    {
        QFETCH(bool, lan15);
        SessionPair pair(versionConfig(lan15));
        QVERIFY(pair.runUntilEstablished());
        const int before = pair.bmc.countReceived(0x06, 0x01);
        pair.runFor(19s);
        QCOMPARE(pair.bmc.countReceived(0x06, 0x01), before);
        pair.runFor(2s);
        QCOMPARE(pair.bmc.countReceived(0x06, 0x01), before + 1);
        pair.runFor(60s);
        QCOMPARE(pair.bmc.countReceived(0x06, 0x01), before + 4);
        QCOMPARE(pair.session.stats().keepalives, std::uint64_t(4));
        QCOMPARE(pair.session.state(), LanSession::State::Established);
        QCOMPARE(pair.count(1), 0); // keepalives are the session's own business
    }

    void requestsPostponeTheKeepalive()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        for (int i = 0; i < 5; ++i) {
            pair.runFor(15s);
            QVERIFY(pair.call(echo(std::uint8_t(i))));
        }
        QCOMPARE(pair.session.stats().keepalives, std::uint64_t(0));
    }

    void keepaliveNoticesReboot()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        pair.bmc.reboot();
        pair.runFor(40s);
        QCOMPARE(pair.session.stats().relogins, std::uint64_t(1));
        QCOMPARE(pair.bmc.activeSessions(), std::size_t(1));
        QCOMPARE(pair.session.state(), LanSession::State::Established);
        QVERIFY(!pair.sessionError());
    }

    void close_data() { versions_data(); }
    void close()
    {
        QFETCH(bool, lan15);
        SessionPair pair(versionConfig(lan15));
        QVERIFY(pair.runUntilEstablished());
        const std::uint64_t sentBefore = pair.session.stats().datagramsSent;
        const RequestId a = pair.submit(echo(1));
        const RequestId b = pair.submit(echo(2));
        pair.close();
        QCOMPARE(pair.session.state(), LanSession::State::Closing);
        QCOMPARE(pair.requestError(a)->kind, ErrorKind::Cancelled);
        QCOMPARE(pair.requestError(b)->kind, ErrorKind::Cancelled);
        QVERIFY(pair.runUntil([&] { return pair.closed(); }));
        QCOMPARE(pair.session.state(), LanSession::State::Closed);
        QCOMPARE(pair.bmc.closedSessions, 1);
        QCOMPARE(pair.bmc.activeSessions(), std::size_t(0));
        QCOMPARE(pair.session.stats().datagramsSent, sentBefore + 2); // echo 1 and Close Session
        QVERIFY(!pair.session.pollTimeout());
        const RequestId late = pair.submit(echo(3)); // a closed session opens again
        QVERIFY(pair.runUntil([&] { return pair.response(late).has_value(); }));
    }

    void closeNotAnswered()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.answerCloseSession = false;
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        const std::uint64_t sentBefore = pair.session.stats().datagramsSent;
        const TimePoint closedAt = pair.now;
        pair.close();
        QVERIFY(pair.runUntil([&] { return pair.closed(); }));
        QCOMPARE(pair.session.stats().datagramsSent, sentBefore + 1); // never retransmitted
        QCOMPARE(pair.now - closedAt, TimePoint::duration(500ms));
    }

    void closeDuringLogin()
    {
        SessionPair pair(testConfig());
        pair.open();
        pair.step();
        pair.close();
        QVERIFY(pair.closed());
        QCOMPARE(pair.session.state(), LanSession::State::Closed);
        QVERIFY(!pair.session.pollTimeout());
        QVERIFY(pair.runUntilEstablished()); // opening again after a close works
    }

    void cancel()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        const RequestId first = pair.submit(echo(1));
        const RequestId second = pair.submit(echo(2));
        const RequestId third = pair.submit(echo(3));
        pair.session.cancel(second);
        pair.session.cancel(first); // in flight: its late answer is swallowed
        pair.session.cancel(first);
        while (std::optional<SessionEvent> event = pair.session.pollEvent())
            pair.events.push_back(std::move(*event));
        QCOMPARE(pair.requestError(second)->kind, ErrorKind::Cancelled);
        QCOMPARE(pair.requestError(first)->kind, ErrorKind::Cancelled);
        QCOMPARE(pair.count(2), 2);
        QCOMPARE(pair.session.pendingRequests(), std::size_t(1));
        QVERIFY(pair.runUntil([&] { return pair.response(third).has_value(); }));
        QVERIFY(!pair.response(first));
        QVERIFY(!pair.response(second));
        QCOMPARE(pair.response(third)->data[0], std::uint8_t(3));
        QCOMPARE(pair.bmc.echoExecutions, 2); // the queued one never left
    }

    void submitStartsTheLogin()
    {
        SessionPair pair(testConfig());
        const RequestId id = pair.submit(echo(1));
        QCOMPARE(pair.session.state(), LanSession::State::Handshaking);
        QCOMPARE(pair.session.pendingRequests(), std::size_t(1));
        QVERIFY(pair.runUntil([&] { return pair.response(id).has_value(); }));
        QVERIFY(pair.established());
        QCOMPARE(pair.session.pendingRequests(), std::size_t(0));
    }

    void requestsRunOneAtATime()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        std::vector<RequestId> ids;
        for (std::uint8_t i = 0; i < 5; ++i)
            ids.push_back(pair.submit(echo(i)));
        std::size_t inFlightMax = 0;
        pair.link.drop = [&](const Datagram &) {
            // Datagrams the console sent that the BMC has not answered yet.
            std::size_t toBmc = 0;
            for (const Datagram &d : pair.sent)
                toBmc += d.direction == Direction::ToBmc ? 1 : 0;
            inFlightMax = std::max(inFlightMax, toBmc - bmcDatagrams(pair));
            return false;
        };
        QVERIFY(pair.runUntil([&] { return pair.count(1) == 5; }));
        verifyEchoes(pair, ids);
        QCOMPARE(inFlightMax, std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSessionLifecycle)
#include "tst_sessionlifecycle.moc"
