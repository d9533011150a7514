// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/secret.h"

#include <openssl/crypto.h>

namespace ipmi {

void secureWipe(Bytes &bytes)
{
    // OPENSSL_cleanse is opaque to the optimizer, unlike a memset before a free.
    if (!bytes.empty())
        OPENSSL_cleanse(bytes.data(), bytes.size());
    bytes.clear();
}

SecretBytes::SecretBytes(ByteView data) : m_bytes(data.begin(), data.end()) {}

SecretBytes::SecretBytes(std::string_view text) : SecretBytes(asBytes(text)) {}

SecretBytes::SecretBytes(const SecretBytes &other) : m_bytes(other.m_bytes) {}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear(); // the moved-from vector no longer owns the buffer
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        // Wipe first: assigning could reuse or free the old buffer with the key inside.
        secureWipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        secureWipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    secureWipe(m_bytes);
}

void SecretBytes::clear()
{
    secureWipe(m_bytes);
}

} // namespace ipmi
