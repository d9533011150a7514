// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/crypto/secret.h"
#include "ipmi/wire/ciphersuite.h"
#include "ipmi/wire/rakp.h"

#include <cstdint>
#include <string>

namespace ipmi {

// Everything both ends know after RAKP2, from which the codes and keys are derived
// (IPMI 2.0 section 13.28-13.32).
struct RakpExchange
{
    std::uint32_t consoleSessionId = 0; // SID_M
    std::uint32_t bmcSessionId = 0;     // SID_C
    Nonce16 consoleRandom{};            // R_M
    Nonce16 bmcRandom{};                // R_C
    Nonce16 bmcGuid{};                  // GUID_C
    std::uint8_t role = 0;              // as sent in RAKP1, name-only bit included
    std::string username;
};

// RAKP2 code = HMAC_K_UID(SID_M | SID_C | R_M | R_C | GUID_C | role | ulen | U), full length.
Bytes rakp2AuthCode(AuthAlgorithm auth, ByteView password, const RakpExchange &exchange);
// RAKP3 code = HMAC_K_UID(R_C | SID_M | role | ulen | U).
Bytes rakp3AuthCode(AuthAlgorithm auth, ByteView password, const RakpExchange &exchange);
// SIK = HMAC_K_G(R_M | R_C | role | ulen | U); K_G is the password when no BMC key is set.
SecretBytes sessionIntegrityKey(AuthAlgorithm auth, ByteView kg, const RakpExchange &exchange);
// RAKP4 ICV = HMAC_SIK(R_M | SID_C | GUID_C), cut to 12 bytes (SHA1) or 16 (SHA256).
Bytes rakp4IntegrityCheck(AuthAlgorithm auth, ByteView sik, const RakpExchange &exchange);
// K_n = HMAC_SIK(n repeated 20 times); 20 bytes even for SHA256.
SecretBytes additionalKey(AuthAlgorithm auth, ByteView sik, std::uint8_t n);

} // namespace ipmi
