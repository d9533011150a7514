// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/random.h"

#include <openssl/rand.h>

#include <climits>
#include <cstdlib>

namespace ipmi {

Bytes secureRandomBytes(std::size_t count)
{
    Bytes out(count);
    if (count == 0)
        return out;
    // Session IDs, nonces and IVs must never come from a weaker source; if the CSPRNG
    // cannot be seeded there is no safe way to go on.
    if (count > static_cast<std::size_t>(INT_MAX) || RAND_bytes(out.data(), static_cast<int>(count)) != 1)
        std::abort();
    return out;
}

RandomSource secureRandomSource()
{
    return [](std::size_t count) { return secureRandomBytes(count); };
}

} // namespace ipmi
