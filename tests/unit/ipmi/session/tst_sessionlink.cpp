// SPDX-License-Identifier: GPL-3.0-or-later
// LanSession on a bad network, on virtual time: loss, duplication, reordering, late
// replies, tampering, replays, duplicate-request answers and garbage input.
#include "sessiontestutil.h"

#include "ipmi/wire/rmcpplus.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::test;
using namespace std::chrono_literals;

class TestSessionLink final : public QObject
{
    Q_OBJECT

private slots:
    void versions_data()
    {
        QTest::addColumn<bool>("lan15");
        QTest::newRow("lanplus") << false;
        QTest::newRow("lan") << true;
    }

    void lossySeededLink_data()
    {
        QTest::addColumn<bool>("lan15");
        QTest::addColumn<std::uint32_t>("seed");
        QTest::addColumn<int>("percent");
        for (std::uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
            QTest::newRow(("lanplus seed " + std::to_string(seed)).c_str()) << false << seed << (seed % 2 ? 20 : 30);
            QTest::newRow(("lan seed " + std::to_string(seed)).c_str()) << true << seed << (seed % 2 ? 30 : 20);
        }
    }
    void lossySeededLink()
    {
        QFETCH(bool, lan15);
        QFETCH(std::uint32_t, seed);
        QFETCH(int, percent);
        SessionConfig config = versionConfig(lan15);
        config.timing.handshakeAttempts = 40;
        config.timing.requestAttempts = 8;
        config.timing.cipherProbeAttempts = 4;
        LinkModel link;
        link.seed = seed;
        link.dropPercent = percent;
        SessionPair pair(config, {}, link);
        std::vector<RequestId> ids;
        for (std::uint8_t i = 0; i < 25; ++i)
            ids.push_back(pair.submit(echo(i)));
        QVERIFY(pair.runUntil(
            [&] { return pair.count(1) + pair.count(2) == int(ids.size()) || pair.sessionError(); }));
        verifyEchoes(pair, ids);
        QVERIFY(pair.session.stats().retransmissions > 0); // the loss was real
    }

    void duplication_data() { versions_data(); }
    void duplication()
    {
        QFETCH(bool, lan15);
        LinkModel link;
        link.duplicatePercent = 50;
        link.seed = 11;
        SessionPair pair(versionConfig(lan15), {}, link);
        QVERIFY(pair.runUntilEstablished());
        std::vector<RequestId> ids;
        for (std::uint8_t i = 0; i < 20; ++i)
            ids.push_back(pair.submit(echo(i)));
        QVERIFY(pair.runUntil([&] { return pair.count(1) == int(ids.size()); }));
        verifyEchoes(pair, ids);
        QVERIFY(pair.session.stats().droppedReplayed > 0); // duplicates met the window
    }

    // Reordering and duplication together, from the first datagram (the login too).
    void reordering_data() { versions_data(); }
    void reordering()
    {
        QFETCH(bool, lan15);
        LinkModel link;
        link.reorderPercent = 40;
        link.duplicatePercent = 20;
        link.seed = 5;
        SessionPair pair(versionConfig(lan15), {}, link);
        std::vector<RequestId> ids;
        for (std::uint8_t i = 0; i < 20; ++i)
            ids.push_back(pair.submit(echo(i)));
        QVERIFY(pair.runUntil([&] { return pair.count(1) == int(ids.size()) || pair.sessionError(); }));
        verifyEchoes(pair, ids);
    }

    // A reply that arrives after the retransmission still answers the request (same
    // rqSeq); the second reply is stale and ignored.
    void replyDelayedBeyondTimeout_data() { versions_data(); }
    void replyDelayedBeyondTimeout()
    {
        QFETCH(bool, lan15);
        SessionPair pair(versionConfig(lan15));
        QVERIFY(pair.runUntilEstablished());
        const std::size_t slow = bmcDatagrams(pair);
        pair.link.extraDelay = [slow](const Datagram &datagram) {
            return datagram.direction == Direction::ToConsole && datagram.index == slow ? 1500ms : 0ms;
        };
        const RequestId id = pair.submit(echo(7));
        QVERIFY(pair.runUntil([&] { return pair.response(id).has_value(); }));
        pair.runFor(5s);
        QCOMPARE(pair.count(1), 1);
        QCOMPARE(pair.response(id)->data[0], std::uint8_t(7));
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(1));
        QCOMPARE(pair.bmc.echoExecutions, 2);
        QCOMPARE(pair.session.stats().staleReplies, std::uint64_t(1));
    }

    void retransmissionIsANewPacket()
    {
        LinkModel link;
        link.drop = [](const Datagram &d) { return d.direction == Direction::ToBmc && d.index == 8; };
        SessionPair pair(testConfig(), {}, link);
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(echo(1)));
        QVERIFY(pair.call(echo(2)));
        std::vector<std::uint32_t> sequences;
        for (const Datagram &datagram : pair.sent) {
            if (datagram.direction == Direction::ToBmc && sessionSequence(datagram.bytes) != 0)
                sequences.push_back(sessionSequence(datagram.bytes));
        }
        // Set Session Privilege, echo 1 (one copy lost), echo 2: numbered 1, 2, 3, 4.
        QCOMPARE(sequences, (std::vector<std::uint32_t>{1, 2, 3, 4}));
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(1));
        // The retransmission reused the rqSeq; the next request took the next one.
        const auto &received = pair.bmc.received();
        const std::uint8_t first = received.at(received.size() - 2).rqSeq;
        QCOMPARE(int(received.back().rqSeq), (first + 1) & 0x3f);
    }

    // A duplicated RAKP 1 makes the BMC draw a new R_C, so it rejects our RAKP 3; the
    // login starts over instead of blaming the password.
    void duplicatedRakp1()
    {
        LinkModel link;
        // Pinned suite, no probe: auth caps, Open Session, RAKP 1 are datagrams 0, 1, 2.
        link.duplicate = [](const Datagram &d) { return d.direction == Direction::ToBmc && d.index == 2; };
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 17;
        SessionPair pair(config, {}, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.rakp1Messages, 3);
        QCOMPARE(pair.bmc.openSessionRequests, 2);
        QVERIFY(contains(pair.session.info().notes, "rejected RAKP message 3 once"));
        QCOMPARE(pair.session.stats().handshakeRestarts, std::uint64_t(1));
    }

    void lostRakp2IsAskedForAgain()
    {
        LinkModel link; // lose RAKP 2 once: RAKP 1 is sent again, the login goes on
        link.drop = [](const Datagram &d) { return d.direction == Direction::ToConsole && d.index == 2; };
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 17;
        SessionPair pair(config, {}, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.openSessionRequests, 1);
        QCOMPARE(pair.bmc.rakp1Messages, 2);
        QCOMPARE(pair.session.stats().handshakeRestarts, std::uint64_t(0));
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(1));
    }

    void handshakeRestartsWhenEveryTryIsLost()
    {
        LinkModel link; // every RAKP 2 of the first login is lost: then it starts over
        int rakp1Sends = 0;
        link.drop = [&rakp1Sends](const Datagram &d) {
            if (d.direction == Direction::ToBmc && d.bytes.size() > 5 && (d.bytes[5] & 0x3f) == 0x12)
                ++rakp1Sends;
            return d.direction == Direction::ToConsole && d.bytes.size() > 5 && (d.bytes[5] & 0x3f) == 0x13
                   && rakp1Sends <= 6;
        };
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 17;
        SessionPair pair(config, {}, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.openSessionRequests, 2);
        QCOMPARE(pair.bmc.rakp1Messages, 7);
        QCOMPARE(pair.session.stats().handshakeRestarts, std::uint64_t(1));
    }

    // Before the session exists nothing carries an integrity check, so a flipped byte
    // in a login answer must cost a retry, never the login. Pinned suite 17, no probe:
    // the BMC's datagrams are auth caps 0, Open Session 1, RAKP 2 2, RAKP 4 3; the
    // RMCP+ payload starts at byte 16.
    void damagedLoginAnswerIsRetried_data()
    {
        QTest::addColumn<int>("datagram");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("openSessions");
        QTest::addColumn<int>("rakp1s");
        QTest::newRow("Open Session status") << 1 << 17 << 2 << 1;
        QTest::newRow("Open Session BMC session ID") << 1 << 25 << 2 << 2;
        QTest::newRow("Open Session algorithm") << 1 << 32 << 2 << 1;
        QTest::newRow("RAKP 2 random") << 2 << 26 << 1 << 2;
        QTest::newRow("RAKP 2 code") << 2 << 60 << 1 << 2;
        QTest::newRow("RAKP 4 status") << 3 << 17 << 2 << 2;
        QTest::newRow("RAKP 4 check value") << 3 << 25 << 2 << 2;
    }
    void damagedLoginAnswerIsRetried()
    {
        QFETCH(int, datagram);
        QFETCH(int, offset);
        QFETCH(int, openSessions);
        QFETCH(int, rakp1s);
        LinkModel link;
        link.tamper = [datagram, offset](Datagram &d) {
            if (d.direction == Direction::ToConsole && d.index == std::size_t(datagram))
                d.bytes.at(std::size_t(offset)) ^= 0x41;
        };
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 17;
        SessionPair pair(config, {}, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.openSessionRequests, openSessions);
        QCOMPARE(pair.bmc.rakp1Messages, rakp1s);
        QVERIFY(pair.call(echo(1)));
    }

    // Both RAKP 2s of a try damaged, or one damaged and duplicated on the way while the
    // answer to the repeated RAKP 1 is lost: that is not yet a wrong password. A fresh
    // session is opened and logs in.
    void rakp2DamagedTwiceIsNotAWrongPassword_data()
    {
        QTest::addColumn<bool>("duplicateIt");
        QTest::newRow("the answer to the repeated RAKP 1 damaged too") << false;
        QTest::newRow("one damaged RAKP 2 arrives twice, the next is lost") << true;
    }
    void rakp2DamagedTwiceIsNotAWrongPassword()
    {
        QFETCH(bool, duplicateIt);
        LinkModel link;
        link.tamper = [duplicateIt](Datagram &d) {
            if (d.direction == Direction::ToConsole && (d.index == 2 || (!duplicateIt && d.index == 3)))
                d.bytes.at(60) ^= 0x41;
        };
        if (duplicateIt) {
            link.duplicate = [](const Datagram &d) { return d.direction == Direction::ToConsole && d.index == 2; };
            link.drop = [](const Datagram &d) { return d.direction == Direction::ToConsole && d.index == 3; };
        }
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 17;
        SessionPair pair(config, {}, link);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.openSessionRequests, 2);
        QVERIFY(contains(pair.session.info().notes, "logging in afresh"));
        QVERIFY(pair.call(echo(1)));
    }

    void tamperedReplyDropped_data()
    {
        QTest::addColumn<bool>("lan15");
        QTest::addColumn<int>("suite");
        QTest::newRow("suite 2") << false << 2;
        QTest::newRow("suite 3") << false << 3;
        QTest::newRow("suite 16") << false << 16;
        QTest::newRow("suite 17") << false << 17;
        QTest::newRow("lan md5") << true << 0;
    }
    void tamperedReplyDropped()
    {
        QFETCH(bool, lan15);
        QFETCH(int, suite);
        SessionConfig config = versionConfig(lan15);
        if (!lan15)
            config.cipher.pinnedSuite = static_cast<std::uint8_t>(suite);
        SessionPair pair(config);
        QVERIFY(pair.runUntilEstablished());
        const std::size_t target = bmcDatagrams(pair);
        pair.link.tamper = [target](Datagram &datagram) {
            if (datagram.direction == Direction::ToConsole && datagram.index == target)
                datagram.bytes.at(datagram.bytes.size() / 2 + 4) ^= 0x01;
        };
        const std::optional<Response> reply = pair.call(echo(3));
        QVERIFY(reply);
        QCOMPARE(reply->data, (Bytes{3, 0xa5, 2}));
        QCOMPARE(pair.session.stats().droppedUnauthenticated, std::uint64_t(1));
        QCOMPARE(pair.session.stats().retransmissions, std::uint64_t(1));
    }

    void unauthenticatedPacketDropped()
    {
        SessionPair pair(testConfig());
        QVERIFY(pair.runUntilEstablished());
        const RequestId id = pair.submit(echo(4));
        // Forge the answer in the clear, with the right session ID, sequence and rqSeq.
        RequestMessage inFlight;
        inFlight.netFn = 0x30;
        inFlight.cmd = 0x01;
        inFlight.rqSeq = static_cast<std::uint8_t>((pair.bmc.received().back().rqSeq + 1) & 0x3f);
        RmcpPlusPacket forged;
        forged.sessionId = pair.session.info().consoleSessionId;
        forged.sequence = 2;
        forged.payload = encodeResponseMessage(replyTo(inFlight, 0, {0xee}));
        const Result<Bytes> bytes = encodeRmcpPlus(forged, nullptr, seededRandom(1));
        QVERIFY(bytes.ok());
        pair.injectToConsole(bytes.value());
        QVERIFY(!pair.response(id));
        QCOMPARE(pair.session.stats().droppedUnauthenticated, std::uint64_t(1));
        QVERIFY(pair.runUntil([&] { return pair.response(id).has_value(); }));
        QCOMPARE(pair.response(id)->data, (Bytes{4, 0xa5, 1}));
    }

    // A recorded reply replayed when the same rqSeq is in flight again (64 requests
    // later) must be stopped by the sequence window, not accepted as the answer.
    void replayedReplyDropped_data() { versions_data(); }
    void replayedReplyDropped()
    {
        QFETCH(bool, lan15);
        SessionPair pair(versionConfig(lan15));
        QVERIFY(pair.runUntilEstablished());
        QVERIFY(pair.call(echo(0)));
        const std::uint8_t recordedRqSeq = pair.bmc.received().back().rqSeq;
        const Bytes recorded = pair.sent.back().bytes;
        QVERIFY(pair.sent.back().direction == Direction::ToConsole);
        for (std::uint8_t i = 1; i < 64; ++i)
            QVERIFY(pair.call(echo(i)));
        const RequestId id = pair.submit(echo(64));
        pair.injectToConsole(recorded);
        QVERIFY(!pair.response(id));
        QCOMPARE(pair.session.stats().droppedReplayed, std::uint64_t(1));
        QVERIFY(pair.runUntil([&] { return pair.response(id).has_value(); }));
        QCOMPARE(int(pair.bmc.received().back().rqSeq), int(recordedRqSeq)); // the test bites
        QCOMPARE(pair.response(id)->data, (Bytes{64, 0xa5, 65}));
    }

    // CFh to a retransmission whose original answer was lost: ignored, then the next
    // try takes a fresh rqSeq and gets a real answer.
    void duplicateRequestCompletionCode()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.cfOnDuplicate = true;
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        const std::size_t target = bmcDatagrams(pair);
        pair.link.drop = [target](const Datagram &d) {
            return d.direction == Direction::ToConsole && d.index == target;
        };
        const std::optional<Response> reply = pair.call(echo(5));
        QVERIFY(reply);
        QCOMPARE(int(reply->completionCode), 0);
        QCOMPARE(reply->data, (Bytes{5, 0xa5, 2}));
        QCOMPARE(pair.session.stats().duplicateRequestReplies, std::uint64_t(1));
        QCOMPARE(pair.bmc.echoExecutions, 2);
    }

    // Whatever is lost, wherever, the session ends in a known state in bounded time.
    void everyStepHasADeadline_data()
    {
        QTest::addColumn<bool>("lan15");
        QTest::addColumn<int>("cut");
        // Every BMC reply before the echo's answer: 7 for lanplus, 4 for lan.
        for (int cut = 0; cut < 7; ++cut)
            QTest::newRow(("lanplus cut " + std::to_string(cut)).c_str()) << false << cut;
        for (int cut = 0; cut < 4; ++cut)
            QTest::newRow(("lan cut " + std::to_string(cut)).c_str()) << true << cut;
    }
    void everyStepHasADeadline()
    {
        QFETCH(bool, lan15);
        QFETCH(int, cut);
        LinkModel link;
        link.drop = [cut](const Datagram &d) { return d.direction == Direction::ToConsole && int(d.index) >= cut; };
        SessionPair pair(versionConfig(lan15), {}, link);
        const RequestId id = pair.submit(echo(1));
        QVERIFY(pair.runUntil([&] { return pair.sessionError() || pair.requestError(id); }, 5min));
        QVERIFY(!pair.response(id));
        QVERIFY(pair.now - pair.start < 2min);
        QVERIFY(!pair.session.pollTimeout()); // nothing left to wait for
    }

    void garbageNeverCrashes_data() { versions_data(); }
    void garbageNeverCrashes()
    {
        QFETCH(bool, lan15);
        SessionPair pair(versionConfig(lan15));
        std::mt19937 rng(99);
        // Random bytes, some behind a valid RMCP header, and mangled copies of the
        // packets seen so far; during the login too.
        const auto spray = [&](int count) {
            std::vector<Bytes> samples;
            for (const Datagram &d : pair.sent)
                samples.push_back(d.bytes);
            for (int i = 0; i < count; ++i) {
                Bytes bytes;
                if (!samples.empty() && rng() % 2) {
                    bytes = samples[rng() % samples.size()];
                    for (int flips = 0; flips < 3 && !bytes.empty(); ++flips)
                        bytes[rng() % bytes.size()] = static_cast<std::uint8_t>(rng());
                    bytes.resize(rng() % (bytes.size() + 8));
                } else {
                    bytes.resize(rng() % 80);
                    for (std::uint8_t &b : bytes)
                        b = static_cast<std::uint8_t>(rng());
                    if (bytes.size() > 4 && rng() % 2) {
                        bytes[0] = 0x06;
                        bytes[1] = 0x00;
                        bytes[2] = 0xff;
                        bytes[3] = 0x07;
                    }
                }
                pair.injectToConsole(bytes);
            }
        };
        pair.open();
        for (int i = 0; i < 12 && !pair.established(); ++i) {
            spray(200);
            pair.step();
        }
        QVERIFY(pair.runUntil([&] { return pair.established() || pair.sessionError(); }));
        QVERIFY(pair.established());
        spray(3000);
        const std::optional<Response> reply = pair.call(echo(1));
        QVERIFY(reply);
        QCOMPARE(reply->data[0], std::uint8_t(1));
        QVERIFY(!pair.sessionError());
    }
};

QTEST_GUILESS_MAIN(TestSessionLink)
#include "tst_sessionlink.moc"
