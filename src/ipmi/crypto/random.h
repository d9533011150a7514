// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"

#include <functional>

namespace ipmi {

// Source of randomness for session IDs, RAKP nonces and AES IVs. The default draws from
// OpenSSL's CSPRNG; tests inject a deterministic one to replay known-answer exchanges.
using RandomSource = std::function<Bytes(std::size_t count)>;

Bytes secureRandomBytes(std::size_t count);
RandomSource secureRandomSource();

} // namespace ipmi
