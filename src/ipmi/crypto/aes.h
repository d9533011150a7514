// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"

namespace ipmi {

// AES-CBC-128 with OpenSSL's padding switched off: IPMI pads its payloads itself.
// key and iv are 16 bytes; data is a multiple of 16 bytes.
Result<Bytes> aesCbc128Encrypt(ByteView key, ByteView iv, ByteView plain);
Result<Bytes> aesCbc128Decrypt(ByteView key, ByteView iv, ByteView cipher);

} // namespace ipmi
