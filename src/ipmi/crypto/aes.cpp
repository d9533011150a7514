// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/aes.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>

namespace ipmi {

namespace {

constexpr std::size_t kAesBlock = 16;

struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
    void operator()(EVP_CIPHER *cipher) const { EVP_CIPHER_free(cipher); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter>;

// Fetched once: EVP_aes_128_ecb() would look the algorithm up by name on every use.
// An EVP_CIPHER is immutable and safe to share between threads; null if the provider
// lacks it.
const EVP_CIPHER *aes128Ecb()
{
    static const std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher(EVP_CIPHER_fetch(nullptr, "AES-128-ECB", nullptr));
    return cipher.get();
}

// A context with the key schedule set up for one direction; null when OpenSSL cannot.
// Without padding, ECB turns each whole block given to it into one block out, at once.
CipherContext keyedContext(ByteView key, bool encrypt)
{
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context || !aes128Ecb()
        || EVP_CipherInit_ex(context.get(), aes128Ecb(), nullptr, key.data(), nullptr, encrypt ? 1 : 0) != 1)
        return nullptr;
    EVP_CIPHER_CTX_set_padding(context.get(), 0);
    return context;
}

void xorBlock(std::uint8_t *target, const std::uint8_t *with)
{
    for (std::size_t i = 0; i < kAesBlock; ++i)
        target[i] ^= with[i];
}

} // namespace

struct AesCbc128Key::Contexts
{
    CipherContext encrypt;
    CipherContext decrypt;
};

AesCbc128Key::AesCbc128Key(ByteView key)
{
    if (key.size() != kAesBlock)
        return;
    m_contexts = std::make_unique<Contexts>();
    m_contexts->encrypt = keyedContext(key, true);
    m_contexts->decrypt = keyedContext(key, false);
}

AesCbc128Key::~AesCbc128Key() = default; // EVP_CIPHER_CTX_free clears the key schedule
AesCbc128Key::AesCbc128Key(AesCbc128Key &&other) noexcept = default;
AesCbc128Key &AesCbc128Key::operator=(AesCbc128Key &&other) noexcept = default;

Result<Bytes> AesCbc128Key::encrypt(ByteView iv, ByteView plain) const
{
    return run(true, iv, plain);
}

Result<Bytes> AesCbc128Key::decrypt(ByteView iv, ByteView cipher) const
{
    return run(false, iv, cipher);
}

Result<Bytes> AesCbc128Key::run(bool encrypt, ByteView iv, ByteView input) const
{
    if (!m_contexts || iv.size() != kAesBlock)
        return makeError(ErrorKind::InvalidArgument, "AES-CBC-128 needs a 16-byte key and a 16-byte IV.");
    if (input.size() % kAesBlock != 0)
        return makeError(ErrorKind::InvalidArgument,
                         "AES-CBC-128 data must be a multiple of 16 bytes; IPMI pads it itself.");
    EVP_CIPHER_CTX *context = (encrypt ? m_contexts->encrypt : m_contexts->decrypt).get();
    if (!context)
        return makeError(ErrorKind::Unsupported, "AES-CBC-128 is not available in this OpenSSL build.");
    const auto failed = [] { return makeError(ErrorKind::MalformedResponse, "AES-CBC-128 failed on the given data."); };
    Bytes out(input.size());
    int written = 0;
    if (encrypt) {
        // C_i = E(P_i xor C_(i-1)), C_0 = IV: one block at a time.
        const std::uint8_t *previous = iv.data();
        for (std::size_t at = 0; at < input.size(); at += kAesBlock) {
            std::array<std::uint8_t, kAesBlock> block;
            std::copy_n(input.data() + at, kAesBlock, block.begin());
            xorBlock(block.data(), previous);
            if (EVP_CipherUpdate(context, out.data() + at, &written, block.data(), int(kAesBlock)) != 1
                || written != int(kAesBlock))
                return failed();
            previous = out.data() + at;
        }
        return out;
    }
    // P_i = D(C_i) xor C_(i-1): every block deciphered in one call, then chained.
    if (!input.empty()
        && (EVP_CipherUpdate(context, out.data(), &written, input.data(), static_cast<int>(input.size())) != 1
            || written != static_cast<int>(input.size())))
        return failed();
    for (std::size_t at = 0; at < input.size(); at += kAesBlock)
        xorBlock(out.data() + at, at == 0 ? iv.data() : input.data() + at - kAesBlock);
    return out;
}

Result<Bytes> aesCbc128Encrypt(ByteView key, ByteView iv, ByteView plain)
{
    return AesCbc128Key(key).encrypt(iv, plain);
}

Result<Bytes> aesCbc128Decrypt(ByteView key, ByteView iv, ByteView cipher)
{
    return AesCbc128Key(key).decrypt(iv, cipher);
}

} // namespace ipmi
