// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

namespace ipmi {

enum class HashAlgorithm
{
    Sha1,
    Sha256,
    Md5,
};

std::size_t digestSize(HashAlgorithm algorithm);

// HMAC over the concatenation of the parts (avoids building a temporary buffer).
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
