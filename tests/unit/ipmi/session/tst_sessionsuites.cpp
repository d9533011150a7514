// SPDX-License-Identifier: GPL-3.0-or-later
// LanSession's choice of cipher suite against the fake BMC: automatic (17, then 3, never
// one without encryption, whatever the list or the refusals say), learned from an earlier
// login, pinned, and suite 0; with the cipher suite list in RMCP+ or IPMI 1.5 framing,
// long, absent or forged.
#include "sessiontestutil.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::test;

namespace {

const Request kGetDeviceId{0x06, 0x01, {}};

} // namespace

class TestSessionSuites final : public QObject
{
    Q_OBJECT

private slots:
    void automaticChoice_data()
    {
        QTest::addColumn<QList<int>>("accepted");
        QTest::addColumn<QList<int>>("listed");
        QTest::addColumn<int>("list"); // CipherListSupport
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("openSessions");
        QTest::newRow("17 first") << QList<int>{1, 2, 3, 15, 16, 17} << QList<int>{} << 0 << 17 << 1;
        QTest::newRow("3 next") << QList<int>{1, 2, 3} << QList<int>{} << 0 << 3 << 1;
        QTest::newRow("listed 17 refused") << QList<int>{3} << QList<int>{3, 17} << 0 << 3 << 3;
        QTest::newRow("no list C1h") << QList<int>{3} << QList<int>{} << 1 << 3 << 3;
        QTest::newRow("no list silent") << QList<int>{17} << QList<int>{} << 2 << 17 << 1;
        QTest::newRow("list in 1.5 framing") << QList<int>{1, 2, 3} << QList<int>{} << 3 << 3 << 1;
    }
    void automaticChoice()
    {
        QFETCH(QList<int>, accepted);
        QFETCH(QList<int>, listed);
        QFETCH(int, list);
        QFETCH(int, expected);
        QFETCH(int, openSessions);
        FakeBmcConfig bmcConfig;
        bmcConfig.suites.assign(accepted.begin(), accepted.end());
        bmcConfig.listedSuites.assign(listed.begin(), listed.end());
        bmcConfig.cipherList = static_cast<CipherListSupport>(list);
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().cipherSuite), expected);
        QCOMPARE(pair.bmc.openSessionRequests, openSessions);
        // A BMC without the optional command costs at most two short probes, not seconds.
        QVERIFY(pair.now - pair.start < std::chrono::milliseconds(800));
    }

    void longCipherListIsReadInChunks()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        // 7 records of 5 bytes: two full 16-byte chunks and a short one.
        bmcConfig.listedSuites = {6, 7, 8, 9, 10, 1, 3};
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(pair.bmc.countReceived(0x06, 0x54), 3);
        QCOMPARE(int(pair.session.info().cipherSuite), 3);
        QCOMPARE(pair.bmc.openSessionRequests, 1); // 17 is not listed: not tried
    }

    void cipherListOnlyIn15Framing()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        bmcConfig.listedSuites = {6, 7, 8, 9, 10, 1, 3};
        bmcConfig.cipherList = CipherListSupport::Only15Framing;
        SessionPair pair(testConfig(), bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        // One unanswered RMCP+-framed try, then every chunk in 1.5 framing at once.
        QCOMPARE(pair.bmc.countReceived(0x06, 0x54), 4);
        QCOMPARE(int(pair.session.info().cipherSuite), 3);
        QVERIFY(pair.now - pair.start < std::chrono::milliseconds(400));
    }

    void pinnedSuiteRefused()
    {
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 17;
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        SessionPair pair(config, bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::CipherSuiteUnavailable);
        QCOMPARE(error.message, std::string("BMC offers cipher suites 1, 2, 3; 17 was requested"));
    }

    void nothingInCommon()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1};
        bmcConfig.listedSuites = {6, 7};
        SessionPair pair(testConfig(), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::CipherSuiteUnavailable);
        QVERIFY2(contains(error.message, "BMC offers cipher suites 6, 7"), error.message.c_str());
        QCOMPARE(pair.bmc.openSessionRequests, 0);
    }

    void autoRefusedEverywhere()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1};
        bmcConfig.cipherList = CipherListSupport::InvalidCommand;
        SessionPair pair(testConfig(), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::CipherSuiteUnavailable);
        QVERIFY2(contains(error.message, "or something on the path, refused every encrypted cipher suite (17 (")
                     && contains(error.message, "), 3 ("),
                 error.message.c_str());
        QVERIFY(contains(error.message, "11h"));
        QVERIFY(contains(error.message, "-C 2"));
        // 17 and 3, each asked twice (a refusal carries no proof); never 16, 2, 15 or 1.
        QCOMPARE(pair.bmc.openSessionRequests, 4);
    }

    // A list without 17 and 3, real or forged on the path, never leads to a login
    // without encryption: the error says what was listed and how to pin a suite.
    void weakListIsNotFollowed_data()
    {
        QTest::addColumn<int>("list");
        QTest::newRow("RMCP+ framing") << int(CipherListSupport::Implemented);
        QTest::newRow("1.5 framing") << int(CipherListSupport::Only15Framing);
    }
    void weakListIsNotFollowed()
    {
        QFETCH(int, list);
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        bmcConfig.listedSuites = {1, 2, 16};
        bmcConfig.cipherList = static_cast<CipherListSupport>(list);
        SessionPair pair(testConfig(), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::InsecureRefused);
        QVERIFY2(contains(error.message, "lists only cipher suites without encryption (1, 2, 16)"),
                 error.message.c_str());
        QCOMPARE(pair.bmc.openSessionRequests, 0);
    }

    // A suite learned from an earlier login: one Open Session, no probe; a refusal of it
    // is an error naming the change, and no other suite is tried.
    void learnedSuiteIsTheOnlyTry()
    {
        SessionConfig config = testConfig();
        config.cipher.learnedSuite = 17;
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {3, 17};
        SessionPair pair(config, bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().cipherSuite), 17);
        QCOMPARE(pair.bmc.openSessionRequests, 1);
        QCOMPARE(pair.bmc.countReceived(0x06, 0x54), 0);
    }

    void learnedSuiteRefusedIsAnError()
    {
        SessionConfig config = testConfig();
        config.cipher.learnedSuite = 17;
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        SessionPair pair(config, bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::CipherSuiteUnavailable);
        QVERIFY2(contains(error.message, "accepted cipher suite 17 before and now refuses it")
                     && contains(error.message, "--forget-suite"),
                 error.message.c_str());
        QCOMPARE(pair.bmc.openSessionRequests, 2); // 17, asked twice; never 3
    }

    // Where a learned suite is not held (a loopback port that may lead to another BMC),
    // its refusal negotiates as on first contact, still only among 17 and 3.
    void learnedSuiteNotHeldNegotiatesAgain()
    {
        SessionConfig config = testConfig();
        config.cipher.learnedSuite = 17;
        config.cipher.holdLearnedSuite = false;
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2, 3};
        SessionPair pair(config, bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().cipherSuite), 3);
        QVERIFY(contains(pair.session.info().notes, "learned cipher suite 17 was refused; negotiated again"));

        FakeBmcConfig weakOnly;
        weakOnly.suites = {1, 2};
        SessionPair weak(config, weakOnly);
        const Error error = loginError(weak);
        QVERIFY2(contains(error.message, "lists only cipher suites without encryption")
                     || contains(error.message, "refused every encrypted cipher suite"),
                 error.message.c_str());
    }

    // Pinned, a weaker suite is used as asked.
    void pinnedWeakSuiteIsUsed()
    {
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 2;
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {1, 2};
        SessionPair pair(config, bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().cipherSuite), 2);
    }

    void suiteZeroRefused()
    {
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 0;
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {0};
        SessionPair pair(config, bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::InsecureRefused);
        QVERIFY2(contains(error.message, "no authentication at all"), error.message.c_str());
        QVERIFY(pair.sent.empty());
    }

    void suiteZeroOnlyListed()
    {
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {0};
        SessionPair pair(testConfig(), bmcConfig);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::InsecureRefused);
        QVERIFY2(contains(error.message, "offers only cipher suite 0"), error.message.c_str());
        QCOMPARE(pair.bmc.openSessionRequests, 0);
    }

    void suiteZeroForced()
    {
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 0;
        config.cipher.allowSuiteZero = true;
        FakeBmcConfig bmcConfig;
        bmcConfig.suites = {0, 3};
        SessionPair pair(config, bmcConfig);
        QVERIFY(pair.runUntilEstablished());
        QCOMPARE(int(pair.session.info().cipherSuite), 0);
        QVERIFY(pair.call(kGetDeviceId));
    }

    void unsupportedPinnedSuite()
    {
        SessionConfig config = testConfig();
        config.cipher.pinnedSuite = 5;
        SessionPair pair(config);
        const Error error = loginError(pair);
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QVERIFY2(contains(error.message, "cipher suite 5 is not supported"), error.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSessionSuites)
#include "tst_sessionsuites.moc"
