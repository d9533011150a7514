// SPDX-License-Identifier: GPL-3.0-or-later
// RMCP+ packets (suites 2, 3, 16, 17) and the Open Session / RAKP messages against the
// known answers of tests/data/kat/generate_vectors.py, plus tampering and truncation.
#include "ipmi/core/bytes.h"
#include "ipmi/crypto/aes.h"
#include "ipmi/wire/rakp.h"
#include "ipmi/wire/rmcpplus.h"
#include "katvectors.h"

#include <QTest>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace ipmi;
using namespace kat;

namespace {

AuthAlgorithm authNamed(const Bytes &name)
{
    const std::string text(name.begin(), name.end());
    return text == "sha256" ? AuthAlgorithm::HmacSha256 : text == "sha1" ? AuthAlgorithm::HmacSha1 : AuthAlgorithm::None;
}

SessionKeys keysFor(const Vector &v)
{
    const auto suite = supportedCipherSuite(v.at("suite")[0]);
    SessionKeys keys;
    keys.integrity = suite->integrity;
    keys.confidentiality = suite->confidentiality;
    keys.k1 = SecretBytes(ByteView(v.at("k1")));
    keys.k2 = SecretBytes(ByteView(v.at("k2")));
    return keys;
}

RandomSource fixedRandom(Bytes bytes)
{
    return [bytes](std::size_t count) { return count == bytes.size() ? bytes : Bytes{}; };
}

bool saysIntegrity(const Error &error)
{
    return error.kind == ErrorKind::MalformedResponse && error.message.find("integrity") != std::string::npos;
}

// An encrypted, unauthenticated packet with a chosen plaintext (pad included).
Bytes encryptedPacket(const SessionKeys &keys, const Bytes &plainWithPad)
{
    const Bytes iv(16, 0x42);
    Bytes body = iv;
    const Bytes cipher = *aesCbc128Encrypt(keys.k2.view().first(16), iv, plainWithPad);
    body.insert(body.end(), cipher.begin(), cipher.end());
    ByteWriter writer;
    writer.u8(0x06).u8(0x00).u8(0xff).u8(0x07).u8(0x06).u8(0x80).u32le(1).u32le(1);
    writer.u16le(static_cast<std::uint16_t>(body.size())).bytes(body);
    return writer.take();
}

} // namespace

class TestRmcpPlus final : public QObject
{
    Q_OBJECT

private slots:
    void packetKnownAnswers_data() { addVectorRows("rmcpplus"); }
    void packetKnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("rmcpplus", index);
        const SessionKeys keys = keysFor(v);
        RmcpPlusPacket packet;
        packet.payloadType = static_cast<PayloadType>(v.at("ptype")[0]);
        packet.sessionId = le32(v.at("sid"));
        packet.sequence = le32(v.at("seq"));
        packet.payload = v.at("payload");
        auto encoded = encodeRmcpPlus(packet, &keys, fixedRandom(v.at("iv")));
        QVERIFY(encoded.ok());
        QCOMPARE(toHex(*encoded), toHex(v.at("packet")));

        auto decoded = decodeRmcpPlus(v.at("packet"), &keys);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->authenticated);
        QCOMPARE(decoded->encrypted, keys.confidentiality != ConfidentialityAlgorithm::None);
        QCOMPARE(decoded->payloadType, packet.payloadType);
        QCOMPARE(decoded->sessionId, packet.sessionId);
        QCOMPARE(decoded->sequence, packet.sequence);
        QCOMPARE(toHex(decoded->payload), toHex(packet.payload));
    }

    // Keys set up once for the session (as Framing20 does) give the same packets, and
    // decode them, packet after packet.
    void preparedKeysKnownAnswers()
    {
        for (const Vector &v : loadVectors("rmcpplus")) {
            SessionKeys keys = keysFor(v);
            keys.prepare();
            QCOMPARE(bool(keys.integrityKey), keys.integrity != IntegrityAlgorithm::None);
            QCOMPARE(bool(keys.confidentialityKey), keys.confidentiality != ConfidentialityAlgorithm::None);
            RmcpPlusPacket packet;
            packet.payloadType = static_cast<PayloadType>(v.at("ptype")[0]);
            packet.sessionId = le32(v.at("sid"));
            packet.sequence = le32(v.at("seq"));
            packet.payload = v.at("payload");
            for (int round = 0; round < 3; ++round) {
                auto encoded = encodeRmcpPlus(packet, &keys, fixedRandom(v.at("iv")));
                QVERIFY(encoded.ok());
                QCOMPARE(toHex(*encoded), toHex(v.at("packet")));
                auto decoded = decodeRmcpPlus(v.at("packet"), &keys);
                QVERIFY(decoded.ok());
                QCOMPARE(toHex(decoded->payload), toHex(packet.payload));
                Bytes tampered = v.at("packet");
                tampered[tampered.size() / 2] ^= 0x01;
                QVERIFY(!decodeRmcpPlus(tampered, &keys).ok());
            }
        }
    }

    void tamperedPacketsAreRejected_data() { addVectorRows("rmcpplus"); }
    void tamperedPacketsAreRejected()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("rmcpplus", index);
        const SessionKeys keys = keysFor(v);
        const Bytes &bytes = v.at("packet");
        const RmcpPlusPacket original = *decodeRmcpPlus(bytes, &keys);
        for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
            auto damaged = decodeRmcpPlus(flippedBit(bytes, bit), &keys);
            // RMCP header bytes 1 (reserved) and 2 (RMCP sequence) are outside the auth
            // code by the spec and carry nothing we use: the packet must decode unchanged.
            if (bit / 8 == 1 || bit / 8 == 2) {
                QVERIFY(damaged.ok());
                QCOMPARE(toHex(damaged->payload), toHex(original.payload));
                continue;
            }
            QVERIFY2(!damaged.ok(), qPrintable(QString("bit %1 accepted").arg(bit)));
            QVERIFY2(saysIntegrity(damaged.error()), damaged.error().message.c_str());
        }
        for (std::size_t length = 0; length < bytes.size(); ++length) {
            auto cut = decodeRmcpPlus(ByteView(bytes).first(length), &keys);
            QVERIFY(!cut.ok());
            QVERIFY(saysIntegrity(cut.error()));
        }
        Bytes longer = bytes;
        longer.push_back(0x00);
        QVERIFY(!decodeRmcpPlus(longer, &keys).ok());
        // Without keys an authenticated packet cannot be checked, so it is refused.
        auto unkeyed = decodeRmcpPlus(bytes, nullptr);
        QVERIFY(!unkeyed.ok());
        QVERIFY(saysIntegrity(unkeyed.error()));
        // Keys of the wrong session do not verify.
        SessionKeys wrong = keysFor(v);
        Bytes otherK1(wrong.k1.view().begin(), wrong.k1.view().end());
        otherK1[0] ^= 1;
        wrong.k1 = SecretBytes(ByteView(otherK1));
        QVERIFY(saysIntegrity(decodeRmcpPlus(bytes, &wrong).error()));
    }

    void handshakePayloadsGoInTheClear()
    {
        const Vector v = loadVectors("rmcpplusclear").at(0);
        const SessionKeys keys = keysFor(loadVectors("rmcpplus").back());
        RmcpPlusPacket packet;
        packet.payloadType = static_cast<PayloadType>(v.at("ptype")[0]);
        packet.payload = v.at("payload");
        for (const SessionKeys *k : {static_cast<const SessionKeys *>(nullptr), &keys}) {
            auto encoded = encodeRmcpPlus(packet, k, fixedRandom({}));
            QVERIFY(encoded.ok());
            QCOMPARE(toHex(*encoded), toHex(v.at("packet")));
            auto decoded = decodeRmcpPlus(v.at("packet"), k);
            QVERIFY(decoded.ok());
            QVERIFY(!decoded->authenticated && !decoded->encrypted);
            QCOMPARE(toHex(decoded->payload), toHex(v.at("payload")));
        }
        for (std::size_t length = 0; length < v.at("packet").size(); ++length)
            QVERIFY(!decodeRmcpPlus(ByteView(v.at("packet")).first(length), nullptr).ok());
    }

    void unauthenticatedPacketInAuthenticatedSession()
    {
        const SessionKeys keys = keysFor(loadVectors("rmcpplus").front()); // suite 2
        RmcpPlusPacket packet;
        packet.payload = {1, 2, 3};
        const Bytes clear = *encodeRmcpPlus(packet, nullptr, fixedRandom({}));
        QVERIFY(decodeRmcpPlus(clear, nullptr).ok());
        QVERIFY(saysIntegrity(decodeRmcpPlus(clear, &keys).error()));
    }

    void badConfidentialityPadding()
    {
        SessionKeys keys;
        keys.confidentiality = ConfidentialityAlgorithm::AesCbc128;
        keys.k2 = SecretBytes(ByteView(Bytes(20, 0x22)));
        Bytes good{0xaa, 0xbb, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 13};
        auto decoded = decodeRmcpPlus(encryptedPacket(keys, good), &keys);
        QVERIFY(decoded.ok());
        QCOMPARE(toHex(decoded->payload), std::string("aabb"));

        Bytes wrongPadByte = good;
        wrongPadByte[5] = 0x09;
        Bytes padTooLong = good;
        padTooLong.back() = 16;
        Bytes padLongerThanData = Bytes(15, 0);
        padLongerThanData.push_back(15); // 15 pad bytes of value 0
        for (const Bytes &bad : {wrongPadByte, padTooLong, padLongerThanData}) {
            auto rejected = decodeRmcpPlus(encryptedPacket(keys, bad), &keys);
            QVERIFY(!rejected.ok());
            QVERIFY(saysIntegrity(rejected.error()));
        }
        // Encrypted but no key: refused, not passed on as cipher text.
        QVERIFY(!decodeRmcpPlus(encryptedPacket(keys, good), nullptr).ok());
    }

    void otherIntegrityAlgorithms()
    {
        SessionKeys keys;
        keys.integrity = IntegrityAlgorithm::HmacMd5_128;
        keys.k1 = SecretBytes(ByteView(Bytes(20, 0x11)));
        RmcpPlusPacket packet;
        packet.payload = {9, 8, 7};
        auto encoded = encodeRmcpPlus(packet, &keys, fixedRandom({}));
        QVERIFY(encoded.ok());
        QCOMPARE((encoded->size() - 4 - 16) % 4, std::size_t(0)); // 16-byte code after an aligned trailer
        QVERIFY(decodeRmcpPlus(*encoded, &keys).ok());

        keys.integrity = IntegrityAlgorithm::Md5_128;
        auto unsupported = encodeRmcpPlus(packet, &keys, fixedRandom({}));
        QVERIFY(!unsupported.ok());
        QVERIFY(unsupported.error().kind == ErrorKind::Unsupported);

        SessionKeys aes;
        aes.confidentiality = ConfidentialityAlgorithm::AesCbc128;
        aes.k2 = SecretBytes(ByteView(Bytes(20, 0x22)));
        QVERIFY(!encodeRmcpPlus(packet, &aes, fixedRandom(Bytes(8, 0))).ok()); // IV too short
        aes.confidentiality = ConfidentialityAlgorithm::Xrc4_128;
        QVERIFY(!encodeRmcpPlus(packet, &aes, secureRandomSource()).ok());
    }

    void openSessionMessages()
    {
        for (const Vector &v : loadVectors("opensessionrequest")) {
            OpenSessionRequest request;
            request.tag = v.at("tag")[0];
            request.requestedPrivilege = v.at("privilege")[0];
            request.consoleSessionId = le32(v.at("sidm"));
            request.auth = static_cast<AuthAlgorithm>(v.at("algorithms")[0]);
            request.integrity = static_cast<IntegrityAlgorithm>(v.at("algorithms")[1]);
            request.confidentiality = static_cast<ConfidentialityAlgorithm>(v.at("algorithms")[2]);
            QCOMPARE(toHex(encodeOpenSessionRequest(request)), toHex(v.at("bytes")));
            auto decoded = decodeOpenSessionRequest(v.at("bytes"));
            QVERIFY(decoded.ok());
            QCOMPARE(toHex(encodeOpenSessionRequest(*decoded)), toHex(v.at("bytes")));
            expectTruncationsFail([](ByteView b) { return decodeOpenSessionRequest(b).ok(); }, v.at("bytes"));
        }
        for (const Vector &v : loadVectors("opensessionresponse")) {
            auto decoded = decodeOpenSessionResponse(v.at("bytes"));
            QVERIFY(decoded.ok());
            QCOMPARE(decoded->tag, v.at("tag")[0]);
            QCOMPARE(decoded->status, std::uint8_t(0));
            QCOMPARE(decoded->maximumPrivilege, v.at("privilege")[0]);
            QCOMPARE(decoded->consoleSessionId, le32(v.at("sidm")));
            QCOMPARE(decoded->bmcSessionId, le32(v.at("sidc")));
            QCOMPARE(static_cast<std::uint8_t>(decoded->auth), v.at("algorithms")[0]);
            QCOMPARE(static_cast<std::uint8_t>(decoded->integrity), v.at("algorithms")[1]);
            QCOMPARE(static_cast<std::uint8_t>(decoded->confidentiality), v.at("algorithms")[2]);
            QCOMPARE(toHex(encodeOpenSessionResponse(*decoded)), toHex(v.at("bytes")));
            expectTruncationsFail([](ByteView b) { return decodeOpenSessionResponse(b).ok(); }, v.at("bytes"));
        }
        // An error status comes without the rest, and is data for the session to judge.
        auto refused = decodeOpenSessionResponse(*fromHex("01 11 00 00 a4 a3 a2 a0"));
        QVERIFY(refused.ok());
        QCOMPARE(refused->status, std::uint8_t(0x11));
        QCOMPARE(refused->consoleSessionId, 0xa0a2a3a4u);
        QVERIFY(decodeOpenSessionResponse(*fromHex("01 01")).ok());
        // An algorithm record with the wrong payload type is an error.
        Bytes swapped = loadVectors("opensessionresponse").at(0).at("bytes");
        swapped[12] = 0x01;
        QVERIFY(!decodeOpenSessionResponse(swapped).ok());
    }

    void rakp1Messages()
    {
        for (const Vector &v : loadVectors("rakp1")) {
            Rakp1 message;
            message.tag = v.at("tag")[0];
            message.bmcSessionId = le32(v.at("sidc"));
            std::copy_n(v.at("rm").begin(), 16, message.consoleRandom.begin());
            message.role = v.at("role")[0];
            message.username.assign(v.at("user").begin(), v.at("user").end());
            QCOMPARE(toHex(encodeRakp1(message)), toHex(v.at("bytes")));
            auto decoded = decodeRakp1(v.at("bytes"));
            QVERIFY(decoded.ok());
            QCOMPARE(decoded->username, message.username);
            QCOMPARE(decoded->role, message.role);
            QVERIFY(decoded->consoleRandom == message.consoleRandom);
            expectTruncationsFail([](ByteView b) { return decodeRakp1(b).ok(); }, v.at("bytes"));
        }
        Bytes tooLongName = loadVectors("rakp1").at(0).at("bytes");
        tooLongName[27] = 17;
        tooLongName.resize(28 + 17, 'x');
        QVERIFY(!decodeRakp1(tooLongName).ok());
    }

    void rakp2To4Messages()
    {
        for (const Vector &v : loadVectors("rakp2")) {
            const AuthAlgorithm auth = authNamed(v.at("alg"));
            const Bytes &bytes = v.at("bytes");
            auto decoded = decodeRakp2(bytes, auth);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded->consoleSessionId, le32(v.at("sidm")));
            QCOMPARE(toHex(decoded->authCode), toHex(v.at("code")));
            QVERIFY(Bytes(decoded->bmcGuid.begin(), decoded->bmcGuid.end()) == v.at("guid"));
            QCOMPARE(toHex(encodeRakp2(*decoded)), toHex(bytes));
            expectTruncationsFail([auth](ByteView b) { return decodeRakp2(b, auth).ok(); }, bytes);
            Bytes longer = bytes;
            longer.push_back(0); // e.g. the Supermicro "+1" RAKP2
            QVERIFY(!decodeRakp2(longer, auth).ok());
        }
        for (const Vector &v : loadVectors("rakp3")) {
            const AuthAlgorithm auth = authNamed(v.at("alg"));
            Rakp3 message;
            message.tag = v.at("tag")[0];
            message.bmcSessionId = le32(v.at("sidc"));
            message.authCode = v.at("code");
            QCOMPARE(toHex(encodeRakp3(message)), toHex(v.at("bytes")));
            auto decoded = decodeRakp3(v.at("bytes"), auth);
            QVERIFY(decoded.ok());
            QCOMPARE(toHex(decoded->authCode), toHex(v.at("code")));
            expectTruncationsFail([auth](ByteView b) { return decodeRakp3(b, auth).ok(); }, v.at("bytes"));
        }
        for (const Vector &v : loadVectors("rakp4")) {
            const AuthAlgorithm auth = authNamed(v.at("alg"));
            auto decoded = decodeRakp4(v.at("bytes"), auth);
            QVERIFY(decoded.ok());
            QCOMPARE(toHex(decoded->integrityCheck), toHex(v.at("code")));
            QCOMPARE(toHex(encodeRakp4(*decoded)), toHex(v.at("bytes")));
            expectTruncationsFail([auth](ByteView b) { return decodeRakp4(b, auth).ok(); }, v.at("bytes"));
        }
        // SHA1 RAKP2 offered to a SHA256 session, and an error status with no code.
        const Bytes sha1Rakp2 = loadVectors("rakp2").at(1).at("bytes");
        QVERIFY(!decodeRakp2(sha1Rakp2, AuthAlgorithm::HmacSha256).ok());
        auto refused = decodeRakp2(*fromHex("03 0d 00 00 a4 a3 a2 a0"), AuthAlgorithm::HmacSha1);
        QVERIFY(refused.ok());
        QCOMPARE(refused->status, std::uint8_t(0x0d));
        QVERIFY(refused->authCode.empty());
        QVERIFY(decodeRakp4(*fromHex("04 0f 00 00 a4 a3 a2 a0"), AuthAlgorithm::HmacSha256).ok());
    }

    void statusTexts()
    {
        std::set<std::string> texts;
        for (int status = 0; status <= 0x12; ++status)
            texts.insert(rmcpPlusStatusText(static_cast<std::uint8_t>(status)));
        QCOMPARE(texts.size(), std::size_t(0x13));
        QCOMPARE(rmcpPlusStatusText(0x11), std::string("no cipher suite match with proposed security algorithms"));
        QCOMPARE(rmcpPlusStatusText(0x0d), std::string("unauthorized name"));
        QVERIFY(rmcpPlusStatusText(0x42).find("42h") != std::string::npos);
    }

private:
    static Bytes flippedBit(const Bytes &bytes, std::size_t bit)
    {
        Bytes out = bytes;
        out[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        return out;
    }

    template<typename Decode>
    static void expectTruncationsFail(Decode decode, const Bytes &bytes)
    {
        for (std::size_t length = 0; length < bytes.size(); ++length)
            QVERIFY2(!decode(ByteView(bytes).first(length)), qPrintable(QString("length %1 accepted").arg(length)));
    }
};

QTEST_GUILESS_MAIN(TestRmcpPlus)
#include "tst_rmcpplus.moc"
