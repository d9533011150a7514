// SPDX-License-Identifier: GPL-3.0-or-later
// IPMI message, RMCP/ASF, IPMI 1.5 session wrapper and cipher suite records. Known
// answers come from tests/data/kat/generate_vectors.py (Python, independent of this code).
#include "ipmi/core/bytes.h"
#include "ipmi/wire/ciphersuite.h"
#include "ipmi/wire/message.h"
#include "ipmi/wire/rmcp.h"
#include "ipmi/wire/session15.h"
#include "katvectors.h"

#include <QTest>

#include <fstream>
#include <map>
#include <sstream>

using namespace ipmi;
using namespace kat;

namespace {

Bytes flipped(const Bytes &bytes, std::size_t bit)
{
    Bytes out = bytes;
    out[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
    return out;
}

} // namespace

class TestWire final : public QObject
{
    Q_OBJECT

private slots:
    void requestKnownAnswers_data() { addVectorRows("request"); }
    void requestKnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("request", index);
        const Bytes &f = v.at("fields");
        RequestMessage message;
        message.rsAddr = f[0];
        message.netFn = f[1];
        message.rsLun = f[2];
        message.rqAddr = f[3];
        message.rqSeq = f[4];
        message.rqLun = f[5];
        message.cmd = f[6];
        message.data = v.at("data");
        QCOMPARE(toHex(encodeRequestMessage(message)), toHex(v.at("bytes")));
        auto decoded = decodeRequestMessage(v.at("bytes"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->rqSeq, message.rqSeq);
        QCOMPARE(decoded->rqLun, message.rqLun);
        QCOMPARE(decoded->netFn, message.netFn);
        QCOMPARE(decoded->cmd, message.cmd);
        QCOMPARE(toHex(decoded->data), toHex(message.data));
    }

    void responseKnownAnswers_data() { addVectorRows("response"); }
    void responseKnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("response", index);
        const Bytes &f = v.at("fields");
        const Bytes &bytes = v.at("bytes");
        auto decoded = decodeResponseMessage(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->rqAddr, f[0]);
        QCOMPARE(decoded->netFn, f[1]);
        QCOMPARE(decoded->rqLun, f[2]);
        QCOMPARE(decoded->rsAddr, f[3]);
        QCOMPARE(decoded->rqSeq, f[4]);
        QCOMPARE(decoded->rsLun, f[5]);
        QCOMPARE(decoded->cmd, f[6]);
        QCOMPARE(decoded->completionCode, f[7]);
        QCOMPARE(toHex(decoded->data), toHex(v.at("data")));
        QCOMPARE(toHex(encodeResponseMessage(*decoded)), toHex(bytes));

        // Any single flipped bit breaks a checksum: an error, never data.
        for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
            auto damaged = decodeResponseMessage(flipped(bytes, bit));
            QVERIFY2(!damaged.ok(), qPrintable(QString("bit %1 accepted").arg(bit)));
            QVERIFY(damaged.error().message.find("checksum") != std::string::npos);
        }
        for (std::size_t length = 0; length < 8; ++length)
            QVERIFY(!decodeResponseMessage(ByteView(bytes).first(std::min(length, bytes.size()))).ok());
    }

    void checksumSumsToZero()
    {
        QCOMPARE(ipmiChecksum(Bytes{0x20, 0x18}), std::uint8_t(0xc8));
        QCOMPARE(ipmiChecksum(Bytes{}), std::uint8_t(0x00));
        QCOMPARE(ipmiChecksum(Bytes{0x81, 0x04, 0x01}), std::uint8_t(0x7a));
    }

    void asfPresencePingPong()
    {
        const Vector ping = loadVectors("asfping").at(0);
        QCOMPARE(toHex(encodeAsfPresencePing(ping.at("tag")[0])), toHex(ping.at("bytes")));
        auto tag = decodeAsfPresencePing(ping.at("bytes"));
        QVERIFY(tag.ok());
        QCOMPARE(*tag, ping.at("tag")[0]);
        QCOMPARE(classifyDatagram(ping.at("bytes")), DatagramKind::Asf);

        const Vector pongVector = loadVectors("asfpong").at(0);
        auto pong = decodeAsfPresencePong(pongVector.at("bytes"));
        QVERIFY(pong.ok());
        QCOMPARE(pong->messageTag, pongVector.at("tag")[0]);
        QCOMPARE(pong->ianaEnterprise, 4542u);
        QCOMPARE(pong->supportedEntities, pongVector.at("entities")[0]);
        QVERIFY(pong->ipmiSupported());
        QCOMPARE(toHex(encodeAsfPresencePong(*pong)), toHex(pongVector.at("bytes")));

        QVERIFY(!decodeAsfPresencePong(ping.at("bytes")).ok()); // a ping is not a pong
        QVERIFY(!decodeAsfPresencePing(pongVector.at("bytes")).ok());
        const Bytes &bytes = pongVector.at("bytes");
        for (std::size_t length = 0; length < 22; ++length)
            QVERIFY(!decodeAsfPresencePong(ByteView(bytes).first(length)).ok());
    }

    void classifiesDatagrams()
    {
        QCOMPARE(classifyDatagram(Bytes{0x06, 0x00, 0xff, 0x07, 0x00}), DatagramKind::Ipmi15);
        QCOMPARE(classifyDatagram(Bytes{0x06, 0x00, 0xff, 0x07, 0x02}), DatagramKind::Ipmi15);
        QCOMPARE(classifyDatagram(Bytes{0x06, 0x00, 0xff, 0x07, 0x06}), DatagramKind::RmcpPlus);
        QCOMPARE(classifyDatagram(Bytes{0x06, 0x00, 0xff, 0x07, 0x03}), DatagramKind::Invalid);
        QCOMPARE(classifyDatagram(Bytes{0x06, 0x00, 0xff, 0x87, 0x00}), DatagramKind::Invalid); // RMCP ACK
        QCOMPARE(classifyDatagram(Bytes{0x05, 0x00, 0xff, 0x07, 0x00}), DatagramKind::Invalid);
        QCOMPARE(classifyDatagram(Bytes{0x06, 0x00, 0xff, 0x07}), DatagramKind::Invalid);
        QCOMPARE(classifyDatagram(Bytes{}), DatagramKind::Invalid);
    }

    void session15KnownAnswers_data() { addVectorRows("session15"); }
    void session15KnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("session15", index);
        const auto type = static_cast<AuthType>(v.at("authtype")[0]);
        const std::uint32_t sid = le32(v.at("sid"));
        const std::uint32_t seq = le32(v.at("seq"));
        auto code = session15AuthCode(type, v.at("password"), sid, v.at("payload"), seq);
        QVERIFY(code.ok());
        QCOMPARE(toHex(*code), toHex(v.at("authcode")));
        auto packet = encodeSession15(type, seq, sid, v.at("payload"), v.at("password"));
        QVERIFY(packet.ok());
        QCOMPARE(toHex(*packet), toHex(v.at("packet")));

        auto decoded = decodeSession15(v.at("packet"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->authType, type);
        QCOMPARE(decoded->sequence, seq);
        QCOMPARE(decoded->sessionId, sid);
        QCOMPARE(toHex(decoded->authCode), toHex(v.at("authcode")));
        QCOMPARE(toHex(decoded->payload), toHex(v.at("payload")));

        const std::size_t unpadded = 14 + v.at("authcode").size() + v.at("payload").size();
        for (std::size_t length = 0; length < unpadded; ++length)
            QVERIFY(!decodeSession15(ByteView(v.at("packet")).first(length)).ok());
    }

    void session15LegacyPadOnDatagramLength()
    {
        for (std::size_t payloadLength = 0; payloadLength < 200; ++payloadLength) {
            auto packet = encodeSession15(AuthType::Md5, 1, 2, Bytes(payloadLength, 0x5a), asBytes("pw"));
            QVERIFY(packet.ok());
            const std::size_t unpadded = 30 + payloadLength; // RMCP 4, session header 10, auth code 16
            const bool padded = unpadded == 56 || unpadded == 84 || unpadded == 112 || unpadded == 128
                                || unpadded == 156;
            QCOMPARE(packet->size(), unpadded + (padded ? 1 : 0));
            if (padded)
                QCOMPARE(packet->back(), std::uint8_t(0x00));
        }
        QVERIFY(!encodeSession15(AuthType::None, 0, 0, Bytes(256, 0), {}).ok());
    }

    void session15AuthTypes()
    {
        auto md2 = session15AuthCode(AuthType::Md2, asBytes("pw"), 1, {}, 1);
        QVERIFY(!md2.ok());
        QVERIFY(md2.error().kind == ErrorKind::AuthTypeUnavailable);
        QVERIFY(md2.error().message.find("MD2 authentication is not supported by this build") != std::string::npos);
        QVERIFY(!encodeSession15(AuthType::Md2, 1, 1, {}, asBytes("pw")).ok());
        QVERIFY(!session15AuthCode(AuthType::Oem, asBytes("pw"), 1, {}, 1).ok());
        // Passwords longer than 16 bytes are cut for 1.5.
        auto longer = session15AuthCode(AuthType::Md5, asBytes("0123456789abcdefXYZ"), 1, {}, 1);
        auto cut = session15AuthCode(AuthType::Md5, asBytes("0123456789abcdef"), 1, {}, 1);
        QVERIFY(longer.ok() && cut.ok());
        QCOMPARE(toHex(*longer), toHex(*cut));
        QVERIFY(!decodeSession15(Bytes{0x06, 0x00, 0xff, 0x07, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0}).ok());
    }

    void cipherSuiteTable()
    {
        for (std::uint8_t id : {0, 1, 2, 3, 15, 16, 17}) {
            const auto suite = supportedCipherSuite(id);
            QVERIFY(suite.has_value());
            QCOMPARE(suite->id, id);
        }
        QVERIFY(!supportedCipherSuite(4).has_value());
        QVERIFY(!supportedCipherSuite(18).has_value());
        QVERIFY(supportedCipherSuite(17)->integrity == IntegrityAlgorithm::HmacSha256_128);
        QVERIFY(supportedCipherSuite(3)->confidentiality == ConfidentialityAlgorithm::AesCbc128);
        QVERIFY(supportedCipherSuite(16)->confidentiality == ConfidentialityAlgorithm::None);
        QCOMPARE(cipherSuiteDescription(17), std::string("17 (HMAC-SHA256, HMAC-SHA256-128, AES-CBC-128)"));
        QCOMPARE(cipherSuiteDescription(3), std::string("3 (HMAC-SHA1, HMAC-SHA1-96, AES-CBC-128)"));
        QCOMPARE(integrityCodeSize(IntegrityAlgorithm::HmacSha1_96), std::size_t(12));
        QCOMPARE(integrityCodeSize(IntegrityAlgorithm::HmacSha256_128), std::size_t(16));
        QCOMPARE(integrityCodeSize(IntegrityAlgorithm::None), std::size_t(0));
    }

    void cipherSuiteRecords()
    {
        // Suites 0, 3 and 17 as a BMC lists them, then OEM suite 0x30 (IANA 343 = Intel).
        const Bytes data = *fromHex("c0 00 00 40 80"
                                    "c0 03 01 41 81"
                                    "c0 11 03 44 81"
                                    "c1 30 57 01 00 01 41 80");
        auto records = decodeCipherSuiteRecords(data);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), std::size_t(4));
        const CipherSuiteRecord &suite17 = records->at(2);
        QCOMPARE(suite17.id, std::uint8_t(17));
        QVERIFY(suite17.auth == std::vector<AuthAlgorithm>{AuthAlgorithm::HmacSha256});
        QVERIFY(suite17.integrity == std::vector<IntegrityAlgorithm>{IntegrityAlgorithm::HmacSha256_128});
        QVERIFY(suite17.confidentiality == std::vector<ConfidentialityAlgorithm>{ConfidentialityAlgorithm::AesCbc128});
        const CipherSuiteRecord &oem = records->at(3);
        QVERIFY(oem.oem);
        QCOMPARE(oem.id, std::uint8_t(0x30));
        QCOMPARE(oem.oemIana, 343u);
        QCOMPARE(oem.integrity.size(), std::size_t(1));

        // Trailing zero fill or a cut record after good records: kept records, no error.
        Bytes trailing = data;
        trailing.insert(trailing.end(), {0xff, 0x00, 0x00});
        QCOMPARE(decodeCipherSuiteRecords(trailing)->size(), std::size_t(4));
        Bytes cut = *fromHex("c0 03 01 41 81 c1 30 57");
        QCOMPARE(decodeCipherSuiteRecords(cut)->size(), std::size_t(1));
        // Nonsense from the first byte is an error; an empty list is just empty.
        QVERIFY(!decodeCipherSuiteRecords(*fromHex("01 02 03")).ok());
        QVERIFY(!decodeCipherSuiteRecords(*fromHex("c0")).ok());
        QVERIFY(decodeCipherSuiteRecords(Bytes{})->empty());
        for (std::size_t length = 0; length <= data.size(); ++length)
            (void)decodeCipherSuiteRecords(ByteView(data).first(length)).ok(); // must not crash
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
