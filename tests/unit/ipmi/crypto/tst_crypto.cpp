// SPDX-License-Identifier: GPL-3.0-or-later
// Crypto layer against the known-answer vectors of tests/data/kat/generate_vectors.py,
// which computes them with Python's hmac/hashlib and python3-cryptography.
#include "ipmi/core/bytes.h"
#include "ipmi/crypto/aes.h"
#include "ipmi/crypto/hash.h"
#include "ipmi/crypto/rakpkeys.h"
#include "ipmi/crypto/random.h"
#include "ipmi/crypto/secret.h"
#include "katvectors.h"

#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <set>

#include <fstream>
#include <map>
#include <sstream>

using namespace ipmi;
using namespace kat;

namespace {

std::string text(const Bytes &bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

Nonce16 nonce(const Bytes &bytes)
{
    Nonce16 out{};
    std::copy_n(bytes.begin(), std::min(bytes.size(), out.size()), out.begin());
    return out;
}

HashAlgorithm hashNamed(const std::string &name)
{
    return name == "sha256" ? HashAlgorithm::Sha256 : name == "md5" ? HashAlgorithm::Md5 : HashAlgorithm::Sha1;
}

RakpExchange exchangeOf(const Vector &v)
{
    RakpExchange exchange;
    exchange.consoleSessionId = le32(v.at("sidm"));
    exchange.bmcSessionId = le32(v.at("sidc"));
    exchange.consoleRandom = nonce(v.at("rm"));
    exchange.bmcRandom = nonce(v.at("rc"));
    exchange.bmcGuid = nonce(v.at("guid"));
    exchange.role = v.at("role").at(0);
    exchange.username = text(v.at("user"));
    return exchange;
}

} // namespace

class TestCrypto final : public QObject
{
    Q_OBJECT

private slots:
    void hmacKnownAnswers_data() { addVectorRows("hmac"); }
    void hmacKnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("hmac", index);
        const HashAlgorithm algorithm = hashNamed(text(v.at("alg")));
        QCOMPARE(toHex(hmac(algorithm, v.at("key"), v.at("data"))), toHex(v.at("mac")));
        QCOMPARE(hmac(algorithm, v.at("key"), v.at("data")).size(), digestSize(algorithm));
        // Split input must give the same MAC as one buffer.
        const ByteView data = v.at("data");
        const std::size_t half = data.size() / 2;
        QCOMPARE(toHex(hmac(algorithm, v.at("key"), {data.first(half), ByteView{}, data.subspan(half)})),
                 toHex(v.at("mac")));
    }

    // A key set up once answers every message as a fresh one would, also after other
    // messages and after an empty one.
    void reusedHmacKeyKnownAnswers()
    {
        for (const Vector &v : loadVectors("hmac")) {
            const HashAlgorithm algorithm = hashNamed(text(v.at("alg")));
            const HmacKey key(algorithm, v.at("key"));
            for (int round = 0; round < 3; ++round) {
                QCOMPARE(toHex(key.compute({v.at("data")})), toHex(v.at("mac")));
                QCOMPARE(toHex(key.compute({})), toHex(hmac(algorithm, v.at("key"), ByteView{})));
            }
        }
    }

    void md5KnownAnswers_data() { addVectorRows("md5"); }
    void md5KnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("md5", index);
        QCOMPARE(toHex(digest(HashAlgorithm::Md5, {v.at("data")})), toHex(v.at("digest")));
    }

    void aesKnownAnswers_data() { addVectorRows("aes"); }
    void aesKnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("aes", index);
        auto cipher = aesCbc128Encrypt(v.at("key"), v.at("iv"), v.at("plain"));
        QVERIFY(cipher.ok());
        QCOMPARE(toHex(*cipher), toHex(v.at("cipher")));
        auto plain = aesCbc128Decrypt(v.at("key"), v.at("iv"), v.at("cipher"));
        QVERIFY(plain.ok());
        QCOMPARE(toHex(*plain), toHex(v.at("plain")));
    }

    // One key schedule for every packet: each IV starts a new chain, in both directions.
    void reusedAesKeyKnownAnswers()
    {
        for (const Vector &v : loadVectors("aes")) {
            const AesCbc128Key key(v.at("key"));
            for (int round = 0; round < 3; ++round) {
                auto cipher = key.encrypt(v.at("iv"), v.at("plain"));
                QVERIFY(cipher.ok());
                QCOMPARE(toHex(*cipher), toHex(v.at("cipher")));
                auto plain = key.decrypt(v.at("iv"), v.at("cipher"));
                QVERIFY(plain.ok());
                QCOMPARE(toHex(*plain), toHex(v.at("plain")));
            }
            QVERIFY(!key.encrypt(v.at("iv"), Bytes(15, 0)).ok());
            QVERIFY(key.encrypt(v.at("iv"), v.at("plain")).ok()); // a refusal leaves it usable
        }
        QVERIFY(!AesCbc128Key(Bytes(15, 1)).encrypt(Bytes(16, 2), Bytes(16, 3)).ok());
    }

    void aesRejectsBadSizes()
    {
        const Bytes key(16, 1), iv(16, 2), block(16, 3);
        QVERIFY(!aesCbc128Encrypt(key, iv, Bytes(15, 0)).ok());
        QVERIFY(!aesCbc128Decrypt(key, iv, Bytes(17, 0)).ok());
        QVERIFY(!aesCbc128Encrypt(Bytes(15, 1), iv, block).ok());
        QVERIFY(!aesCbc128Encrypt(key, Bytes(8, 2), block).ok());
        QVERIFY(aesCbc128Encrypt(key, iv, block).ok());
        QVERIFY(aesCbc128Encrypt(Bytes(32, 1), iv, block).error().kind == ErrorKind::InvalidArgument);
    }

    void rakpKeysKnownAnswers_data() { addVectorRows("rakpkeys"); }
    void rakpKeysKnownAnswers()
    {
        QFETCH(int, index);
        const Vector v = vectorAt("rakpkeys", index);
        const AuthAlgorithm auth =
            text(v.at("alg")) == "sha256" ? AuthAlgorithm::HmacSha256 : AuthAlgorithm::HmacSha1;
        const RakpExchange exchange = exchangeOf(v);
        const Bytes &password = v.at("password");
        const Bytes &kg = v.at("kg").empty() ? password : v.at("kg");

        QCOMPARE(toHex(rakp2AuthCode(auth, password, exchange)), toHex(v.at("rakp2")));
        QCOMPARE(toHex(rakp3AuthCode(auth, password, exchange)), toHex(v.at("rakp3")));
        const SecretBytes sik = sessionIntegrityKey(auth, kg, exchange);
        QCOMPARE(toHex(sik.view()), toHex(v.at("sik")));
        QCOMPARE(toHex(rakp4IntegrityCheck(auth, sik.view(), exchange)), toHex(v.at("rakp4")));
        QCOMPARE(toHex(additionalKey(auth, sik.view(), 1).view()), toHex(v.at("k1")));
        QCOMPARE(toHex(additionalKey(auth, sik.view(), 2).view()), toHex(v.at("k2")));

        // A password zero-padded to 20 bytes gives the same codes (HMAC pads keys itself).
        if (password.size() < 20) {
            Bytes padded = password;
            padded.resize(20, 0x00);
            QCOMPARE(toHex(rakp2AuthCode(auth, padded, exchange)), toHex(v.at("rakp2")));
        }
        // Any change to the exchange changes the code.
        RakpExchange changed = exchange;
        changed.role ^= 0x10;
        QVERIFY(rakp2AuthCode(auth, password, changed) != v.at("rakp2"));
    }

    void rakpCodesForAuthNoneAreEmpty()
    {
        const RakpExchange exchange;
        QVERIFY(rakp2AuthCode(AuthAlgorithm::None, asBytes("pw"), exchange).empty());
        QVERIFY(rakp3AuthCode(AuthAlgorithm::None, asBytes("pw"), exchange).empty());
        QVERIFY(sessionIntegrityKey(AuthAlgorithm::None, asBytes("pw"), exchange).empty());
        QVERIFY(rakp4IntegrityCheck(AuthAlgorithm::None, asBytes("pw"), exchange).empty());
        QVERIFY(additionalKey(AuthAlgorithm::None, asBytes("pw"), 1).empty());
    }

    void constantTimeComparison()
    {
        const Bytes a{1, 2, 3}, b{1, 2, 3}, c{1, 2, 4}, shorter{1, 2};
        QVERIFY(equalConstantTime(a, b));
        QVERIFY(!equalConstantTime(a, c));
        QVERIFY(!equalConstantTime(a, shorter));
        QVERIFY(equalConstantTime(Bytes{}, Bytes{}));
    }

    void randomBytes()
    {
        QCOMPARE(secureRandomBytes(0).size(), std::size_t(0));
        const Bytes first = secureRandomBytes(32);
        const Bytes second = secureRandomSource()(32);
        QCOMPARE(first.size(), std::size_t(32));
        QCOMPARE(second.size(), std::size_t(32));
        QVERIFY(first != second); // 2^-256 chance of a false failure
    }

    // IVs come from a pool filled in bulk: across refills no 16 bytes repeat, and requests
    // larger than the pool serves still come whole.
    void pooledRandomBytesNeverRepeat()
    {
        std::set<Bytes> seen;
        for (int i = 0; i < 2000; ++i) // 32000 bytes: the pool refills several times
            QVERIFY(seen.insert(secureRandomBytes(16)).second);
        const Bytes large = secureRandomBytes(1000);
        QCOMPARE(large.size(), std::size_t(1000));
        QVERIFY(std::count(large.begin(), large.end(), std::uint8_t(0)) < 30);
    }

    // A child process must not hand out what its parent's pool still holds.
    void forkedChildDrawsOtherBytes()
    {
        (void)secureRandomBytes(16); // the pool holds bytes now
        int pipeEnds[2];
        QCOMPARE(::pipe(pipeEnds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const Bytes drawn = secureRandomBytes(16);
            const ssize_t written = ::write(pipeEnds[1], drawn.data(), drawn.size());
            ::_exit(written == 16 ? 0 : 1);
        }
        const Bytes parent = secureRandomBytes(16);
        Bytes fromChild(16);
        QCOMPARE(::read(pipeEnds[0], fromChild.data(), fromChild.size()), ssize_t(16));
        int status = 0;
        ::waitpid(child, &status, 0);
        ::close(pipeEnds[0]);
        ::close(pipeEnds[1]);
        QVERIFY(parent != fromChild);
    }

    void secretBytesCopyMoveClear()
    {
        SecretBytes secret(std::string_view("hunter2"));
        QCOMPARE(secret.size(), std::size_t(7));
        SecretBytes copy(secret);
        QCOMPARE(toHex(copy.view()), toHex(asBytes("hunter2")));
        SecretBytes moved(std::move(copy));
        QCOMPARE(toHex(moved.view()), toHex(asBytes("hunter2")));
        QVERIFY(copy.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        SecretBytes assigned;
        assigned = secret;
        QCOMPARE(toHex(assigned.view()), toHex(secret.view()));
        assigned = SecretBytes(std::string_view("x"));
        QCOMPARE(assigned.size(), std::size_t(1));
        secret.clear();
        QVERIFY(secret.empty());

        Bytes buffer{1, 2, 3};
        secureWipe(buffer);
        QVERIFY(buffer.empty());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
