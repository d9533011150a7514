// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <string_view>

namespace ipmi {

// Bytes that hold a password, a K_g or a session key. The buffer is wiped when the value
// is destroyed or overwritten, and the type has no printing or hex helpers on purpose.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(ByteView data);
    explicit SecretBytes(std::string_view text);
    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    ByteView view() const { return m_bytes; }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    void clear();

private:
    Bytes m_bytes;
};

// Overwrites memory in a way the optimizer may not remove.
void secureWipe(Bytes &bytes);

} // namespace ipmi
