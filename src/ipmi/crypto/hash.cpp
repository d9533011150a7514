// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/hash.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <array>
#include <cstdlib>
#include <memory>

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

const char *digestName(HashAlgorithm algorithm)
{
    return Algorithms[algorithmIndex(algorithm)].name;
}


// The digests and HMAC are in OpenSSL's default provider; failing to use them means a
// broken installation, and carrying on without integrity would be worse than stopping.
[[noreturn]] void cryptoFailure()
{
    std::abort();
}

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *context) const { EVP_MAC_CTX_free(context); }
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
    void operator()(EVP_MD *method) const { EVP_MD_free(method); }
};

EVP_MAC *hmacMethod()
{
    // Fetched once; an EVP_MAC is immutable and safe to share between threads.
    static const std::unique_ptr<EVP_MAC, MacDeleter> method(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!method)
        cryptoFailure();
    return method.get();
}

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

// An HMAC context with its digest chosen and no key, one per thread and algorithm: each
// HmacKey duplicates it, so the digest is not looked up by name per key.
const EVP_MAC_CTX *hmacTemplate(HashAlgorithm algorithm)
{
    thread_local std::array<std::unique_ptr<EVP_MAC_CTX, MacDeleter>, 3> templates;
    auto &slot = templates[algorithmIndex(algorithm)];
    if (!slot) {
        slot.reset(EVP_MAC_CTX_new(hmacMethod()));
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digestName(algorithm)), 0),
            OSSL_PARAM_construct_end(),
        };
        if (!slot || EVP_MAC_CTX_set_params(slot.get(), params) != 1)
            cryptoFailure();
    }
    return slot.get();
}

} // namespace

std::size_t digestSize(HashAlgorithm algorithm)
{
    return Algorithms[algorithmIndex(algorithm)].size;
}

struct HmacKey::Context
{
    std::unique_ptr<EVP_MAC_CTX, MacDeleter> keyed;
};

HmacKey::HmacKey(HashAlgorithm algorithm, ByteView key)
    : m_algorithm(algorithm), m_context(std::make_unique<Context>())
{
    m_context->keyed.reset(EVP_MAC_CTX_dup(hmacTemplate(algorithm)));
    if (!m_context->keyed)
        cryptoFailure();
    // OpenSSL treats a null key as "reuse the previous key", so an empty key (an empty
    // password is legal) is passed as a valid pointer with length zero.
    static const std::uint8_t emptyKey = 0;
    const std::uint8_t *keyData = key.empty() ? &emptyKey : key.data();
    if (EVP_MAC_init(m_context->keyed.get(), keyData, key.size(), nullptr) != 1)
        cryptoFailure();
}

HmacKey::~HmacKey() = default; // EVP_MAC_CTX_free clears the key material
HmacKey::HmacKey(HmacKey &&other) noexcept = default;
HmacKey &HmacKey::operator=(HmacKey &&other) noexcept = default;

Bytes HmacKey::compute(std::initializer_list<ByteView> parts) const
{
    EVP_MAC_CTX *context = m_context->keyed.get();
    // No key: start a new message with the key already set up.
    if (EVP_MAC_init(context, nullptr, 0, nullptr) != 1)
        cryptoFailure();
    for (ByteView part : parts) {
        if (!part.empty() && EVP_MAC_update(context, part.data(), part.size()) != 1)
            cryptoFailure();
    }
    Bytes out(digestSize(m_algorithm));
    std::size_t written = 0;
    if (EVP_MAC_final(context, out.data(), &written, out.size()) != 1)
        cryptoFailure();
    out.resize(written);
    return out;
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
