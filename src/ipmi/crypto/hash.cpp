// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/hash.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdlib>
#include <memory>

namespace ipmi {

namespace {

const char *digestName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Md5:
        return "MD5";
    }
    return "SHA1";
}

const EVP_MD *digestMethod(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return EVP_sha1();
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Md5:
        return EVP_md5();
    }
    return EVP_sha1();
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
};

EVP_MAC *hmacMethod()
{
    // Fetched once; an EVP_MAC is immutable and safe to share between threads.
    static const std::unique_ptr<EVP_MAC, MacDeleter> method(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!method)
        cryptoFailure();
    return method.get();
}

} // namespace

std::size_t digestSize(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return 20;
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Md5:
        return 16;
    }
    return 0;
}

Bytes hmac(HashAlgorithm algorithm, ByteView key, std::initializer_list<ByteView> parts)
{
    std::unique_ptr<EVP_MAC_CTX, MacDeleter> context(EVP_MAC_CTX_new(hmacMethod()));
    if (!context)
        cryptoFailure();
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                         const_cast<char *>(digestName(algorithm)), 0),
        OSSL_PARAM_construct_end(),
    };
    // OpenSSL treats a null key as "reuse the previous key", so an empty key (an empty
    // password is legal) is passed as a valid pointer with length zero.
    static const std::uint8_t emptyKey = 0;
    const std::uint8_t *keyData = key.empty() ? &emptyKey : key.data();
    if (EVP_MAC_init(context.get(), keyData, key.size(), params) != 1)
        cryptoFailure();
    for (ByteView part : parts) {
        if (!part.empty() && EVP_MAC_update(context.get(), part.data(), part.size()) != 1)
            cryptoFailure();
    }
    Bytes out(digestSize(algorithm));
    std::size_t written = 0;
    if (EVP_MAC_final(context.get(), out.data(), &written, out.size()) != 1)
        cryptoFailure();
    out.resize(written);
    return out;
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
