// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/hash.h"

// HMAC runs on the digests' own contexts (below): deprecated in OpenSSL 3 in favour of
// EVP, whose per-message context copies cost a session more than the digests themselves.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <variant>

namespace ipmi {

namespace {

// What OpenSSL calls each algorithm and how long its digest is, in algorithmIndex order.
struct AlgorithmFacts
{
    const char *name;
    std::size_t size;
};
constexpr std::array<AlgorithmFacts, 3> Algorithms{{{"SHA1", 20}, {"SHA256", 32}, {"MD5", 16}}};

std::size_t algorithmIndex(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return 0;
    case HashAlgorithm::Sha256:
        return 1;
    case HashAlgorithm::Md5:
        return 2;
    }
    return 0;
}

// The digests and HMAC are in OpenSSL's default provider; failing to use them means a
// broken installation, and carrying on without integrity would be worse than stopping.
[[noreturn]] void cryptoFailure()
{
    std::abort();
}

struct MacDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
    void operator()(EVP_MD *method) const { EVP_MD_free(method); }
};

// Fetched once per algorithm (EVP_sha1() and friends would look it up by name each time).
const EVP_MD *digestMethod(HashAlgorithm algorithm)
{
    static const std::array<std::unique_ptr<EVP_MD, MacDeleter>, 3> methods{
        std::unique_ptr<EVP_MD, MacDeleter>(EVP_MD_fetch(nullptr, Algorithms[0].name, nullptr)),
        std::unique_ptr<EVP_MD, MacDeleter>(EVP_MD_fetch(nullptr, Algorithms[1].name, nullptr)),
        std::unique_ptr<EVP_MD, MacDeleter>(EVP_MD_fetch(nullptr, Algorithms[2].name, nullptr))};
    const EVP_MD *method = methods[algorithmIndex(algorithm)].get();
    if (!method)
        cryptoFailure();
    return method;
}

// One digest's low-level functions, for HMAC (RFC 2104) on precomputed states.
template<typename Context, int (*Init)(Context *), int (*Update)(Context *, const void *, std::size_t),
         int (*Final)(unsigned char *, Context *), std::size_t DigestSize>
struct Digest
{
    using State = Context;
    static constexpr std::size_t Size = DigestSize;
    static constexpr std::size_t Block = 64; // SHA-1, SHA-256 and MD5 alike
    static void init(Context *context) { Init(context); }
    static void update(Context *context, const void *data, std::size_t size) { Update(context, data, size); }
    static void final(unsigned char *out, Context *context) { Final(out, context); }
};
using Sha1Digest = Digest<SHA_CTX, SHA1_Init, SHA1_Update, SHA1_Final, SHA_DIGEST_LENGTH>;
using Sha256Digest = Digest<SHA256_CTX, SHA256_Init, SHA256_Update, SHA256_Final, SHA256_DIGEST_LENGTH>;
using Md5Digest = Digest<MD5_CTX, MD5_Init, MD5_Update, MD5_Final, MD5_DIGEST_LENGTH>;

// The digest states after the key's inner and outer pads: each message then costs a copy
// of a few dozen bytes and its own digest, with no allocation.
template<typename D>
struct PaddedKey
{
    typename D::State inner;
    typename D::State outer;

    explicit PaddedKey(ByteView key)
    {
        std::array<unsigned char, D::Block> block{};
        if (key.size() > D::Block) { // a long key is hashed first
            typename D::State hashed;
            D::init(&hashed);
            D::update(&hashed, key.data(), key.size());
            D::final(block.data(), &hashed);
            OPENSSL_cleanse(&hashed, sizeof hashed);
        } else if (!key.empty()) {
            std::copy(key.begin(), key.end(), block.begin());
        }
        std::array<unsigned char, D::Block> pad;
        for (std::size_t i = 0; i < D::Block; ++i)
            pad[i] = block[i] ^ 0x36;
        D::init(&inner);
        D::update(&inner, pad.data(), pad.size());
        for (std::size_t i = 0; i < D::Block; ++i)
            pad[i] = block[i] ^ 0x5c;
        D::init(&outer);
        D::update(&outer, pad.data(), pad.size());
        OPENSSL_cleanse(block.data(), block.size());
        OPENSSL_cleanse(pad.data(), pad.size());
    }
    ~PaddedKey()
    {
        OPENSSL_cleanse(&inner, sizeof inner);
        OPENSSL_cleanse(&outer, sizeof outer);
    }
    PaddedKey(const PaddedKey &) = delete;
    PaddedKey &operator=(const PaddedKey &) = delete;

    Bytes compute(std::initializer_list<ByteView> parts) const
    {
        typename D::State context = inner;
        for (ByteView part : parts) {
            if (!part.empty())
                D::update(&context, part.data(), part.size());
        }
        Bytes out(D::Size);
        D::final(out.data(), &context);
        context = outer;
        D::update(&context, out.data(), out.size());
        D::final(out.data(), &context);
        OPENSSL_cleanse(&context, sizeof context);
        return out;
    }
};

} // namespace

std::size_t digestSize(HashAlgorithm algorithm)
{
    return Algorithms[algorithmIndex(algorithm)].size;
}

struct HmacKey::Context
{
    template<typename D>
    Context(std::in_place_type_t<D>, ByteView bytes) : key(std::in_place_type<PaddedKey<D>>, bytes)
    {}
    std::variant<PaddedKey<Sha1Digest>, PaddedKey<Sha256Digest>, PaddedKey<Md5Digest>> key;
};

HmacKey::HmacKey(HashAlgorithm algorithm, ByteView key) : m_algorithm(algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        m_context = std::make_unique<Context>(std::in_place_type<Sha1Digest>, key);
        break;
    case HashAlgorithm::Sha256:
        m_context = std::make_unique<Context>(std::in_place_type<Sha256Digest>, key);
        break;
    case HashAlgorithm::Md5:
        m_context = std::make_unique<Context>(std::in_place_type<Md5Digest>, key);
        break;
    }
}

HmacKey::~HmacKey() = default; // the padded key states are wiped
HmacKey::HmacKey(HmacKey &&other) noexcept = default;
HmacKey &HmacKey::operator=(HmacKey &&other) noexcept = default;

Bytes HmacKey::compute(std::initializer_list<ByteView> parts) const
{
    return std::visit([&](const auto &key) { return key.compute(parts); }, m_context->key);
}

Bytes hmac(HashAlgorithm algorithm, ByteView key, std::initializer_list<ByteView> parts)
{
    return HmacKey(algorithm, key).compute(parts);
}

Bytes digest(HashAlgorithm algorithm, std::initializer_list<ByteView> parts)
{
    std::unique_ptr<EVP_MD_CTX, MacDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), digestMethod(algorithm), nullptr) != 1)
        cryptoFailure();
    for (ByteView part : parts) {
        if (!part.empty() && EVP_DigestUpdate(context.get(), part.data(), part.size()) != 1)
            cryptoFailure();
    }
    Bytes out(digestSize(algorithm));
    unsigned int written = 0;
    if (EVP_DigestFinal_ex(context.get(), out.data(), &written) != 1)
        cryptoFailure();
    out.resize(written);
    return out;
}

bool equalConstantTime(ByteView a, ByteView b)
{
    // The lengths are public (fixed by the algorithm); only the contents must not leak.
    if (a.size() != b.size())
        return false;
    if (a.empty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace ipmi
