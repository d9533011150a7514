// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

#include <memory>

namespace ipmi {

// AES-CBC-128 with OpenSSL's padding switched off: IPMI pads its payloads itself.
// The key schedule is computed once, and the chaining is done here on OpenSSL's AES
// blocks (ECB): a new IV on an OpenSSL CBC context re-initialises it, which cost a packet
// more than its few blocks. So a session pays per packet only for the blocks.
// key and iv are 16 bytes; data is a multiple of 16 bytes.
// One object must not be used from two threads at once.
class AesCbc128Key
{
public:
    explicit AesCbc128Key(ByteView key);
    ~AesCbc128Key();
    AesCbc128Key(AesCbc128Key &&other) noexcept;
    AesCbc128Key &operator=(AesCbc128Key &&other) noexcept;

    Result<Bytes> encrypt(ByteView iv, ByteView plain) const;
    Result<Bytes> decrypt(ByteView iv, ByteView cipher) const;

private:
    struct Contexts;
    Result<Bytes> run(bool encrypt, ByteView iv, ByteView input) const;
    std::unique_ptr<Contexts> m_contexts; // null when the key is not 16 bytes long
};

// For a key used once.
Result<Bytes> aesCbc128Encrypt(ByteView key, ByteView iv, ByteView plain);
Result<Bytes> aesCbc128Decrypt(ByteView key, ByteView iv, ByteView cipher);

} // namespace ipmi
