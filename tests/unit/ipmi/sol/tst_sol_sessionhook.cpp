// SPDX-License-Identifier: GPL-3.0-or-later
// LanSession's SOL hook: payload type 01h travels inside the established RMCP+ session,
// encrypted and authenticated like IPMI messages; refused before login and on IPMI 1.5.
#include "sessiontestutil.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::test;
using namespace std::chrono_literals;

class TestSolSessionHook final : public QObject
{
    Q_OBJECT

private slots:
    void solPayloadIsWrappedLikeIpmiMessages()
    {
        SessionPair pair(versionConfig(false));
        pair.open();
        QVERIFY(pair.runUntilEstablished());
        const std::size_t before = pair.sent.size();
        QVERIFY(pair.session.sendSolPayload(Bytes{0x01, 0x00, 0x00, 0x00, 'x'}));
        // The next request flushes the session's output: the SOL datagram goes first, and
        // the session goes on working after it.
        QVERIFY(pair.call(echo(7)));
        const Datagram *sol = nullptr;
        for (std::size_t i = before; i < pair.sent.size() && !sol; ++i)
            if (pair.sent[i].direction == Direction::ToBmc)
                sol = &pair.sent[i];
        QVERIFY(sol);
        QVERIFY(sol->bytes.size() > 16);
        QCOMPARE(sol->bytes[4], 0x06); // RMCP+
        // Payload type byte: 80h encrypted | 40h authenticated | 01h SOL (the default
        // suite negotiated with the fake BMC encrypts and authenticates).
        QCOMPARE(sol->bytes[5], 0xc1);
        QCOMPARE(pair.session.state(), LanSession::State::Established);
        QVERIFY(!pair.session.pollSolPayload()); // nothing came back
    }

    void refusedWithoutAnRmcpPlusSession()
    {
        LanSession idle(versionConfig(false));
        QVERIFY(!idle.sendSolPayload(Bytes{0x01, 0, 0, 0}));

        SessionPair lan15(versionConfig(true));
        lan15.open();
        QVERIFY(lan15.runUntilEstablished());
        const Result<void> sent = lan15.session.sendSolPayload(Bytes{0x01, 0, 0, 0});
        QVERIFY(!sent);
        QVERIFY(sent.error().message.find("lanplus") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSolSessionHook)
#include "tst_sol_sessionhook.moc"
