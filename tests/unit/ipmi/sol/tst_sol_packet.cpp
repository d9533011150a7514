// SPDX-License-Identifier: GPL-3.0-or-later
// The SOL payload codec, the payload commands (IPMI 2.0 §15.9, §24) and the console's
// escape sequences, against bytes written out from the spec.
#include "ipmi/sol/escapeparser.h"
#include "ipmi/sol/solcommands.h"
#include "ipmi/sol/solpacket.h"

#include <QTest>

using namespace ipmi;
using namespace ipmi::sol;

namespace {

QString hexOf(const Request &request)
{
    return QString::fromStdString(toHex(Bytes{request.netFn, request.cmd}) + ":" + toHex(request.data));
}

Bytes bytes(std::string_view text)
{
    return Bytes(text.begin(), text.end());
}

} // namespace

class TestSolPacket final : public QObject
{
    Q_OBJECT

private slots:
    void encodesHeaderThenCharacters()
    {
        const Result<Bytes> encoded = encodePacket(Packet{3, 0, 0, control::Break, bytes("hi")});
        QVERIFY(encoded);
        QCOMPARE(QString::fromStdString(toHex(encoded.value())), QStringLiteral("0300001068 69").remove(u' '));
        const Result<Bytes> ack = encodePacket(Packet{0, 7, 5, 0, {}});
        QVERIFY(ack);
        QCOMPARE(QString::fromStdString(toHex(ack.value())), QStringLiteral("00070500"));
    }

    void refusesWhatTheWireCannotCarry()
    {
        QVERIFY(!encodePacket(Packet{16, 0, 0, 0, {}}));
        QVERIFY(!encodePacket(Packet{1, 16, 0, 0, {}}));
        QVERIFY(!encodePacket(Packet{1, 0, 0, 0, Bytes(256, 'x')}));
        QVERIFY(encodePacket(Packet{1, 0, 0, 0, Bytes(255, 'x')}));
    }

    void decodesAndMasksReservedBits()
    {
        const Result<Packet> packet = decodePacket(*fromHex("f2e3044c414243"));
        QVERIFY(packet);
        QCOMPARE(packet->sequence, 2);
        QCOMPARE(packet->ackSequence, 3);
        QCOMPARE(packet->acceptedCount, 4);
        QCOMPARE(packet->flags, 0x4c);
        QVERIFY(packet->nack());
        QCOMPARE(packet->data, bytes("ABC"));
    }

    void shortPacketIsAnErrorNotACrash()
    {
        for (const char *hex : {"", "01", "0102", "010203"}) {
            const Result<Packet> packet = decodePacket(*fromHex(hex));
            QVERIFY(!packet);
            QCOMPARE(packet.error().kind, ErrorKind::MalformedResponse);
        }
        QVERIFY(decodePacket(*fromHex("00000000")));
    }

    void commandRequestsAreByteExact()
    {
        QCOMPARE(hexOf(getChannelPayloadSupportRequest()), QStringLiteral("064e:0e"));
        QCOMPARE(hexOf(getPayloadActivationStatusRequest()), QStringLiteral("064a:01"));
        // Aux byte: 80h encrypt, 40h authenticate, 04h serial alerts deferred.
        QCOMPARE(hexOf(activatePayloadRequest({true, true})), QStringLiteral("0648:0101c4000000"));
        QCOMPARE(hexOf(activatePayloadRequest({false, true})), QStringLiteral("0648:010144000000"));
        QCOMPARE(hexOf(activatePayloadRequest({false, false})), QStringLiteral("0648:010104000000"));
        QCOMPARE(hexOf(deactivatePayloadRequest()), QStringLiteral("0649:010100000000"));
        QCOMPARE(hexOf(getSolParameterRequest(SolParameter::RetryCount)), QStringLiteral("0c22:0e040000"));
    }

    void parsesActivation()
    {
        // aux 00000000, inbound 00C8h (200), outbound 0100h, port 026Fh (623), VLAN FFFFh.
        const auto activation = parseActivation(Response{0, *fromHex("00000000c80000016f02ffff")});
        QVERIFY(activation);
        QCOMPARE(activation->inboundPayloadSize, 200);
        QCOMPARE(activation->outboundPayloadSize, 256);
        QCOMPARE(activation->port, 623);
        QCOMPARE(activation->vlan, 0xffff);
        QCOMPARE(activation->charactersPerPacket(), std::size_t(196));
        // pyghmi reports an inbound size of 1: no room for characters, so use the maximum.
        const auto pyghmi = parseActivation(Response{0, *fromHex("0000000001000100026fffff")});
        QVERIFY(pyghmi);
        QCOMPARE(pyghmi->charactersPerPacket(), kMaxCharacters);
        QVERIFY(!parseActivation(Response{0, *fromHex("000000000100010002")}));
    }

    void activationCodesBecomeSentences()
    {
        const auto active = parseActivation(Response{0x80, {}});
        QVERIFY(!active);
        QCOMPARE(active.error().kind, ErrorKind::CompletionCode);
        QCOMPARE(active.error().completionCode, kAlreadyActive);
        QVERIFY(active.error().message.find("take it over") != std::string::npos);
        QCOMPARE(parseActivation(Response{0x81, {}}).error().kind, ErrorKind::Unsupported);
        QCOMPARE(parseActivation(Response{0x82, {}}).error().kind, ErrorKind::NoSessionSlot);
        QCOMPARE(parseActivation(Response{0x84, {}}).error().kind, ErrorKind::CipherSuiteUnavailable);
        QCOMPARE(parseActivation(Response{0xc1, {}}).error().kind, ErrorKind::CompletionCode);
    }

    void parsesStatusSupportAndDeactivation()
    {
        const auto status = parseActivationStatus(Response{0, *fromHex("010100")});
        QVERIFY(status);
        QCOMPARE(status->capacity, 1);
        QVERIFY(status->instanceActive(1));
        QVERIFY(!status->instanceActive(2));
        QVERIFY(!parseActivationStatus(Response{0, *fromHex("0101")}));
        QCOMPARE(parseSolSupported(Response{0, *fromHex("0300000000000000")}).value(), true);
        QCOMPARE(parseSolSupported(Response{0, *fromHex("0100000000000000")}).value(), false);
        QVERIFY(!parseSolSupported(Response{0xc1, {}}));
        QVERIFY(parseDeactivation(Response{0, {}}));
        QVERIFY(parseDeactivation(Response{0x80, {}})); // not active: nothing to do
        QVERIFY(!parseDeactivation(Response{0xd4, {}}));
    }

    void parsesConfigurationParameters()
    {
        SolConfiguration config;
        // Revision 11h, then the data: Authentication C3h = force both, USER... (3 = OPERATOR).
        const auto auth = parseSolParameter(SolParameter::Authentication, Response{0, *fromHex("11c3")});
        QVERIFY(auth);
        QVERIFY(applySolParameter(config, SolParameter::Authentication, auth.value()));
        QVERIFY(config.forceEncryption && config.forceAuthentication);
        QCOMPARE(config.privilege, 3);
        const auto accumulate = parseSolParameter(SolParameter::CharacterAccumulate, Response{0, *fromHex("110adc")});
        QVERIFY(applySolParameter(config, SolParameter::CharacterAccumulate, accumulate.value()));
        QCOMPARE(config.accumulateMs, 50);
        QCOMPARE(config.sendThreshold, 220);
        const auto retry = parseSolParameter(SolParameter::RetryCount, Response{0, *fromHex("110764")});
        QVERIFY(applySolParameter(config, SolParameter::RetryCount, retry.value()));
        QCOMPARE(config.retryCount, 7);
        QCOMPARE(config.retryIntervalMs, 1000);
        const auto port = parseSolParameter(SolParameter::PayloadPort, Response{0, *fromHex("116f02")});
        QVERIFY(applySolParameter(config, SolParameter::PayloadPort, port.value()));
        QCOMPARE(config.port.value(), 623);
        QVERIFY(!parseSolParameter(SolParameter::PayloadPort, Response{0, *fromHex("116f")}));
        QCOMPARE(QString::fromStdString(bitRateText(10)), QStringLiteral("115.2"));
    }

    void escapesCountOnlyAtLineStart()
    {
        EscapeParser parser;
        auto items = parser.feed(bytes("ab~.c\r~.x"));
        QCOMPARE(items.size(), std::size_t(3));
        QCOMPARE(items[0].action, EscapeParser::Action::Send);
        QCOMPARE(items[0].characters, bytes("ab~.c\r"));
        QCOMPARE(items[1].action, EscapeParser::Action::Terminate);
        QCOMPARE(items[2].characters, bytes("x"));
    }

    void escapeCommands()
    {
        EscapeParser parser;
        auto items = parser.feed(bytes("~B~?~~~x"));
        QCOMPARE(items.size(), std::size_t(3));
        QCOMPARE(items[0].action, EscapeParser::Action::Break);
        QCOMPARE(items[1].action, EscapeParser::Action::Help);
        QCOMPARE(items[2].characters, bytes("~~x")); // "~~" sends one; the next "~x" is mid-line
        items = parser.feed(bytes("\n~x"));
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].characters, bytes("\n~x"));
        // Split across reads.
        parser.feed(bytes("\n~"));
        items = parser.feed(bytes("."));
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].action, EscapeParser::Action::Terminate);
    }
};

QTEST_APPLESS_MAIN(TestSolPacket)
#include "tst_sol_packet.moc"
