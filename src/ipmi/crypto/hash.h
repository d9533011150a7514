// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <memory>

namespace ipmi {

enum class HashAlgorithm
{
    Sha1,
    Sha256,
    Md5,
};

std::size_t digestSize(HashAlgorithm algorithm);

// HMAC with one key for many messages: the key is set up (its padded forms hashed) once,
// so each code costs only the digest of its message. A session keeps one for the
// integrity code of every packet. One object must not be used from two threads at once.
class HmacKey
{
public:
    HmacKey(HashAlgorithm algorithm, ByteView key);
    ~HmacKey();
    HmacKey(HmacKey &&other) noexcept;
    HmacKey &operator=(HmacKey &&other) noexcept;

    // HMAC over the concatenation of the parts (no temporary buffer is built).
    Bytes compute(std::initializer_list<ByteView> parts) const;
    HashAlgorithm algorithm() const { return m_algorithm; }

private:
    struct Context;
    HashAlgorithm m_algorithm;
    std::unique_ptr<Context> m_context;
};

// HMAC over the concatenation of the parts, for a key used once.
Bytes hmac(HashAlgorithm algorithm, ByteView key, std::initializer_list<ByteView> parts);
inline Bytes hmac(HashAlgorithm algorithm, ByteView key, ByteView data)
{
    return hmac(algorithm, key, {data});
}

// Plain digest over the concatenation of the parts (IPMI 1.5 MD5 auth codes).
Bytes digest(HashAlgorithm algorithm, std::initializer_list<ByteView> parts);

// Constant-time comparison for authentication codes.
bool equalConstantTime(ByteView a, ByteView b);

} // namespace ipmi
