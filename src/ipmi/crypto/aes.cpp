// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/aes.h"

#include <openssl/evp.h>

namespace ipmi {

namespace {

constexpr std::size_t kAesBlock = 16;

struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
    void operator()(EVP_CIPHER *cipher) const { EVP_CIPHER_free(cipher); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter>;

// Fetched once: EVP_aes_128_cbc() would look the algorithm up by name on every packet.
// An EVP_CIPHER is immutable and safe to share between threads; null if the provider
// lacks it.
const EVP_CIPHER *aes128Cbc()
{
    static const std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher(EVP_CIPHER_fetch(nullptr, "AES-128-CBC", nullptr));
    return cipher.get();
}

// A context with the key schedule set up for one direction; null when OpenSSL cannot.
CipherContext keyedContext(ByteView key, bool encrypt)
{
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context || !aes128Cbc()
        || EVP_CipherInit_ex(context.get(), aes128Cbc(), nullptr, key.data(), nullptr, encrypt ? 1 : 0) != 1)
        return nullptr;
    EVP_CIPHER_CTX_set_padding(context.get(), 0); // IPMI has its own pad format; kept by each new IV
    return context;
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
    // A new IV on the key schedule already made.
    if (!context || EVP_CipherInit_ex(context, nullptr, nullptr, nullptr, iv.data(), encrypt ? 1 : 0) != 1)
        return makeError(ErrorKind::Unsupported, "AES-CBC-128 is not available in this OpenSSL build.");

    Bytes out(input.size() + kAesBlock);
    int written = 0;
    int finalWritten = 0;
    static const std::uint8_t emptyInput = 0;
    const std::uint8_t *inputData = input.empty() ? &emptyInput : input.data();
    if (EVP_CipherUpdate(context, out.data(), &written, inputData, static_cast<int>(input.size())) != 1
        || EVP_CipherFinal_ex(context, out.data() + written, &finalWritten) != 1)
        return makeError(ErrorKind::MalformedResponse, "AES-CBC-128 failed on the given data.");
    out.resize(static_cast<std::size_t>(written + finalWritten));
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
