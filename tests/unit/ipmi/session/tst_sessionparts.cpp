// SPDX-License-Identifier: GPL-3.0-or-later
// The session layer's parts on their own: the replay window, outbound numbering,
// rqSeq and retransmission rules, session-management command codecs, the transition
// table and the suite and auth-type choices.
#include "ipmi/session/exchange.h"
#include "ipmi/session/handshake15.h"
#include "ipmi/session/handshake20.h"
#include "ipmi/session/sequencewindow.h"
#include "ipmi/session/sessioncommands.h"
#include "ipmi/session/sessionstate.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sessioncmd;
using namespace std::chrono_literals;

namespace {

// One exchange of a session (its rqSeq counter and estimator) for a request netFn/cmd.
struct ExchangeRig
{
    ExchangeRig(std::uint8_t firstRqSeq, std::uint8_t netFn, std::uint8_t cmd) : counter(firstRqSeq)
    {
        message.netFn = netFn;
        message.cmd = cmd;
    }
    RqSeqCounter counter;
    RttEstimator rtt;
    Exchange exchange{counter, &rtt};
    RequestMessage message;
};

} // namespace

class TestSessionParts final : public QObject
{
    Q_OBJECT

private slots:
    void windowAcceptsInOrder()
    {
        SequenceWindow window(1);
        for (std::uint32_t n = 1; n < 100; ++n)
            QVERIFY(window.accept(n));
    }

    void windowDropsDuplicates()
    {
        SequenceWindow window(1);
        QVERIFY(window.accept(1));
        QVERIFY(window.accept(2));
        QVERIFY(!window.accept(2));
        QVERIFY(!window.accept(1));
        QVERIFY(window.accept(3));
        QVERIFY(!window.accept(3));
    }

    void windowAcceptsLateOnce()
    {
        SequenceWindow window(1);
        QVERIFY(window.accept(1));
        QVERIFY(window.accept(5)); // 2, 3, 4 lost or late
        QVERIFY(window.accept(3));
        QVERIFY(!window.accept(3));
        QVERIFY(window.accept(2));
        QVERIFY(window.accept(4));
        QVERIFY(!window.accept(4));
    }

    void windowDropsFarOut()
    {
        SequenceWindow window(1, 8);
        QVERIFY(window.accept(1));
        QVERIFY(!window.accept(10)); // 9 ahead
        QVERIFY(window.accept(9));   // 8 ahead
        QVERIFY(!window.accept(0));  // 9 behind
        QVERIFY(window.accept(2));   // 7 behind, never seen
        QVERIFY(!window.accept(0x80000000u));
    }

    void windowOffByOneStart()
    {
        SequenceWindow window(100);
        QVERIFY(window.accept(99)); // FreeIPMI accepts the BMC being off by one
        QVERIFY(window.accept(100));
        QVERIFY(!window.accept(98));
    }

    void windowSlidesAcrossWrap()
    {
        SequenceWindow window(0xfffffffeu);
        QVERIFY(window.accept(0xfffffffeu));
        QVERIFY(window.accept(0xffffffffu));
        QVERIFY(window.accept(1)); // 0 skipped by RMCP+
        QVERIFY(window.accept(0));
        QVERIFY(!window.accept(0xffffffffu));
    }

    void outboundSkipsZeroOnlyForRmcpPlus()
    {
        OutboundSequence plus(0xffffffffu, true);
        QCOMPARE(plus.next(), 0xffffffffu);
        QCOMPARE(plus.next(), 1u);
        OutboundSequence lan(0xffffffffu, false);
        QCOMPARE(lan.next(), 0xffffffffu);
        QCOMPARE(lan.next(), 0u);
        OutboundSequence fresh(1, true);
        QCOMPARE(fresh.next(), 1u);
        QCOMPARE(fresh.next(), 2u);
    }

    // A copy of a read takes an rqSeq of its own, and its late answer is timed.
    void readCopiesTakeTheirOwnRqSeq()
    {
        ExchangeRig rig(10, 0x04, 0x2d);
        Exchange &exchange = rig.exchange;
        const RttEstimator &rtt = rig.rtt;
        const RequestMessage &message = rig.message;
        const Clock::time_point t0{};
        (void)exchange.start(message, RetryPolicy{1000ms, 0ms, 3}, t0, true);
        QCOMPARE(int(exchange.request().rqSeq), 10);
        QVERIFY(exchange.retransmit(t0 + 1000ms));
        QCOMPARE(int(exchange.request().rqSeq), 11);
        ResponseMessage reply;
        reply.netFn = 0x05;
        reply.cmd = 0x2d;
        reply.rqSeq = 10; // the first send's answer, 1.2 s after it
        QCOMPARE(exchange.match(reply), Exchange::Verdict::Answer);
        exchange.answered(t0 + 1200ms, reply.rqSeq);
        QCOMPARE(rtt.samples(), 1LL);
        QCOMPARE(rtt.smoothed(), RttEstimator::Duration(1200ms));
    }

    // A copy of a write reuses its rqSeq until the BMC says "duplicate", and an answer to
    // an rqSeq sent twice is not timed (Karn's rule).
    void writeCopiesReuseRqSeqUntilDuplicate()
    {
        ExchangeRig rig(62, 0x06, 0x01);
        Exchange &exchange = rig.exchange;
        const RttEstimator &rtt = rig.rtt;
        const RequestMessage &message = rig.message;
        const Clock::time_point t0{};
        const RetryPolicy policy{1000ms, 500ms, 3};
        (void)exchange.start(message, policy, t0, false);
        QCOMPARE(int(exchange.request().rqSeq), 62);
        QCOMPARE(*exchange.deadline(), t0 + 1000ms);
        QVERIFY(exchange.retransmit(t0 + 1000ms));
        QCOMPARE(int(exchange.request().rqSeq), 62);
        QCOMPARE(*exchange.deadline(), t0 + 2500ms); // waits 1.5 s this time
        ResponseMessage reply;
        reply.netFn = 0x07;
        reply.cmd = 0x01;
        reply.rqSeq = 62;
        reply.completionCode = 0xcf;
        QCOMPARE(exchange.match(reply), Exchange::Verdict::Duplicate);
        QVERIFY(exchange.retransmit(t0 + 2500ms));
        QCOMPARE(int(exchange.request().rqSeq), 63); // a fresh one after CFh
        QVERIFY(!exchange.retransmit(t0 + 5000ms));  // three sends in all
        // Late answers to either rqSeq are accepted; other commands or rqSeqs are not.
        reply.completionCode = 0;
        QCOMPARE(exchange.match(reply), Exchange::Verdict::Answer);
        reply.rqSeq = 0;
        QCOMPARE(exchange.match(reply), Exchange::Verdict::Unrelated);
        reply.rqSeq = 63;
        reply.cmd = 0x02;
        QCOMPARE(exchange.match(reply), Exchange::Verdict::Unrelated);
        reply.cmd = 0x01;
        reply.netFn = 0x06; // a request, not a response
        QCOMPARE(exchange.match(reply), Exchange::Verdict::Unrelated);
        reply.netFn = 0x07;
        reply.rqSeq = 62; // sent twice: which copy it answers is unknown
        exchange.answered(t0 + 5100ms, reply.rqSeq);
        QCOMPARE(rtt.samples(), 0LL);
        // The counter wraps within 6 bits.
        (void)exchange.start(message, policy, t0, false);
        QCOMPARE(int(exchange.request().rqSeq), 0);
    }

    void authCapsCodec()
    {
        QCOMPARE(encodeAuthCapsRequest(true, Privilege::Administrator), (Bytes{0x8e, 0x04}));
        QCOMPARE(encodeAuthCapsRequest(false, Privilege::User), (Bytes{0x0e, 0x02}));
        const Bytes response{0x01, 0x97, 0x34, 0x03, 0, 0, 0, 0};
        const Result<AuthCapabilities> caps = decodeAuthCapsResponse(response);
        QVERIFY(caps.ok());
        QVERIFY(caps->offers(AuthType::Md5));
        QVERIFY(caps->offers(AuthType::StraightPassword));
        QVERIFY(!caps->offers(AuthType::Oem));
        QVERIFY(caps->perMessageAuthDisabled);
        QVERIFY(caps->kgSet);
        QVERIFY(caps->nonNullUsernames);
        QVERIFY(!caps->anonymousLogin);
        QVERIFY(caps->v20DataPresent && caps->v20Supported && caps->v15Supported);
        QCOMPARE(encodeAuthCapsResponse(caps.value()), response);
        QVERIFY(!decodeAuthCapsResponse(Bytes{0x01, 0x04}).ok());
    }

    void challengeAndActivateCodecs()
    {
        const Bytes request = encodeChallengeRequest(AuthType::Md5, "admin");
        QCOMPARE(request.size(), std::size_t(17));
        QCOMPARE(int(request[0]), 2);
        QCOMPARE(int(request[6]), 0);
        const Result<ChallengeRequest> decoded = decodeChallengeRequest(request);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->username, std::string("admin"));
        SessionChallenge challenge{0x11223344, {}};
        challenge.challenge[15] = 0x99;
        const Result<SessionChallenge> back = decodeChallengeResponse(encodeChallengeResponse(challenge));
        QVERIFY(back.ok());
        QCOMPARE(back->temporarySessionId, 0x11223344u);
        QCOMPARE(int(back->challenge[15]), 0x99);
        QVERIFY(!decodeChallengeResponse(Bytes(19, 0)).ok());

        ActivateRequest activate{AuthType::Md5, Privilege::Operator, challenge.challenge, 0xa0b0c0d0};
        const Bytes activateBytes = encodeActivateRequest(activate);
        QCOMPARE(activateBytes.size(), std::size_t(22));
        QCOMPARE(activateBytes.back(), std::uint8_t(0xa0)); // little-endian sequence
        const Result<ActivateRequest> activateBack = decodeActivateRequest(activateBytes);
        QVERIFY(activateBack.ok());
        QCOMPARE(activateBack->initialOutboundSequence, 0xa0b0c0d0u);
        ActivateResponse response{AuthType::None, 0x01020304, 0x55, 3};
        const Result<ActivateResponse> responseBack = decodeActivateResponse(encodeActivateResponse(response));
        QVERIFY(responseBack.ok());
        QCOMPARE(responseBack->sessionId, 0x01020304u);
        QCOMPARE(responseBack->initialInboundSequence, 0x55u);
        QCOMPARE(responseBack->authType, AuthType::None);
        QVERIFY(!decodeActivateResponse(Bytes(9, 0)).ok());
    }

    void cipherSuitesAndPrivilegeCodecs()
    {
        QCOMPARE(encodeCipherSuitesRequest(2), (Bytes{0x0e, 0x00, 0x82}));
        const Result<Bytes> chunk = decodeCipherSuitesResponse(Bytes{0x01, 0xc0, 0x11});
        QVERIFY(chunk.ok());
        QCOMPARE(chunk.value(), (Bytes{0xc0, 0x11}));
        QVERIFY(!decodeCipherSuitesResponse(Bytes{}).ok());
        QCOMPARE(encodeSetPrivilegeRequest(Privilege::Administrator), Bytes{0x04});
        QCOMPARE(decodeSetPrivilegeResponse(Bytes{0x03}).value(), std::uint8_t(3));
        QCOMPARE(encodeCloseSessionRequest(0x01020304), (Bytes{0x04, 0x03, 0x02, 0x01}));
    }

    void sessionCommandSentences()
    {
        Error error = sessionCommandError(kGetSessionChallenge, 0x81, "bmc:623", "bob");
        QCOMPARE(error.kind, ErrorKind::UnknownUser);
        QCOMPARE(error.message, std::string("the BMC at bmc:623 does not know user name 'bob'"));
        error = sessionCommandError(kActivateSession, 0x82, "bmc:623", "bob");
        QCOMPARE(error.kind, ErrorKind::NoSessionSlot);
        error = sessionCommandError(kSetSessionPrivilege, 0x81, "bmc:623", "bob");
        QCOMPARE(error.kind, ErrorKind::PrivilegeUnavailable);
        error = sessionCommandError(kGetChannelAuthCaps, 0xc1, "bmc:623", "bob");
        QCOMPARE(error.kind, ErrorKind::CompletionCode);
        QVERIFY(error.message.find("Get Channel Authentication Capabilities failed") == 0);
    }

    void transitionTable()
    {
        QVERIFY(transitionAllowed(Step::Idle, Step::AuthCapsSent));
        QVERIFY(transitionAllowed(Step::OpenSessionSent, Step::Rakp1Sent));
        QVERIFY(transitionAllowed(Step::Rakp1Sent, Step::OpenSessionSent)); // restart
        QVERIFY(!transitionAllowed(Step::Rakp1Sent, Step::Rakp1Sent));      // never RAKP1 twice
        QVERIFY(!transitionAllowed(Step::Rakp3Sent, Step::Rakp3Sent));
        QVERIFY(!transitionAllowed(Step::Idle, Step::Established));
        QVERIFY(!transitionAllowed(Step::ChallengeSent, Step::Rakp1Sent));
        QVERIFY(!transitionAllowed(Step::CloseSent, Step::Established));
        QVERIFY(transitionAllowed(Step::Established, Step::AuthCapsSent)); // re-login
        QVERIFY(transitionAllowed(Step::Rakp3Sent, Step::Failed));
        QVERIFY(transitionAllowed(Step::CloseSent, Step::Closed));
        QVERIFY(!transitionAllowed(Step::Closed, Step::Failed));
        QCOMPARE(stepName(Step::Rakp1Sent), std::string_view("RAKP message 1"));
    }

    void suiteCandidates()
    {
        using V = std::vector<std::uint8_t>;
        // Only suites with integrity and confidentiality are chosen without being pinned.
        QCOMPARE(Handshake20::candidatesFromList(V{1, 2, 3, 15, 16, 17}, false), (V{17, 3}));
        QCOMPARE(Handshake20::candidatesFromList(V{3, 17}, false), (V{17, 3}));
        QCOMPARE(Handshake20::candidatesFromList(V{1, 2, 15, 16}, false), V{});
        QCOMPARE(Handshake20::candidatesFromList(V{0, 1, 6}, false), V{});
        QCOMPARE(Handshake20::candidatesFromList(V{0, 1, 3}, true), (V{3, 0}));
        QCOMPARE(Handshake20::candidatesFromList(V{6, 7}, true), V{});
    }

    void authTypeChoice()
    {
        AuthCapabilities caps;
        caps.authTypes = 0x17; // none, MD2, MD5, straight
        QCOMPARE(Handshake15::chooseAuthType(caps, {}, "x").value(), AuthType::Md5);
        caps.authTypes = 0x13;
        QCOMPARE(Handshake15::chooseAuthType(caps, {}, "x").error().kind, ErrorKind::InsecureRefused);
        QCOMPARE(Handshake15::chooseAuthType(caps, {true, false}, "x").value(), AuthType::StraightPassword);
        QCOMPARE(Handshake15::chooseAuthType(caps, {false, true}, "x").value(), AuthType::None);
        caps.authTypes = 0x02;
        QCOMPARE(Handshake15::chooseAuthType(caps, {true, true}, "x").error().kind, ErrorKind::Unsupported);
    }

    void privilegeNames()
    {
        QCOMPARE(privilegeName(Privilege::Administrator), std::string("ADMINISTRATOR"));
        QCOMPARE(privilegeFromName("operator"), std::optional<Privilege>(Privilege::Operator));
        QCOMPARE(privilegeFromName("User"), std::optional<Privilege>(Privilege::User));
        QCOMPARE(privilegeFromName("admin"), std::optional<Privilege>(Privilege::Administrator));
        QVERIFY(!privilegeFromName("oem"));
        QVERIFY(!privilegeFromName(""));
    }
};

QTEST_GUILESS_MAIN(TestSessionParts)
#include "tst_sessionparts.moc"
