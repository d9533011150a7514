// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/core/error.h"
#include "ipmi/crypto/aes.h"
#include "ipmi/crypto/hash.h"
#include "ipmi/crypto/random.h"
#include "ipmi/crypto/secret.h"
#include "ipmi/wire/ciphersuite.h"

#include <cstdint>
#include <memory>

namespace ipmi {

enum class PayloadType : std::uint8_t
{
    Ipmi = 0x00,
    Sol = 0x01,
    OemExplicit = 0x02,
    OpenSessionRequest = 0x10,
    OpenSessionResponse = 0x11,
    Rakp1 = 0x12,
    Rakp2 = 0x13,
    Rakp3 = 0x14,
    Rakp4 = 0x15,
};

// The keys of an established RMCP+ session. integrity/confidentiality None means the
// suite has none; k1 authenticates packets, the first 16 bytes of k2 encrypt them.
struct SessionKeys
{
    IntegrityAlgorithm integrity = IntegrityAlgorithm::None;
    ConfidentialityAlgorithm confidentiality = ConfidentialityAlgorithm::None;
    SecretBytes k1;
    SecretBytes k2;
    // k1 and k2 set up once for the work of each packet (prepare()); without them each
    // packet sets its keys up anew, with the same result. Copies share them, so copies
    // of prepared keys belong to one thread, like the session that made them.
    std::shared_ptr<const HmacKey> integrityKey;
    std::shared_ptr<const AesCbc128Key> confidentialityKey;

    // Sets up integrityKey and confidentialityKey for the algorithms and keys above.
    void prepare();
};

// A decoded RMCP+ packet (IPMI 2.0 table 13-8, auth type 06h), payload in plain text.
struct RmcpPlusPacket
{
    PayloadType payloadType = PayloadType::Ipmi;
    bool encrypted = false;
    bool authenticated = false;
    std::uint32_t sessionId = 0;
    std::uint32_t sequence = 0;
    Bytes payload;
};

// Builds the datagram. With keys, the packet is encrypted and authenticated as the keys'
// algorithms say (the flags in `packet` are ignored); without keys (before the session
// exists) it goes out in the clear. IVs are drawn from `random`.
Result<Bytes> encodeRmcpPlus(const RmcpPlusPacket &packet, const SessionKeys *keys,
                             const RandomSource &random);

// Parses a datagram. With keys: an authenticated packet whose integrity code does not
// verify, or whose padding is wrong, is an error (ErrorKind::MalformedResponse with a
// message that says "integrity"), never data; an encrypted packet is decrypted. When the
// keys have an integrity algorithm, an unauthenticated IPMI/SOL packet and any packet that
// does not parse are integrity errors too (a damaged packet is indistinguishable from a
// forged one); Open Session/RAKP payloads (10h-15h) still pass unauthenticated. Without
// integrity keys the flags are reported and acceptability is the session's decision.
// The 4-byte RMCP header is outside the auth code by the spec and is not checked beyond
// its version and class.
Result<RmcpPlusPacket> decodeRmcpPlus(ByteView datagram, const SessionKeys *keys);

} // namespace ipmi
