// SPDX-License-Identifier: GPL-3.0-or-later
// Retransmission timeouts that follow the measured round-trip time (RttEstimator), on
// virtual time: a lost datagram to a fast BMC costs about one RTO instead of the fixed
// first wait, a slow BMC is not sent copies of requests it is still answering, repeated
// loss backs off; a copy of a read has an rqSeq of its own, so its answer is timed even
// after a retransmission, and each command learns its own round trip.
#include "sessiontestutil.h"

#include "ipmi/session/exchange.h"
#include "ipmi/session/repeatablecommands.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::test;
using namespace std::chrono_literals;

namespace {

using Ms = std::chrono::milliseconds;

Ms since(const SessionPair &pair, TimePoint from)
{
    return std::chrono::duration_cast<Ms>(pair.now - from);
}

// The fake BMC's echo, served as Get Sensor Reading: a repeatable command, so its waits
// follow the estimator (the OEM echo of echo() keeps the fixed schedule).
Request reading(std::uint8_t value)
{
    return Request{0x04, 0x2d, {value, 0xa5}};
}

FakeBmcConfig readingBmc(FakeBmcConfig config = {})
{
    config.echoNetFn = 0x04;
    config.echoCmd = 0x2d;
    return config;
}

} // namespace

class TestSessionRtt final : public QObject
{
    Q_OBJECT

private slots:
    void estimatorFollowsRfc6298()
    {
        RttEstimator rtt(20ms);
        QVERIFY(!rtt.hasEstimate());
        rtt.addSample(100ms);
        QCOMPARE(rtt.smoothed(), RttEstimator::Duration(100ms));
        QCOMPARE(rtt.variation(), RttEstimator::Duration(50ms));
        QCOMPARE(rtt.timeout(), RttEstimator::Duration(300ms)); // SRTT + 4 RTTVAR
        rtt.addSample(200ms);
        QCOMPARE(rtt.variation(), RttEstimator::Duration(62500us)); // (3*50 + 100) / 4
        QCOMPARE(rtt.smoothed(), RttEstimator::Duration(112500us)); // (7*100 + 200) / 8
        for (int i = 0; i < 200; ++i)
            rtt.addSample(400ms);
        // Steady answers: RTTVAR decays, 3/2 SRTT keeps the margin.
        QVERIFY(rtt.variation() < 1ms);
        QVERIFY(rtt.timeout() >= RttEstimator::Duration(599ms));
        for (int i = 0; i < 50; ++i)
            rtt.addSample(100us);
        QCOMPARE(rtt.timeout(), RttEstimator::Duration(20ms)); // the floor
    }

    // One request datagram lost after the login: the retry goes out one RTO later (the
    // 10 ms floor, on a 4 ms link), not after the configured 1 s.
    void lostRequestToFastBmcCostsAboutOneRto_data()
    {
        QTest::addColumn<bool>("lan15");
        QTest::newRow("lanplus") << false;
        QTest::newRow("lan") << true;
    }
    void lostRequestToFastBmcCostsAboutOneRto()
    {
        QFETCH(bool, lan15);
        SessionPair pair(versionConfig(lan15), readingBmc());
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(reading(0)));
        const std::size_t lost = pair.sent.size() - bmcDatagrams(pair); // the next ToBmc index
        pair.link.drop = [lost](const Datagram &d) { return d.direction == Direction::ToBmc && d.index == lost; };
        const TimePoint before = pair.now;
        const std::optional<Response> reply = pair.call(reading(1));
        QVERIFY(reply);
        QCOMPARE(int(reply->data[0]), 1);
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(1));
        QVERIFY2(since(pair, before) < 60ms, std::to_string(since(pair, before).count()).c_str());
        QVERIFY(pair.session.stats().smoothedRtt > 0us);
        QVERIFY(pair.session.stats().smoothedRtt < 10ms);
    }

    // The login is timed too: a login message lost after the first answer is sent again
    // after about one RTO.
    void lostLoginMessageCostsAboutOneRto()
    {
        LinkModel link; // pinned suite: auth caps 0, Open Session 1, RAKP 1 2, RAKP 3 3
        link.drop = [](const Datagram &d) { return d.direction == Direction::ToBmc && d.index == 2; };
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 17;
        SessionPair pair(config, {}, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(1));
        QCOMPARE(pair.session.stats().handshakeRestarts, std::uint64_t(0));
        QVERIFY2(since(pair, pair.start) < 100ms, std::to_string(since(pair, pair.start).count()).c_str());
    }

    // A command that is not known to be repeatable (here an OEM one) keeps the fixed
    // schedule, so a slow answer to a write is not met with a copy that would carry it
    // out twice: a lost datagram still costs the configured first wait.
    void otherCommandsKeepTheFixedSchedule()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(echo(0)));
        const std::size_t lost = pair.sent.size() - bmcDatagrams(pair);
        pair.link.drop = [lost](const Datagram &d) { return d.direction == Direction::ToBmc && d.index == lost; };
        const TimePoint before = pair.now;
        QVERIFY(pair.call(echo(1)));
        QCOMPARE(since(pair, before), 1004ms);
        QVERIFY(!repeatableCommand(0x00, 0x02)); // Chassis Control
        QVERIFY(!repeatableCommand(0x0a, 0x47)); // Clear SEL
        QVERIFY(repeatableCommand(0x0a, 0x23));  // Get SDR
        QVERIFY(repeatableCommand(0x05, 0x2d));  // Get Sensor Reading, response netFn bit set
    }

    // Without -C the login asks for the cipher suite list; a BMC like ipmi_sim answers it
    // only in IPMI 1.5 framing. The unanswered RMCP+-framed try waits about one RTO (the
    // answer to Get Channel Authentication Capabilities timed it), no longer the fixed
    // 300 ms, so the automatic login costs a few round trips more than a pinned one.
    void coldProbeCostsRoundTripsNotAFixedWait()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        bmcConfig.listedSuites = {1, 2, 3};
        bmcConfig.cipherList = CipherListSupport::Only15Framing;
        SessionPair automatic(testConfig(), bmcConfig);
        QVERIFY(automatic.runUntilEstablished());
        QCOMPARE(int(automatic.session.info().cipherSuite), 3);
        SessionConfig pinnedConfig = testConfig();
        pinnedConfig.cipher.pinnedSuite = 3;
        SessionPair pinned(pinnedConfig, bmcConfig);
        QVERIFY(pinned.runUntilEstablished());
        const Ms extra = since(automatic, automatic.start) - since(pinned, pinned.start);
        QVERIFY2(extra < 50ms, std::to_string(extra.count()).c_str());
    }

    // A BMC that answers in 400 ms and lists its suites only in IPMI 1.5 framing (as
    // ipmi_sim): the probe waits what the BMC was measured to need, so the list is read
    // and the login goes straight to suite 3; it used to wait 300 ms per try, give up on
    // the list and try 17 first.
    void slowBmcGetsItsCipherListRead()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        bmcConfig.listedSuites = {1, 2, 3};
        bmcConfig.cipherList = CipherListSupport::Only15Framing;
        LinkModel link;
        link.extraDelay = [](const Datagram &d) { return d.direction == Direction::ToConsole ? 400ms : 0ms; };
        SessionPair pair(testConfig(), bmcConfig, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().cipherSuite), 3);
        const std::string &notes = pair.session.info().notes;
        QVERIFY2(notes.find("Cipher Suites") == std::string::npos, notes.c_str());
        QCOMPARE(pair.bmc.openSessionRequests, 1); // 17 was not tried
    }

    // A BMC that answers after 400 ms, and now and then after 500 ms: once the estimator
    // has its measure, no request is sent twice.
    void slowBmcIsNotSentCopies()
    {
        LinkModel link;
        link.extraDelay = [](const Datagram &d) {
            if (d.direction != Direction::ToConsole)
                return 0ms;
            return d.index % 7 == 6 ? 500ms : 400ms;
        };
        SessionPair pair(testConfig(), readingBmc(), link);
        QVERIFY(pair.runUntilEstablished());
        const std::uint64_t loginRetransmissions = pair.session.stats().retransmissions;
        for (std::uint8_t i = 0; i < 40; ++i) {
            const std::optional<Response> reply = pair.call(reading(i));
            QVERIFY(reply);
            QCOMPARE(int(reply->data[0]), int(i));
        }
        QCOMPARE(pair.session.stats().retransmissions, loginRetransmissions);
        QCOMPARE(pair.bmc.echoExecutions, 40);
        QVERIFY(pair.session.stats().smoothedRtt > 400ms);
    }

    // Every copy of a request lost: the waits double from the RTO, never beyond the
    // fixed schedule (1 s, 1.5 s, 2 s...), and the number of sends stays -R + 1.
    void repeatedLossBacksOff()
    {
        SessionConfig config = testConfig();
        config.timing.reopenAttempts = 0;
        SessionPair pair(config, readingBmc());
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(reading(0)));
        const std::size_t first = pair.sent.size() - bmcDatagrams(pair);
        pair.link.drop = [first](const Datagram &d) { return d.direction == Direction::ToBmc && d.index >= first; };
        const std::size_t before = pair.sent.size();
        const RequestId id = pair.submit(reading(1));
        QVERIFY(pair.runUntil([&] { return pair.requestError(id).has_value(); }));
        std::vector<Ms> waits;
        for (std::size_t i = before; i + 1 < pair.sent.size(); ++i) {
            QVERIFY(pair.sent[i].direction == Direction::ToBmc);
            waits.push_back(std::chrono::duration_cast<Ms>(pair.sent[i + 1].sentAt - pair.sent[i].sentAt));
        }
        QCOMPARE(pair.sent.size() - before, std::size_t(config.timing.requestAttempts));
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(config.timing.requestAttempts - 1));
        // The last send waits at least the first fixed wait (1 s) before giving up.
        // The command's own estimate after its one 4 ms answer: RTO = 4 + 4 * 2 = 12 ms
        // (RFC 6298 starts RTTVAR at half the first sample), doubled on each expiry.
        QCOMPARE(waits, (std::vector<Ms>{12ms, 24ms, 48ms, 96ms, 192ms}));
        QCOMPARE(since(pair, pair.sent.back().sentAt), 1000ms);
    }

    // A BMC that goes silent for good (a reboot): the request's tries follow the RTO, but
    // the re-login's first message keeps the fixed schedule, so the session still waits
    // about 10 s for the BMC to come back before it gives up.
    void reloginAfterSilenceKeepsTheFixedPatience()
    {
        SessionPair pair(testConfig(), readingBmc());
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(reading(0)));
        pair.link.drop = [](const Datagram &) { return true; };
        const TimePoint before = pair.now;
        const RequestId id = pair.submit(reading(1));
        QVERIFY(pair.runUntil([&] { return pair.sessionError().has_value(); }));
        QVERIFY(pair.requestError(id).has_value());
        // 12 + 24 + 48 + 96 + 192 ms (see repeatedLossBacksOff) and 1 s for the request,
        // then 10.5 s of Get Channel Authentication Capabilities tries.
        QCOMPARE(since(pair, before), 11872ms);
    }

    // The backoff never exceeds the fixed schedule, whose first wait is -N.
    void backoffIsCappedByTheFixedSchedule()
    {
        RetryPolicy policy{200ms, 100ms, 6, 400ms};
        RttEstimator rtt(20ms);
        for (int i = 0; i < 20; ++i)
            rtt.addSample(30ms);
        QCOMPARE(policy.waitAfter(1, &rtt), Clock::duration(45ms)); // 3/2 SRTT
        QCOMPARE(policy.waitAfter(3, &rtt), Clock::duration(180ms));
        QCOMPARE(policy.waitAfter(4, &rtt), Clock::duration(360ms));
        QCOMPARE(policy.waitAfter(5, &rtt), Clock::duration(400ms)); // not 720: the fixed cap
        QCOMPARE(policy.waitAfter(6, &rtt), Clock::duration(400ms));
        policy.patientLastSend = false;
        QCOMPARE(policy.waitAfter(2, &rtt), Clock::duration(90ms));
        policy.timeout = 1000ms;
        QCOMPARE(policy.waitAfter(6, &rtt), Clock::duration(400ms)); // 45 * 32, capped
        policy.patientLastSend = true;
        QCOMPARE(policy.waitAfter(6, &rtt), Clock::duration(1000ms)); // at least `timeout`
        policy.timeout = 200ms;
        policy.maxWait = 2000ms;
        QCOMPARE(policy.waitAfter(5, &rtt), Clock::duration(600ms)); // 200 + 4 * 100 < 720
        QCOMPARE(policy.waitAfter(6, &rtt), Clock::duration(700ms)); // 200 + 5 * 100
        // The doubling is the request's own: the next one starts from the RTO again.
        QCOMPARE(policy.waitAfter(1, &rtt), Clock::duration(45ms));
        QCOMPARE(policy.waitAfter(2, nullptr), Clock::duration(300ms));
        RttEstimator empty;
        QCOMPARE(policy.waitAfter(1, &empty), Clock::duration(200ms)); // no estimate: fixed
    }

    // A copy of a read has an rqSeq of its own, so a late answer names its send: the
    // first send's answer, a second late, is timed for that command (the BMC was slow,
    // not the link lossy). The next request of it is not sent copies while it waits
    // that long again, and another command keeps its own short RTO.
    void lateAnswerIsTimedForItsCommand()
    {
        SessionPair pair(testConfig(), readingBmc());
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(reading(0)));
        QVERIFY(pair.call(Request{0x06, 0x01, {}})); // Get Device ID: timed, fast
        const std::size_t slow = bmcDatagrams(pair);
        pair.link.extraDelay = [slow](const Datagram &d) {
            return d.direction == Direction::ToConsole && d.index == slow ? 1000ms : 0ms;
        };
        pair.link.drop = [slow](const Datagram &d) {
            return d.direction == Direction::ToConsole && d.index > slow && d.index <= slow + 5;
        };
        const std::optional<Response> late = pair.call(reading(1));
        QVERIFY(late);
        QCOMPARE(int(late->data[2]), 2); // the first execution's answer (counter from 1)
        QCOMPARE(pair.bmc.echoExecutions, 7);

        // The same command answered after 900 ms: no copy.
        const std::uint64_t retransmissions = pair.session.stats().retransmissions;
        const std::size_t slowAgain = bmcDatagrams(pair);
        pair.link.drop = nullptr;
        pair.link.extraDelay = [slowAgain](const Datagram &d) {
            return d.direction == Direction::ToConsole && d.index == slowAgain ? 900ms : 0ms;
        };
        QVERIFY(pair.call(reading(2)));
        QCOMPARE(pair.session.stats().retransmissions, retransmissions);

        // Another command lost once still costs about its own RTO.
        pair.link.extraDelay = nullptr;
        const std::size_t lost = pair.sent.size() - bmcDatagrams(pair);
        pair.link.drop = [lost](const Datagram &d) { return d.direction == Direction::ToBmc && d.index == lost; };
        const TimePoint before = pair.now;
        QVERIFY(pair.call(Request{0x06, 0x01, {}}));
        QVERIFY2(since(pair, before) < 100ms, std::to_string(since(pair, before).count()).c_str());
    }

    // What the desktop's poller met on ipmi_sim: Get Chassis Status runs a hook script
    // and takes 300 ms, readings take 2 ms. Polled again and again, the chassis status
    // is sent copies the first time only, not at every poll.
    void commandSlowOnAFastBmcIsNotSentCopiesEachTime()
    {
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 2; // answers in the clear, so the link can tell them apart
        SessionPair pair(config, readingBmc());
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(reading(0)));
        pair.link.extraDelay = [](const Datagram &d) {
            // RMCP (4) and RMCP+ session header (12), then the IPMI answer: netFn 01h at
            // byte 1, command at byte 5. Get Chassis Status answers are slow.
            const Bytes &b = d.bytes;
            const bool chassisStatus = d.direction == Direction::ToConsole && b.size() > 22
                                       && (b[17] >> 2) == 0x01 && b[21] == 0x01;
            return chassisStatus ? 300ms : 0ms;
        };
        const std::uint64_t before = pair.session.stats().retransmissions;
        QVERIFY(pair.call(Request{0x00, 0x01, {}}));
        const std::uint64_t firstPoll = pair.session.stats().retransmissions - before;
        QVERIFY(firstPoll > 0); // the first one meets a short RTO
        for (int poll = 0; poll < 5; ++poll) {
            QVERIFY(pair.call(Request{0x00, 0x01, {}}));
            for (std::uint8_t i = 0; i < 20; ++i)
                QVERIFY(pair.call(reading(i)));
        }
        QCOMPARE(pair.session.stats().retransmissions - before, firstPoll);
    }
};

QTEST_GUILESS_MAIN(TestSessionRtt)
#include "tst_sessionrtt.moc"
