// SPDX-License-Identifier: GPL-3.0-or-later
// ipmi::sol::Session on virtual time: sequence numbers, ACK/NACK and accepted counts,
// resends under loss, duplicates and reordering, break, keepalive and deactivation.
#include "ipmi/sol/solsession.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sol;
using namespace std::chrono_literals;

namespace {

Bytes bytes(std::string_view text)
{
    return Bytes(text.begin(), text.end());
}

Bytes packet(std::uint8_t seq, std::uint8_t ack, std::uint8_t count, std::uint8_t flags, std::string_view data = {})
{
    return encodePacket(Packet{seq, ack, count, flags, bytes(data)}).value();
}

std::vector<Bytes> drain(Session &session)
{
    std::vector<Bytes> out;
    while (auto payload = session.pollTransmit())
        out.push_back(std::move(*payload));
    return out;
}

std::vector<Event> events(Session &session)
{
    std::vector<Event> out;
    while (auto e = session.pollEvent())
        out.push_back(std::move(*e));
    return out;
}

std::string received(const std::vector<Event> &list)
{
    std::string text;
    for (const Event &e : list)
        if (auto *data = std::get_if<event::Data>(&e))
            text.append(data->characters.begin(), data->characters.end());
    return text;
}

QString hex(const Bytes &data)
{
    return QString::fromStdString(toHex(data));
}

// A BMC that accepts everything, fed through a lossy, duplicating, reordering link whose
// damage is chosen by a fixed pattern (deterministic, no randomness in the test).
struct ScriptedLink
{
    std::string delivered; // console -> BMC characters, each once, in order
    std::uint8_t lastSeq = 0;
    std::size_t lastLen = 0;
};

} // namespace

class TestSolSession final : public QObject
{
    Q_OBJECT

    const TimePoint t0 = TimePoint{} + 100s;

private slots:
    void sendsNumberedPacketsOneAtATime()
    {
        Session session;
        session.start(t0);
        session.send(bytes("ab"), t0);
        auto out = drain(session);
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(hex(out[0]), QStringLiteral("010000006162"));
        session.send(bytes("c"), t0); // waits: packet 1 is in flight
        QVERIFY(drain(session).empty());
        QCOMPARE(session.unacknowledged(), std::size_t(3));
        session.handlePayload(packet(0, 1, 2, 0), t0 + 10ms);
        out = drain(session);
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(hex(out[0]), QStringLiteral("0200000063"));
        session.handlePayload(packet(0, 2, 1, 0), t0 + 20ms);
        QCOMPARE(session.unacknowledged(), std::size_t(0));
        QCOMPARE(session.stats().charactersSent, 3u);
    }

    void sequenceWrapsFrom15To1()
    {
        Session session;
        session.start(t0);
        for (int i = 1; i <= 16; ++i) {
            session.send(bytes("x"), t0);
            const auto out = drain(session);
            QCOMPARE(out.size(), std::size_t(1));
            const std::uint8_t expected = static_cast<std::uint8_t>(i == 16 ? 1 : i);
            QCOMPARE(out[0][0], expected);
            session.handlePayload(packet(0, expected, 1, 0), t0);
        }
    }

    void splitsAtTheCharacterLimit()
    {
        Options options;
        options.charactersPerPacket = 4;
        Session session(options);
        session.start(t0);
        session.send(bytes("abcdefg"), t0);
        auto out = drain(session);
        QCOMPARE(hex(out.at(0)), QStringLiteral("0100000061626364"));
        session.handlePayload(packet(0, 1, 4, 0), t0);
        out = drain(session);
        QCOMPARE(hex(out.at(0)), QStringLiteral("02000000656667"));
    }

    void partialAckResendsTheRest()
    {
        Session session;
        session.start(t0);
        session.send(bytes("hello"), t0);
        drain(session);
        session.handlePayload(packet(0, 1, 2, 0), t0 + 5ms); // took "he"
        const auto out = drain(session);
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(hex(out[0]), QStringLiteral("020000006c6c6f")); // "llo", new number
        QCOMPARE(session.stats().partialAcks, 1u);
    }

    void nackPausesThenResends()
    {
        Session session;
        session.start(t0);
        session.send(bytes("abc"), t0);
        drain(session);
        session.handlePayload(packet(0, 1, 1, status::Nack), t0 + 5ms);
        QVERIFY(drain(session).empty()); // the BMC is busy: wait before offering again
        const auto wake = session.pollTimeout();
        QVERIFY(wake);
        QCOMPARE(*wake, t0 + 5ms + Timing{}.nackPause);
        session.handleTimeout(*wake);
        const auto out = drain(session);
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(hex(out[0]), QStringLiteral("020000006263"));
        QCOMPARE(session.stats().nacks, 1u);
    }

    void resendsSameBytesOnTimeoutThenFails()
    {
        Options options;
        options.timing.attempts = 3;
        Session session(options);
        session.start(t0);
        session.send(bytes("z"), t0);
        const Bytes first = drain(session).at(0);
        TimePoint now = t0;
        for (int i = 0; i < 2; ++i) {
            now = *session.pollTimeout();
            session.handleTimeout(now);
            const auto out = drain(session);
            QCOMPARE(out.size(), std::size_t(1));
            QCOMPARE(out[0], first);
        }
        QCOMPARE(session.stats().retransmissions, 2u);
        session.handleTimeout(*session.pollTimeout());
        const auto list = events(session);
        QCOMPARE(list.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<event::Failed>(list[0]));
        QVERIFY(!session.active());
        QVERIFY(!session.pollTimeout());
    }

    void acksBmcDataAndDropsDuplicates()
    {
        Session session;
        session.start(t0);
        session.handlePayload(packet(5, 0, 0, 0, "boot"), t0);
        QCOMPARE(hex(drain(session).at(0)), QStringLiteral("00050400"));
        // Our ACK was lost: the BMC sends 5 again, now with more characters.
        session.handlePayload(packet(5, 0, 0, 0, "boot: "), t0 + 1s);
        QCOMPARE(hex(drain(session).at(0)), QStringLiteral("00050600"));
        session.handlePayload(packet(6, 0, 0, 0, "ok"), t0 + 2s);
        drain(session);
        // A late copy of 5 arrives after 6 (reordered): ACKed again, not delivered.
        session.handlePayload(packet(5, 0, 0, 0, "boot: "), t0 + 3s);
        QCOMPARE(hex(drain(session).at(0)), QStringLiteral("00050600"));
        QCOMPARE(received(events(session)), std::string("boot: ok"));
        QCOMPARE(session.stats().duplicatesReceived, 2u);
        QCOMPARE(session.stats().charactersReceived, 8u);
    }

    void staleAckIsIgnored()
    {
        Session session;
        session.start(t0);
        session.send(bytes("a"), t0);
        drain(session);
        session.handlePayload(packet(0, 9, 1, 0), t0);
        QCOMPARE(session.unacknowledged(), std::size_t(1));
        QCOMPARE(session.stats().staleAcks, 1u);
    }

    void breakRidesOnTheNextPacket()
    {
        Session session;
        session.start(t0);
        session.sendBreak(t0);
        QCOMPARE(hex(drain(session).at(0)), QStringLiteral("01000010"));
        session.handlePayload(packet(0, 1, 0, 0), t0);
        session.handlePayload(packet(2, 0, 0, status::BreakDetected, "x"), t0);
        const auto list = events(session);
        QVERIFY(std::any_of(list.begin(), list.end(),
                            [](const Event &e) { return std::holds_alternative<event::BreakDetected>(e); }));
    }

    void keepaliveAfterIdle()
    {
        Session session;
        session.start(t0);
        QCOMPARE(*session.pollTimeout(), t0 + Timing{}.keepaliveIdle);
        session.handleTimeout(t0 + Timing{}.keepaliveIdle);
        const auto list = events(session);
        QCOMPARE(list.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<event::KeepaliveDue>(list[0]));
        QCOMPARE(*session.pollTimeout(), t0 + 2 * Timing{}.keepaliveIdle);
    }

    void deactivatingBmcEndsTheSession()
    {
        Session session;
        session.start(t0);
        session.send(bytes("a"), t0);
        drain(session);
        session.handlePayload(packet(0, 1, 0, status::Nack | status::Deactivating), t0);
        const auto list = events(session);
        QCOMPARE(list.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<event::Deactivated>(list[0]));
        session.send(bytes("b"), t0);
        QVERIFY(drain(session).empty());
    }

    void malformedPayloadIsCounted()
    {
        Session session;
        session.start(t0);
        session.handlePayload(*fromHex("0102"), t0);
        QCOMPARE(session.stats().malformed, 1u);
        QVERIFY(drain(session).empty());
    }

    // Both directions through a link that loses, duplicates and reorders by a fixed
    // pattern: every character arrives once and in order.
    void lossyLinkDeliversEverythingOnce()
    {
        Options options;
        options.charactersPerPacket = 7;
        options.timing.attempts = 50;
        Session session(options);
        TimePoint now = t0;
        session.start(now);
        std::string typed;
        for (int i = 0; i < 200; ++i)
            typed.push_back(static_cast<char>('a' + i % 26));
        session.send(bytes(typed), now);

        ScriptedLink bmc;
        std::string bmcText = "The quick brown fox jumps over the lazy dog";
        std::size_t bmcSent = 0;
        std::uint8_t bmcSeq = 0;
        Bytes bmcInFlight;
        std::vector<Bytes> toConsole;
        std::vector<Bytes> held; // reordered: delivered after the next one
        int counter = 0;
        const auto damaged = [&counter](int modulo) { return ++counter % modulo == 0; };

        std::string got;
        for (int round = 0; round < 5000 && (bmc.delivered.size() < typed.size() || got.size() < bmcText.size()); ++round) {
            // BMC: one packet of its own in flight, resent when not ACKed this round.
            if (bmcInFlight.empty() && bmcSent < bmcText.size()) {
                bmcSeq = static_cast<std::uint8_t>(bmcSeq % 15 + 1);
                const std::size_t n = std::min<std::size_t>(5, bmcText.size() - bmcSent);
                bmcInFlight = packet(bmcSeq, 0, 0, 0, bmcText.substr(bmcSent, n));
            }
            if (!bmcInFlight.empty() && !damaged(4))
                toConsole.push_back(bmcInFlight);
            // Deliver to the console, with duplicates and one held back now and then.
            for (Bytes &p : toConsole) {
                if (damaged(9)) {
                    held.push_back(p);
                    continue;
                }
                session.handlePayload(p, now);
                if (damaged(7))
                    session.handlePayload(p, now);
            }
            toConsole.clear();
            for (Bytes &p : held)
                toConsole.push_back(p);
            held.clear();
            // Console -> BMC.
            for (const Bytes &p : drain(session)) {
                if (damaged(5))
                    continue; // lost
                const Packet in = decodePacket(p).value();
                if (in.ackSequence != 0 && !bmcInFlight.empty() && in.ackSequence == bmcInFlight[0]) {
                    bmcSent += bmcInFlight.size() - kHeaderSize;
                    bmcInFlight.clear();
                }
                if (in.sequence != 0) {
                    if (in.sequence != bmc.lastSeq) {
                        bmc.delivered.append(in.data.begin(), in.data.end());
                        bmc.lastSeq = in.sequence;
                    }
                    if (!damaged(6))
                        toConsole.push_back(packet(0, in.sequence, static_cast<std::uint8_t>(in.data.size()), 0));
                }
            }
            got += received(events(session));
            now += 300ms;
            session.handleTimeout(now);
        }
        QCOMPARE(bmc.delivered, typed);
        QCOMPARE(got, bmcText);
        QVERIFY(session.stats().retransmissions > 0);
        QVERIFY(session.stats().duplicatesReceived > 0);
        QVERIFY(session.active());
    }
};

QTEST_APPLESS_MAIN(TestSolSession)
#include "tst_sol_session.moc"
