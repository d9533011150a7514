// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/aes.h"

#include <openssl/evp.h>

#include <memory>

namespace ipmi {

namespace {

constexpr std::size_t kAesBlock = 16;

struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
    void operator()(EVP_CIPHER *cipher) const { EVP_CIPHER_free(cipher); }
};

// Fetched once: EVP_aes_128_cbc() would look the algorithm up by name on every packet.
// An EVP_CIPHER is immutable and safe to share between threads; null if the provider
// lacks it.
const EVP_CIPHER *aes128Cbc()
{
    static const std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher(EVP_CIPHER_fetch(nullptr, "AES-128-CBC", nullptr));
    return cipher.get();
}

Result<Bytes> aesCbc128(bool encrypt, ByteView key, ByteView iv, ByteView input)
{
    if (key.size() != kAesBlock || iv.size() != kAesBlock)
        return makeError(ErrorKind::InvalidArgument, "AES-CBC-128 needs a 16-byte key and a 16-byte IV.");
    if (input.size() % kAesBlock != 0)
        return makeError(ErrorKind::InvalidArgument,
                         "AES-CBC-128 data must be a multiple of 16 bytes; IPMI pads it itself.");
    // A context per call, freed (and its key schedule cleared) at once.
    std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter> context(EVP_CIPHER_CTX_new());
    if (!context || !aes128Cbc()
        || EVP_CipherInit_ex(context.get(), aes128Cbc(), nullptr, key.data(), iv.data(), encrypt ? 1 : 0) != 1)
        return makeError(ErrorKind::Unsupported, "AES-CBC-128 is not available in this OpenSSL build.");
    EVP_CIPHER_CTX_set_padding(context.get(), 0); // IPMI has its own pad format

    Bytes out(input.size() + kAesBlock);
    int written = 0;
    int finalWritten = 0;
    static const std::uint8_t emptyInput = 0;
    const std::uint8_t *inputData = input.empty() ? &emptyInput : input.data();
    if (EVP_CipherUpdate(context.get(), out.data(), &written, inputData, static_cast<int>(input.size())) != 1
        || EVP_CipherFinal_ex(context.get(), out.data() + written, &finalWritten) != 1)
        return makeError(ErrorKind::MalformedResponse, "AES-CBC-128 failed on the given data.");
    out.resize(static_cast<std::size_t>(written + finalWritten));
    return out;
}

} // namespace

Result<Bytes> aesCbc128Encrypt(ByteView key, ByteView iv, ByteView plain)
{
    return aesCbc128(true, key, iv, plain);
}

Result<Bytes> aesCbc128Decrypt(ByteView key, ByteView iv, ByteView cipher)
{
    return aesCbc128(false, key, iv, cipher);
}

} // namespace ipmi
